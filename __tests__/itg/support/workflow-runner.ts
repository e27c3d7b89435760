/**
 * Runs a reusable workflow file the way GitHub runs a `workflow_call`, for the steps it is made of here: the
 * caller's inputs and secrets checked against the declared ones (defaults applied, booleans typed), the jobs in
 * the order of their `needs`, each matrix leg of a job as its own job, every expression (`with:`, `runs-on`,
 * `if`, `strategy.matrix`, job and workflow outputs) evaluated with the contexts GitHub gives (inputs, secrets,
 * github, needs, matrix, steps, jobs), and each step of this action run as a separate process of the bundled
 * action (scripts/run-action.mjs) with exactly the `with:` the file gives it. `actions/checkout` is the test's
 * workspace; any other step is an error, not something skipped.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { runAction, type ActionRun } from '../../../scripts/run-action.mjs'
import { ACTION_DEFAULTS } from '../../unit/support/inputs.js'
import {
  evaluateCondition,
  evaluateTemplate,
  toText,
  type Contexts,
  type Value,
} from '../../unit/support/workflow-expressions.js'

interface StepDef {
  id?: string
  uses?: string
  run?: string
  if?: string
  with?: Record<string, unknown>
}
interface JobDef {
  needs?: string | string[]
  if?: string
  'runs-on': string
  strategy?: { matrix?: unknown }
  outputs?: Record<string, string>
  steps: StepDef[]
}
interface WorkflowDef {
  on: {
    workflow_call: {
      inputs?: Record<string, { type: string; required?: boolean; default?: string | boolean | number }>
      secrets?: Record<string, { required?: boolean }>
      outputs?: Record<string, { value: string }>
    }
  }
  jobs: Record<string, JobDef>
}

export interface WorkflowCall {
  /** A recorded event: the payload file in __tests__/fixtures/events and its runs.json entry. */
  event: string
  /** The caller's `with:`. */
  inputs: Record<string, string | boolean>
  /** The caller's `secrets:`. */
  secrets?: Record<string, string>
  /** The workflow run (the same name across attempts). */
  run: string
  attempt?: number
  /** A re-run of some jobs: the others keep their results from `previous`. */
  rerun?: { jobs: string[]; previous: WorkflowResult }
}

export interface StepRun {
  job: string
  matrix?: Value
  runsOn: string
  /** The step's inputs as the file's `with:` gave them. */
  with: Record<string, string>
  run: ActionRun
}

export interface JobResult {
  result: 'success' | 'skipped'
  outputs: Record<string, string>
}

export interface WorkflowResult {
  steps: StepRun[]
  jobs: Record<string, JobResult>
  outputs: Record<string, string>
}

export interface WorkflowDeps {
  /** The workspace (the caller's checked-out repository). */
  workspace: string
  /** The environment a job gets from its runner and the services (results service, docker daemon). */
  jobEnv: (run: string, job: string, attempt: number, runsOn: string) => Record<string, string>
  echo?: boolean
}

export class StepFailure extends Error {
  constructor(
    readonly step: StepRun,
    message: string,
  ) {
    super(message)
    this.name = 'StepFailure'
  }
}

const FIXTURES = join(process.cwd(), '__tests__/fixtures/events')
const THIS_ACTION = /^multiarch-publish\/multiarch-publish@/

function inputsOf(wf: WorkflowDef, given: WorkflowCall['inputs']): Record<string, Value> {
  const declared = wf.on.workflow_call.inputs ?? {}
  const unknown = Object.keys(given).filter((k) => !(k in declared))
  if (unknown.length > 0)
    throw new Error(`the caller gives inputs the workflow does not declare: ${unknown.join(', ')}`)
  const out: Record<string, Value> = {}
  for (const [name, def] of Object.entries(declared)) {
    const value = given[name] ?? def.default
    if (value === undefined) {
      if (def.required) throw new Error(`input '${name}' is required`)
      out[name] = def.type === 'boolean' ? false : ''
    } else if (def.type === 'boolean') {
      if (typeof value !== 'boolean') throw new Error(`input '${name}' is a boolean, got ${JSON.stringify(value)}`)
      out[name] = value
    } else {
      out[name] = String(value)
    }
  }
  return out
}

