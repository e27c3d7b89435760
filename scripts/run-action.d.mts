export interface StepResult {
  exitCode: number
  stdout: string
  stderr: string
}
export interface ActionRun {
  main: StepResult
  post?: StepResult
  outputs: Record<string, string>
  summary: string
}
export function parseCommandFile(text: string): Record<string, string>
export function inputEnvName(name: string): string
export function runAction(opts?: {
  inputs?: Record<string, string>
  env?: Record<string, string>
  cwd?: string
  echo?: boolean
  post?: boolean
  beforePost?: (run: { main: StepResult; outputs: Record<string, string> }) => Promise<void> | void
}): Promise<ActionRun>
/** The node binary the runner would start for action.yml's runs.using, and its version (v24.x.y). */
export function actionNode(): { path: string; version: string }
