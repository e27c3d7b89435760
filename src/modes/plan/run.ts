/** Plan mode: the matrix JSON for `strategy.matrix`, from the platforms and the runner map. Pure. */
import type { PlanSettings } from '../../settings.js'
import { planMatrix, type Matrix } from './matrix.js'

export interface PlanOutputs {
  /** `{"include":[{"platform":...,"runner":...,"qemu":...,"slug":...}]}` for `fromJSON(...)` */
  matrix: string
  /** The normalised platforms, comma-separated (for the merge's `platforms`). */
  platforms: string
}

export function runPlan(settings: Pick<PlanSettings, 'platforms' | 'runnerMap'>): {
  matrix: Matrix
  outputs: PlanOutputs
} {
  const matrix = planMatrix(settings.platforms, settings.runnerMap)
  const outputs = {
    matrix: JSON.stringify(matrix),
    platforms: matrix.include.map((l) => l.platform).join(','),
  }
  return { matrix, outputs }
}
