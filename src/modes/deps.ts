import type { Log } from '../log.js'
import type { StateStore } from '../state.js'
import type { Runner } from '../tools/runner.js'

/** The real world a step runs in; tests give fakes or the real thing. */
export interface StepDeps {
  runner: Runner
  log: Log
  state: StateStore
  env: NodeJS.ProcessEnv
  /** github.actor: the user name for the ghcr.io token login. */
  actor: string
}
