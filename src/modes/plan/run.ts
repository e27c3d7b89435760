/** Plan mode: the matrix JSON for `strategy.matrix`, from the platforms and the runner map. Pure. */
import { parseRunnerMap, planMatrix, type Matrix } from './matrix.js'

export interface PlanSettings {
  platforms: string[]
  /** The `runner-map` input as given (lines of platform=runner); empty for the default map. */
  runnerMap: string
}

export interface PlanOutputs {
  /** `{"include":[{"platform":...,"runner":...,"qemu":...,"slug":...}]}` for `fromJSON(...)` */
  matrix: string
  /** The normalised platforms, comma-separated (for the merge's `platforms`). */
  platforms: string
}

export function runPlan(settings: PlanSettings): { matrix: Matrix; outputs: PlanOutputs } {
  const matrix = planMatrix(settings.platforms, parseRunnerMap(settings.runnerMap))
  const outputs = {
    matrix: JSON.stringify(matrix),
    platforms: matrix.include.map((l) => l.platform).join(','),
  }
  return { matrix, outputs }
}
