import * as core from '@actions/core'
import { context as githubContext } from '@actions/github'
import { errorMessage, unreachable } from './errors.js'
import { parseInputs, type InputGetter } from './inputs/index.js'
import { actionsLog } from './log.js'
import { contextFromGithub, type MetaContext } from './meta/context.js'
import type { StepDeps } from './modes/deps.js'
import type { Settings } from './settings.js'
import { actionsState } from './state.js'
import { execRunner } from './tools/runner.js'

/** The GitHub context; outside a workflow run (no GITHUB_REPOSITORY) its repository is empty. */
export function currentContext(env: NodeJS.ProcessEnv, now: Date): MetaContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const gh = githubContext
  // outside a runner GITHUB_SHA and GITHUB_REF are unset, and the context's fields with them
  const { sha = '', ref = '' } = gh as { sha?: string; ref?: string }
  const { eventName, payload, runId, serverUrl } = gh
  return contextFromGithub({ eventName, sha, ref, payload, runId, serverUrl, repo: { owner, repo } }, now, env)
}

/**
 * Runs the mode the settings are for; returns its outputs. Each mode loads its own code (the registry client, the
 * Actions cache, docker wrappers) only when it runs. A mode added to `Settings` without a case here fails `tsc`.
 */
export async function runStep(s: Settings, d: StepDeps): Promise<Record<string, string>> {
  switch (s.mode) {
    case 'plan': {
      const { planStep } = await import('./modes/plan/index.js')
      return planStep(s, d)
    }
    case 'meta': {
      const { metaStep } = await import('./modes/meta/index.js')
      return metaStep(s, d)
    }
    case 'merge': {
      const { mergeStep } = await import('./modes/merge/index.js')
      return mergeStep(s, d)
    }
    case 'build':
    case 'build-platform': {
      const { buildStep } = await import('./modes/build/index.js')
      return buildStep(s, d)
    }
    default:
      return unreachable(s)
  }
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
