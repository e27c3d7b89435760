/** The plan step: the matrix for `strategy.matrix` and the normalised platforms. */
import type { PlanSettings } from '../../settings.js'
import type { StepDeps } from '../deps.js'
import { runPlan } from './run.js'

export function planStep(s: PlanSettings, d: Pick<StepDeps, 'log'>): Record<string, string> {
  const { matrix, outputs } = runPlan(s)
  for (const leg of matrix.include) d.log.info(`${leg.platform} -> ${leg.runner}${leg.qemu ? ' (QEMU)' : ''}`)
  return { ...outputs }
}
