/**
 * .github/workflows/publish.yml against action.yml, statically: what the file gives the action is declared there,
 * its input defaults are action.yml's, and every input, secret and output it declares is wired. The file is run
 * as written by __tests__/itg/workflow.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ACTION_DEFAULTS } from '../support/inputs.js'

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on: {
    workflow_call: {
      inputs: Record<string, { default?: unknown; type: string; required?: boolean }>
      secrets: Record<string, unknown>
      outputs: Record<string, { value: string }>
    }
  }
  jobs: Record<string, { steps: Step[]; outputs?: Record<string, string> }>
}

const TEXT = readFileSync(join(process.cwd(), '.github/workflows/publish.yml'), 'utf8')
const WF = parse(TEXT) as Workflow
const CALL = WF.on.workflow_call
const ours = Object.entries(WF.jobs).flatMap(([job, j]) =>
  j.steps.filter((s) => s.uses?.startsWith('multiarch-publish/multiarch-publish@')).map((s) => ({ job, step: s })),
)

/** The workflow's own defaults, where it differs from the action on purpose. */
const OWN_DEFAULTS: Record<string, string> = { registry: 'ghcr.io', push: 'auto' }

describe('publish.yml', () => {
  it('runs the action in plan, legs and merge', () => {
    expect(ours.map((o) => `${o.job}: ${String(o.step.with?.mode)}`)).toEqual([
      'plan: plan',
      'legs: build-platform',
      'merge: merge',
    ])
  })

  it('gives the action only inputs action.yml declares', () => {
    for (const { job, step } of ours) {
      const unknown = Object.keys(step.with ?? {}).filter((k) => !(k in ACTION_DEFAULTS))
      expect({ job, unknown }).toEqual({ job, unknown: [] })
    }
  })

  it("has action.yml's default for each input of the same name (but registry and push)", () => {
    for (const [name, input] of Object.entries(CALL.inputs)) {
      if (input.required) continue
      const want = OWN_DEFAULTS[name] ?? ACTION_DEFAULTS[name]
      expect({ name, default: String(input.default) }).toEqual({ name, default: want })
    }
  })

  it('passes every input and secret it declares to the action, and reads none it does not declare', () => {
    const used = (ctx: string) =>
      new Set([...TEXT.matchAll(new RegExp(`${ctx}\\.([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1]))
    const inputs = used('inputs')
    const secrets = used('secrets')
    expect([...inputs].sort()).toEqual(Object.keys(CALL.inputs).sort())
    expect([...secrets].sort()).toEqual(Object.keys(CALL.secrets).sort())
  })

  it("gives the legs and the merge the same build identity, so the merge derives the legs' handoff-id", () => {
    const withOf = (job: string) => ours.find((o) => o.job === job)?.step.with ?? {}
    for (const key of ['images', 'context', 'file', 'target', 'build-args', 'handoff-id', 'push']) {
      expect({ key, merge: withOf('merge')[key] }).toEqual({ key, merge: withOf('legs')[key] })
    }
  })

  it('takes build secrets as a workflow secret, never as an input', () => {
    expect(ours.find((o) => o.job === 'legs')?.step.with?.secrets).toBe('${{ secrets.build-secrets }}')
    expect(Object.keys(CALL.inputs)).not.toContain('secrets')
    expect(Object.keys(CALL.inputs)).not.toContain('build-secrets')
  })

  it("maps each workflow output to one of the merge step's outputs", () => {
    expect(Object.keys(CALL.outputs)).toEqual(['digest', 'platforms', 'platform-digests', 'tags', 'json'])
    for (const [name, out] of Object.entries(CALL.outputs)) {
      expect(out.value).toBe(`\${{ jobs.merge.outputs.${name} }}`)
      expect(WF.jobs.merge?.outputs?.[name]).toBe(`\${{ steps.merge.outputs.${name} }}`)
    }
  })
})
