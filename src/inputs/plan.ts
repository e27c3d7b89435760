/** Inputs of plan mode: the platforms and the runner map. */
import type { PlanSettings } from '../settings.js'
import { platformsInput } from './common.js'
import type { InputGetter } from './read.js'
import { parseRunnerMap } from './runner-map.js'

export function parsePlanInputs(get: InputGetter): PlanSettings {
  return { mode: 'plan', runnerMap: parseRunnerMap(get('runner-map')), platforms: platformsInput(get) }
}
