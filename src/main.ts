import * as core from '@actions/core'
import { context as githubContext } from '@actions/github'
import { access } from 'node:fs/promises'
import { constants } from 'node:fs'
import { join, resolve } from 'node:path'
import { errorMessage, InputError } from './errors.js'
import { parseInputs, type BuildSettings, type InputGetter, type Settings } from './inputs/build.js'
import { actionsLog } from './log.js'
import { contextFromGithub, type MetaContext } from './meta/context.js'
import { imageTags, metaOutputs } from './meta/outputs.js'
import { actionsState } from './state.js'
import type { StepDeps } from './modes/deps.js'
import { planStep } from './modes/plan/index.js'
import { execRunner } from './tools/runner.js'

/** Bad paths are bad input too: checked before anything runs. */
export async function checkPaths(s: BuildSettings, cwd: string): Promise<void> {
  if (/^[a-z]+:\/\//i.test(s.context) || s.context.startsWith('git@')) return // a remote context: buildx fetches it
  const context = resolve(cwd, s.context)
  await access(context, constants.R_OK).catch(() => {
    throw new InputError('context', `expected a readable directory, '${s.context}' is not readable or does not exist`)
  })
  const file = s.file ? resolve(cwd, s.file) : join(context, 'Dockerfile')
  await access(file, constants.R_OK).catch(() => {
    throw new InputError(
      'file',
      `expected a readable Dockerfile, '${s.file ?? join(s.context, 'Dockerfile')}' is not readable or does not exist`,
    )
  })
}

/** The GitHub context; outside a workflow run (no GITHUB_REPOSITORY) its repository is empty. */
export function currentContext(env: NodeJS.ProcessEnv, now: Date): MetaContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const gh = githubContext
  return contextFromGithub(
    { ...gh, sha: gh.sha ?? '', ref: gh.ref ?? '', payload: gh.payload, repo: { owner, repo } },
    now,
  )
}

function labelsObject(labels: readonly string[]): Record<string, string> {
  return Object.fromEntries(labels.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))
}

/** Runs the step the `mode` input asks for; returns its outputs. */
export async function runStep(s: Settings, d: StepDeps): Promise<Record<string, string>> {
  if (s.mode === 'plan') return planStep(s, d)
  for (const w of s.warnings) d.log.warning(w)
  const annotations =
    s.mode === 'merge' ? Object.entries(s.annotations).map(([k, v]) => `index:${k}=${v}`) : s.annotations
  const meta = (tagged: string[]) => metaOutputs(tagged, s.version, labelsObject(s.labels), annotations)
  // each step loads its own dependencies (the registry client, the Actions cache, docker wrappers) only when run
  if (s.mode === 'merge') {
    const { mergeStep } = await import('./modes/merge/index.js')
    const outputs = await mergeStep(s, d) // it tags every image with every tag, or fails
    return { ...meta(imageTags(s.images, s.tags)), ...outputs }
  }
  await checkPaths(s, process.cwd())
  const { buildStep } = await import('./modes/build/index.js')
  const { outputs, tagged } = await buildStep(s, d) // a leg or push: false tags nothing
  return { ...meta(tagged), ...outputs }
}

/** The action's main step: the one try/catch that turns any failure into a failed step with an annotation. */
export async function main(): Promise<void> {
  try {
    const env = process.env
    const get: InputGetter = (name) => core.getInput(name)
    const settings = parseInputs(get, currentContext(env, new Date()), env)
    const deps = { runner: execRunner, log: actionsLog, state: actionsState, env, actor: githubContext.actor }
    const outputs = await runStep(settings, deps)
    for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v)
  } catch (e) {
    core.setFailed(errorMessage(e))
  }
}
