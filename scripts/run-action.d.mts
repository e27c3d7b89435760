export interface TimedLine {
  /** Seconds on the now() clock when the line's newline arrived. */
  at: number
  stream: 'stdout' | 'stderr'
  text: string
}
export interface StepResult {
  exitCode: number
  stdout: string
  stderr: string
  /** With timeLines: just before the process was spawned, on the now() clock. */
  startedAt?: number
  /** With timeLines: when the process closed its output and exited. */
  exitedAt?: number
  /** With timeLines: every output line, in arrival order. */
  lines?: TimedLine[]
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
  /** Record when each output line arrived (StepResult startedAt, exitedAt, lines); off by default. */
  timeLines?: boolean
}): Promise<ActionRun>
/** Monotonic clock in seconds (process.hrtime): the time base of timeLines. */
export function now(): number
/** The node binary the runner would start for action.yml's runs.using, and its version (v24.x.y). */
export function actionNode(): { path: string; version: string }