function secretsOf(wf: WorkflowDef, given: Record<string, string> = {}): Record<string, Value> {
  const declared = wf.on.workflow_call.secrets ?? {}
  const unknown = Object.keys(given).filter((k) => !(k in declared))
  if (unknown.length > 0)
    throw new Error(`the caller gives secrets the workflow does not declare: ${unknown.join(', ')}`)
  return { ...given, GITHUB_TOKEN: 'ghs_workflow_test_token' }
}

/** The jobs in an order where each comes after the jobs it needs. */
function jobOrder(jobs: Record<string, JobDef>): string[] {
  const out: string[] = []
  const visit = (id: string, path: string[]) => {
    if (out.includes(id)) return
    if (path.includes(id)) throw new Error(`a cycle of needs: ${[...path, id].join(' -> ')}`)
    const job = jobs[id]
    if (!job) throw new Error(`job '${path.at(-1) ?? ''}' needs '${id}', which does not exist`)
    for (const n of needsOf(job)) visit(n, [...path, id])
    out.push(id)
  }
  for (const id of Object.keys(jobs)) visit(id, [])
  return out
}

const needsOf = (job: JobDef): string[] => (job.needs === undefined ? [] : [job.needs].flat())

export async function runWorkflow(file: string, call: WorkflowCall, deps: WorkflowDeps): Promise<WorkflowResult> {
  const wf = parse(readFileSync(file, 'utf8')) as WorkflowDef
  const attempt = call.attempt ?? 1
  const runs = JSON.parse(readFileSync(join(FIXTURES, 'runs.json'), 'utf8')) as Record<
    string,
    { eventName: string; ref: string; sha: string }
  >
  const meta = runs[call.event]
  if (!meta) throw new Error(`no run recorded for ${call.event} in runs.json`)
  const payload = JSON.parse(readFileSync(join(FIXTURES, call.event), 'utf8')) as Value
  const eventDir = mkdtempSync(join(tmpdir(), 'mp-event-'))
  const eventPath = join(eventDir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(payload))
  const runId = String(1000 + call.run.length * 7 + call.run.charCodeAt(0))
  const github: Value = {
    event_name: meta.eventName,
    event: payload,
    ref: meta.ref,
    sha: meta.sha,
    repository: 'acme/app',
    repository_owner: 'acme',
    actor: 'octocat',
    token: 'ghs_workflow_test_token',
    run_id: runId,
    run_attempt: String(attempt),
    server_url: 'https://github.com',
  }
  const base: Contexts = { inputs: inputsOf(wf, call.inputs), secrets: secretsOf(wf, call.secrets), github }
  const result: WorkflowResult = { steps: [], jobs: {}, outputs: {} }
  try {
    for (const id of jobOrder(wf.jobs)) {
      const job = wf.jobs[id] as JobDef
      if (call.rerun && !call.rerun.jobs.includes(id)) {
        const before = call.rerun.previous.jobs[id]
        if (!before) throw new Error(`the re-run needs job '${id}' from the previous attempt`)
        result.jobs[id] = before
        continue
      }
      const needs = Object.fromEntries(
        needsOf(job).map((n) => {
          const r = result.jobs[n] as JobResult
          return [n, { result: r.result, outputs: r.outputs }]
        }),
      )
      const ctx: Contexts = { ...base, needs, matrix: null, strategy: {}, steps: {}, env: {}, job: {}, runner: {} }
      // a job whose needs did not all succeed is skipped (no `if:` here says otherwise)
      const ready = Object.values(needs).every((n) => n.result === 'success')
      if (!ready || (job.if !== undefined && !evaluateCondition(job.if, ctx))) {
        result.jobs[id] = { result: 'skipped', outputs: {} }
        continue
      }
      const legs = matrixLegs(job, ctx)
      const env = {
        GITHUB_EVENT_NAME: meta.eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REF: meta.ref,
        GITHUB_SHA: meta.sha,
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_ACTOR: 'octocat',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: runId,
        GITHUB_RUN_ATTEMPT: String(attempt),
        GITHUB_JOB: id,
      }
      // the legs of a matrix run at once, as jobs do; their steps are recorded in the matrix's order
      const done = await Promise.all(
        legs.map((matrix, i) =>
          runJob(id, job, { ...ctx, matrix: matrix ?? null }, (runsOn) => ({
            ...deps.jobEnv(call.run, legs.length > 1 ? `${id}-${String(i)}` : id, attempt, runsOn),
            ...env,
          })),
        ),
      )
      for (const leg of done) result.steps.push(...leg.steps)
      // a matrix job's outputs are those of the leg that set them last (GitHub: unspecified); here: the last leg
      const outputs = Object.assign({}, ...done.map((leg) => leg.outputs)) as Record<string, string>
      result.jobs[id] = { result: 'success', outputs }
    }
    const jobs: Value = Object.fromEntries(Object.entries(result.jobs).map(([k, v]) => [k, { ...v }]))
    for (const [name, out] of Object.entries(wf.on.workflow_call.outputs ?? {})) {
      result.outputs[name] = toText(evaluateTemplate(out.value, { jobs }), out.value)
    }
    return result
  } finally {
    rmSync(eventDir, { recursive: true, force: true })
  }

  async function runJob(
    id: string,
    job: JobDef,
    ctx: Contexts,
    jobEnv: (runsOn: string) => Record<string, string>,
  ): Promise<{ steps: StepRun[]; outputs: Record<string, string> }> {
    const records: StepRun[] = []
    const runsOn = toText(evaluateTemplate(job['runs-on'], ctx), job['runs-on'])
    const steps: Record<string, Value> = {}
    for (const step of job.steps) {
      const stepCtx = { ...ctx, steps }
      if (step.if !== undefined && !evaluateCondition(step.if, stepCtx)) continue
      if (step.uses === 'actions/checkout@v4') continue // the workspace is the checkout
      if (!step.uses || !THIS_ACTION.test(step.uses)) {
        throw new Error(`job '${id}': a step this test cannot run: ${JSON.stringify(step)}`)
      }
      const given = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, toText(evaluateTemplate(String(v), stepCtx), String(v))]),
      )
      const undeclared = Object.keys(given).filter((k) => !(k in ACTION_DEFAULTS))
      if (undeclared.length > 0)
        throw new Error(`job '${id}' gives inputs action.yml does not declare: ${undeclared.join(', ')}`)
      const run = await runAction({ inputs: given, env: jobEnv(runsOn), cwd: deps.workspace, echo: !!deps.echo })
      const record: StepRun = { job: id, matrix: ctx.matrix ?? null, runsOn, with: given, run }
      records.push(record)
      if (run.main.exitCode !== 0) {
        result.steps.push(...records)
        throw new StepFailure(record, `job '${id}' (${runsOn}) failed:\n${run.main.stdout}\n${run.main.stderr}`)
      }
      if (step.id) steps[step.id] = { outputs: run.outputs, outcome: 'success', conclusion: 'success' }
    }
    const stepsCtx = { ...ctx, steps }
    const outputs = Object.fromEntries(
      Object.entries(job.outputs ?? {}).map(([k, v]) => [k, toText(evaluateTemplate(v, stepsCtx), v)]),
    )
    return { steps: records, outputs }
  }
}

/** The legs of a job's matrix (only `include` lists, as this file's plan gives), or one leg without a matrix. */
function matrixLegs(job: JobDef, ctx: Contexts): (Value | undefined)[] {
  const m = job.strategy?.matrix
  if (m === undefined) return [undefined]
  const value = typeof m === 'string' ? evaluateTemplate(m, ctx) : (m as Value)
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Array.isArray(value.include)) {
    throw new Error(`a matrix this test cannot expand: ${JSON.stringify(value)}`)
  }
  if (Object.keys(value).some((k) => k !== 'include')) throw new Error('only matrix include lists are expanded here')
  if (value.include.length === 0) throw new Error('an empty matrix fails the job on GitHub')
  return value.include
}
