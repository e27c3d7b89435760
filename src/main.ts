import { errorMessage, unreachable } from './errors.js'
import { parseInputs, type InputGetter } from './inputs/index.js'
import { actionsLog } from './log.js'
import { contextFromGithub } from './meta/context.js'
import type { StepDeps } from './modes/deps.js'
import type { Settings } from './settings.js'
import { actionsState } from './state.js'
import { execRunner } from './tools/runner.js'
import { getInput, workflow } from './workflow/commands.js'
import { readRunContext } from './workflow/context.js'

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
    const get: InputGetter = (name) => getInput(env, name)
    const run = readRunContext(env)
    const settings = parseInputs(get, contextFromGithub(run, new Date(), env), env)
    const deps = { runner: execRunner, log: actionsLog, state: actionsState, env, actor: run.actor }
    const outputs = await runStep(settings, deps)
    for (const [k, v] of Object.entries(outputs)) workflow.setOutput(k, v)
  } catch (e) {
    workflow.setFailed(errorMessage(e))
  }
}
