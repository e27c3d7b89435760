/**
 * Imports point down: entry points -> modes and the input edge -> I/O domains -> pure domains -> the registry
 * client's types -> text helpers. A module that imports from a layer above it fails here, with the import named.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const SRC = join(process.cwd(), 'src')

/** Layer of each top-level module or folder of src/, bottom first. */
const LAYERS: Record<string, number> = {
  'errors.ts': 0,
  'log.ts': 0, // the logging seam: an interface and its runner implementation
  'state.ts': 0, // the post step's state: likewise
  workflow: 0, // the runner's protocol (inputs, outputs, state, log commands, the run's context)
  'post-state.ts': 0, // the names of that state, for the entry point
  text: 0,
  'settings.ts': 0, // types of the input edge (and the list of modes): imports nothing at run time
  oci: 1,
  'cache-service': 2, // the Actions cache service's protocol, over the registry client's transport
  buildx: 2,
  dockerfile: 2,
  meta: 2,
  qemu: 2,
  handoff: 3,
  login: 3,
  publish: 3,
  'registry-facade': 3, // a registry of the action's on loopback, for the daemon to pull from
  tools: 3,
  inputs: 4,
  modes: 4,
  'main.ts': 5,
  'post.ts': 5,
  'index.ts': 6,
}

/** Imports between different folders of one layer that are part of the design. */
const SAME_LAYER: readonly string[] = [
  'buildx -> meta',
  'dockerfile -> qemu',
  'state.ts -> post-state.ts',
  'log.ts -> workflow',
  'state.ts -> workflow',
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

/** The code of a file without its comments (which may well mention process.env). */
const withoutComments = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\s\/\/ .*$/gm, '')

const top = (file: string): string => relative(SRC, file).split('/')[0] ?? ''

interface Import {
  from: string
  to: string
  typeOnly: boolean
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8')
  const out: Import[] = []
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
    out.push({ from: file, to: resolve(dirname(file), (m[2] ?? '').replace(/\.js$/, '.ts')), typeOnly: !!m[1] })
  }
  for (const m of text.matchAll(/import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)) {
    out.push({ from: file, to: resolve(dirname(file), (m[1] ?? '').replace(/\.js$/, '.ts')), typeOnly: false })
  }
  return out
}

const files = sourceFiles(SRC)
const all = files.flatMap(importsOf)

describe('src/ layout', () => {
  it('gives every top-level module and folder a layer', () => {
    const unknown = [...new Set(files.map(top))].filter((t) => !(t in LAYERS))
    expect(unknown).toEqual([])
  })

  it('has imports that point down (or stay inside one folder)', () => {
    const upward = all
      // settings.ts is types only: reading its types, and its own type imports, add no dependency at run time
      .filter((i) => !(i.typeOnly && (top(i.to) === 'settings.ts' || top(i.from) === 'settings.ts')))
      .filter((i) => {
        const [a, b] = [top(i.from), top(i.to)]
        if (a === b) return false
        const [la, lb] = [LAYERS[a] ?? -1, LAYERS[b] ?? -1]
        return lb > la || (lb === la && !SAME_LAYER.includes(`${a} -> ${b}`))
      })
      .map((i) => `${relative(SRC, i.from)} -> ${relative(SRC, i.to)}`)
    expect(upward).toEqual([])
  })

  it('keeps settings.ts free of run-time imports (so any layer may read its types)', () => {
    expect(all.filter((i) => top(i.from) === 'settings.ts' && !i.typeOnly)).toEqual([])
  })

  it('keeps the pure domains free of the runner, the file system, processes and the clock', () => {
    const impure = files
      .filter((f) => ['buildx', 'dockerfile', 'meta', 'qemu', 'text'].includes(top(f)))
      .filter((f) =>
        /from '(@actions\/[^']+|node:fs[^']*|node:child_process)'|process\.env|Date\.now\(\)|new Date\(\)/.test(
          withoutComments(readFileSync(f, 'utf8')),
        ),
      )
      .map((f) => relative(SRC, f))
    expect(impure).toEqual([])
  })

  it('has one folder per mode, each with its entry point', () => {
    const modes = readdirSync(join(SRC, 'modes'), { withFileTypes: true }).filter((e) => e.isDirectory())
    expect(modes.map((e) => e.name).sort()).toEqual(['build', 'merge', 'meta', 'plan'])
    for (const m of modes) expect(readdirSync(join(SRC, 'modes', m.name))).toContain('index.ts')
  })
})
