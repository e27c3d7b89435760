#!/usr/bin/env node
// Writes the README's input and output tables from action.yml (between the `<!-- inputs -->` / `<!-- outputs -->`
// markers and their closing `<!-- /inputs -->` / `<!-- /outputs -->`). With --check, changes nothing and exits 1
// when the README is out of date (npm test runs it so).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readActionYml } from './lib/action-yml.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ')
const code = (s) => (s === '' ? '' : `\`${cell(s)}\``)

export function tables(action) {
  const inputs = [
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...action.inputs.map((i) => `| \`${i.name}\` | ${code(i.default ?? '')} | ${cell(i.description ?? '')} |`),
  ]
  const outputs = [
    '| Output | Description |',
    '| --- | --- |',
    ...action.outputs.map((o) => `| \`${o.name}\` | ${cell(o.description ?? '')} |`),
  ]
  return { inputs: inputs.join('\n'), outputs: outputs.join('\n') }
}

export function render(readme, t) {
  let out = readme
  for (const name of ['inputs', 'outputs']) {
    const re = new RegExp(`(<!-- ${name} -->\\n)(?:[\\s\\S]*?\\n)?(<!-- /${name} -->)`)
    if (!re.test(out)) throw new Error(`README.md has no <!-- ${name} --> ... <!-- /${name} --> block`)
    out = out.replace(re, `$1${t[name]}\n$2`)
  }
  return out
}

const path = join(root, 'README.md')
const current = readFileSync(path, 'utf8')
const next = render(current, tables(readActionYml(join(root, 'action.yml'))))
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md tables are out of date with action.yml: run node scripts/readme.mjs')
    process.exit(1)
  }
  console.log('README.md tables match action.yml')
} else {
  writeFileSync(path, next)
}
