/**
 * Retries of the commands that reach a registry: the image pulls, the binfmt run, the builder's creation and boot,
 * and buildx's push by digest. Only a failure its caller finds transient (src/oci/transient.ts) is run again, with
 * the registry client's loop (src/oci/retry.ts: backoff with jitter, a bound on attempts and on time); each retry
 * is logged with its reason.
 */
import { retryLoop, systemClock, type Clock, type RetryPolicy } from '../oci/retry.js'
import { CommandError } from './runner.js'

/** Why a command's failure is worth running it again, or undefined when it is not. */
export type Transient = (e: CommandError) => string | undefined

export interface CommandRetry {
  /** Runs `attempt`, again after a CommandError that `transient` explains; `what` names it in the log. */
  run<T>(what: string, attempt: () => Promise<T>, transient: Transient): Promise<T>
}

/**
 * The policy for commands, bounded by `retry-timeout` (seconds; 0: no retries). The bound counts from a command's
 * first failure, so a long build whose push fails still gets its retries.
 */
export function commandRetryPolicy(totalSeconds: number): RetryPolicy {
  return {
    maxAttempts: totalSeconds === 0 ? 1 : 8,
    initialDelayMs: 1000,
    maxDelayMs: 30_000,
    factor: 2,
    jitter: 0.5,
    totalTimeMs: totalSeconds * 1000,
  }
}

export function commandRetry(opts: { policy: RetryPolicy; log: (m: string) => void; clock?: Clock }): CommandRetry {
  const { policy, log, clock = systemClock } = opts
  return {
    run: (what, attempt, transient) =>
      retryLoop(() => attempt(), {
        policy,
        clock,
        boundFrom: 'first-failure',
        classify: (e) => {
          if (!(e instanceof CommandError)) return undefined
          const reason = transient(e)
          return reason === undefined ? undefined : { error: e, reason }
        },
        onRetry: (f, n, delay) => {
          log(
            `${what} failed (${f.reason}): attempt ${n + 1} of ${policy.maxAttempts} in ${(delay / 1000).toFixed(1)}s`,
          )
        },
        giveUp: (f, n, elapsed) => (n > 1 ? f.error.afterAttempts(n, elapsed, f.reason) : f.error),
      }),
  }
}

/** Runs every command once. */
export const noRetry: CommandRetry = { run: (_what, attempt) => attempt() }
