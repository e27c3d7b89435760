/**
 * Every YAML example in README.md and docs/ is parsed, and the `with:` of each step that uses this action goes
 * through the action's own input parsing with action.yml's defaults for the rest (as a runner gives them), with
 * `${{ }}` expressions replaced by plausible values. An example the action would reject fails here.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseInputs } from '../../../src/inputs/index.js'
import { ACTION_DEFAULTS, runnerInputs } from '../support/inputs.js'
import { CTX } from '../support/settings.js'

const ROOT = process.cwd()
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
]

/** What each expression the examples use stands for in a plausible run (capitals as GitHub gives them). */
const EXPRESSIONS: Record<string, string> = {
  'github.repository': 'Octo-Org/Hello-World',
  'github.token': 'ghs_example',
  'github.actor': 'octocat',
  'github.event_name': 'push',
  'matrix.platform': 'linux/arm64',
  'matrix.runner': 'ubuntu-24.04-arm',
  'needs.plan.outputs.platforms': 'linux/amd64,linux/arm64,linux/arm/v7',
  'needs.plan.outputs.matrix': '{"include":[]}',
  'needs.amd64.outputs.digest': `sha256:${'a'.repeat(64)}`,
  'needs.arm64.outputs.digest': `sha256:${'b'.repeat(64)}`,
  'secrets.GITHUB_TOKEN': 'ghs_example',
  'secrets.DOCKERHUB_TOKEN': 'dckr_pat_example',
  'secrets.DOCKERHUB_USERNAME': 'octocat',
  'secrets.NPM_TOKEN': 'npm_example',
  'runner.temp': '/home/runner/work/_temp',
  'steps.publish.outputs.image': 'ghcr.io/octo-org/hello-world@sha256:...',
  'steps.publish.outputs.platforms': 'linux/amd64,linux/arm64',
  'steps.publish.outputs.digest': `sha256:${'c'.repeat(64)}`,
  'steps.meta.outputs.tags': 'ghcr.io/octo-org/hello-world:main',
}

function substitute(text: string, where: string): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const value = EXPRESSIONS[expr]
    if (value === undefined) throw new Error(`${where}: no plausible value for \${{ ${expr} }}: add one to the test`)
    return value
  })
}

interface Example {
  file: string
  line: number
  text: string
}

function examples(): Example[] {
  return DOCS.flatMap((file) => {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n')
    const out: Example[] = []
    for (let i = 0; i < lines.length; i++) {
      const open = /^(\s*)```ya?ml\s*$/.exec(lines[i] ?? '')
      if (!open) continue
      const indent = open[1]?.length ?? 0
      const body: string[] = []
      let j = i + 1
      for (; j < lines.length && !/^\s*```\s*$/.test(lines[j] ?? ''); j++) body.push((lines[j] ?? '').slice(indent))
      out.push({ file, line: i + 1, text: body.join('\n') })
      i = j
    }
    return out
  })
}

type Step = { uses?: string; with?: Record<string, unknown>; env?: Record<string, unknown> }
/** A step of this action: its `with:`, and the `env:` of its job and its own (secret-envs, ssh read them). */
interface Use {
  with: Record<string, unknown>
  env: Record<string, unknown>
}
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const usesThisAction = (uses: unknown) =>
  typeof uses === 'string' && (/^multiarch-publish\/multiarch-publish@/.test(uses) || uses === './')

/** This action's steps in an example: in jobs, in a list of steps, or a bare `with:` fragment. */
function uses(doc: unknown): Use[] {
  const stepsOf = (steps: unknown): Step[] => (Array.isArray(steps) ? steps.filter(isRecord) : [])
  const record = (v: unknown) => (isRecord(v) ? v : {})
  const ours = (steps: Step[], jobEnv: unknown) =>
    steps
      .filter((s) => usesThisAction(s.uses))
      .map((s) => ({ with: s.with ?? {}, env: { ...record(jobEnv), ...record(s.env) } }))
  if (Array.isArray(doc)) return ours(stepsOf(doc), {})
  if (!isRecord(doc)) return []
  if (isRecord(doc.jobs))
    return Object.values(doc.jobs).flatMap((job) => (isRecord(job) ? ours(stepsOf(job.steps), job.env) : []))
  // a fragment of a `with:` (its keys are the action's inputs)
  return Object.keys(doc).every((k) => k in ACTION_DEFAULTS) ? [{ with: doc, env: {} }] : []
}

/** The `with:` blocks of this action's steps in an example. */
function withBlocks(doc: unknown): Record<string, unknown>[] {
  return uses(doc).map((u) => u.with)
}

const all = examples()

describe('YAML examples in README.md and docs/', () => {
  it('finds the examples (README has several)', () => {
    expect(all.filter((e) => e.file === 'README.md').length).toBeGreaterThanOrEqual(4)
  })

  it.each(all.map((e) => [`${e.file}:${String(e.line)}`, e] as const))(
    '%s parses and its inputs are accepted',
    (where, e) => {
      const doc: unknown = parse(e.text)
      for (const u of uses(doc)) {
        const w = u.with
        const env = Object.fromEntries(Object.entries(u.env).map(([k, v]) => [k, substitute(String(v), where)]))
        const inputs = Object.fromEntries(Object.entries(w).map(([k, v]) => [k, substitute(String(v), where)]))
        for (const k of Object.keys(inputs))
          expect({ where, input: k, declared: k in ACTION_DEFAULTS }).toEqual({ where, input: k, declared: true })
        // a fragment without images is read as part of a step that has them
        const withImages =
          'images' in inputs || inputs.push === 'false' || inputs.mode === 'plan'
            ? inputs
            : { images: 'ghcr.io/octo-org/app', ...inputs }
        expect(() => parseInputs(runnerInputs(withImages), CTX, env)).not.toThrow()
      }
    },
  )

  it('uses the action in the examples that show a workflow', () => {
    const steps = all.flatMap((e) => withBlocks(parse(e.text)))
    expect(steps.length).toBeGreaterThanOrEqual(5)
  })
})

describe('the reusable workflow examples', () => {
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, unknown> } }
  }
  const declared = Object.keys(workflow.on.workflow_call.inputs)
  it.each(all.map((e) => [`${e.file}:${String(e.line)}`, e] as const))(
    '%s gives publish.yml only inputs it declares',
    (_where, e) => {
      const doc: unknown = parse(e.text)
      if (!isRecord(doc) || !isRecord(doc.jobs)) return
      for (const job of Object.values(doc.jobs)) {
        if (!isRecord(job) || typeof job.uses !== 'string' || !job.uses.includes('/.github/workflows/publish.yml@'))
          continue
        const given = Object.keys(isRecord(job.with) ? job.with : {})
        expect(given.filter((k) => !declared.includes(k))).toEqual([])
      }
    },
  )
})
