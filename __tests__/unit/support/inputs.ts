/**
 * Inputs the way a runner gives them: what the test sets, and action.yml's default for everything else (the
 * runner passes a default for every input the workflow leaves out). Asking for an input action.yml does not
 * declare is a test failure: the runner would give it nothing.
 */
import { defaultInputs } from '../../../scripts/lib/action-yml.mjs'
import type { InputGetter } from '../../../src/inputs/index.js'

export const ACTION_DEFAULTS: Readonly<Record<string, string>> = defaultInputs()

export function runnerInputs(inputs: Record<string, string> = {}): InputGetter {
  for (const name of Object.keys(inputs)) {
    if (!(name in ACTION_DEFAULTS)) throw new Error(`test gives input '${name}', which action.yml does not declare`)
  }
  return (name) => {
    if (!(name in ACTION_DEFAULTS)) throw new Error(`the code reads input '${name}', which action.yml does not declare`)
    return inputs[name] ?? ACTION_DEFAULTS[name] ?? ''
  }
}
