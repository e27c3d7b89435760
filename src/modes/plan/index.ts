import type { PlanModeSettings } from '../../inputs/build.js'
import { runPlan } from './run.js'
import type { StepDeps } from '../deps.js'

/** The plan step: the matrix for `strategy.matrix` and the normalised platforms. */
export async function planStep(s: PlanModeSettings, d: Pick<StepDeps, 'log'>): Promise<Record<string, string>> {
  const { matrix, outputs } = runPlan(s)
  for (const leg of matrix.include) d.log.info(`${leg.platform} -> ${leg.runner}${leg.qemu ? ' (QEMU)' : ''}`)
  return { ...outputs }
}
