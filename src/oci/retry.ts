/**
 * Retries with exponential backoff and jitter, honouring Retry-After, within a bounded total time. The registry
 * client retries only idempotent requests, and only on temporary failures (429, 5xx, resets, timeouts): see
 * RegistryError.temporary. The commands that reach registries (image pulls, the builder's boot, the push) retry
 * with the same loop (src/tools/retry.ts). Time comes from an injected clock so tests never sleep.
 */
import { RegistryError } from './errors.js'

export interface RetryPolicy {
  /** Attempts in all, the first included. 1 disables retries. */
  maxAttempts: number
  initialDelayMs: number
  maxDelayMs: number
  factor: number
  /** 0..1: each delay is scaled by a random factor in [1 - jitter, 1 + jitter]. */
  jitter: number
  /** No retry starts once this much time has passed since the first attempt. */
  totalTimeMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  initialDelayMs: 500,
  maxDelayMs: 15_000,
  factor: 2,
  jitter: 0.5,
  totalTimeMs: 60_000,
}

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  /** Uniform in [0, 1); Math.random by default. */
  random?(): number
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
}

/** The delay before retry number `retry` (1 for the first retry). */
export function backoffDelay(policy: RetryPolicy, retry: number, random: number): number {
  const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * policy.factor ** (retry - 1))
  const scaled = base * (1 + policy.jitter * (2 * random - 1))
  return Math.max(0, Math.min(policy.maxDelayMs, Math.round(scaled)))
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unparseable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  const at = Date.parse(v)
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs)
}

/** A failure the loop may try again after, and why (for the log). */
export interface Retryable<E> {
  error: E
  reason: string
  /** Wait at least this long before the next attempt (a server's Retry-After). */
  minDelayMs?: number
}

export interface RetryLoopOptions<E> {
  policy: RetryPolicy
  clock: Clock
  /** The failure as a Retryable, or undefined when it must not be retried (it is thrown as it is). */
  classify(e: unknown): Retryable<E> | undefined
  /**
   * Where the total time bound counts from: the first attempt (a request), or the first failure (a command whose
   * first attempt may run long before it fails, such as a build whose push fails).
   */
  boundFrom?: 'first-attempt' | 'first-failure'
  onRetry?(failure: Retryable<E>, attempt: number, delayMs: number): void
  /** What to throw when giving up on a retryable failure (default: its error). */
  giveUp?(failure: Retryable<E>, attempts: number, elapsedMs: number): unknown
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the attempts or the time bound run out: one retry policy
 * (backoff with jitter, a server's minimum wait, a bound on attempts and on time) for every kind of failure.
 */
export async function retryLoop<T, E>(attempt: (n: number) => Promise<T>, opts: RetryLoopOptions<E>): Promise<T> {
  const { policy, clock } = opts
  let start = opts.boundFrom === 'first-failure' ? undefined : clock.now()
  for (let n = 1; ; n++) {
    try {
      return await attempt(n)
    } catch (e) {
      const failure = opts.classify(e)
      if (!failure) throw e
      start ??= clock.now()
      const elapsed = clock.now() - start
      const delay = Math.max(backoffDelay(policy, n, clock.random?.() ?? Math.random()), failure.minDelayMs ?? 0)
      if (n >= policy.maxAttempts || elapsed + delay > policy.totalTimeMs) {
        throw opts.giveUp ? opts.giveUp(failure, n, elapsed) : failure.error
      }
      opts.onRetry?.(failure, n, delay)
      await clock.sleep(delay)
    }
  }
}

export interface RetryOptions {
  policy: RetryPolicy
  clock: Clock
  /** Whether repeating the request is harmless. Non-idempotent requests are tried once. */
  idempotent: boolean
  onRetry?(error: RegistryError, attempt: number, delayMs: number): void
}

/** Retries a registry request on temporary failures (RegistryError.temporary), when it is idempotent. */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  return retryLoop(attempt, {
    policy: opts.policy,
    clock: opts.clock,
    classify: (e) =>
      e instanceof RegistryError && e.temporary && opts.idempotent
        ? { error: e, reason: e.message, ...(e.retryAfterMs === undefined ? {} : { minDelayMs: e.retryAfterMs }) }
        : undefined,
    onRetry: (f, n, delay) => opts.onRetry?.(f.error, n, delay),
    giveUp: (f, n, elapsed) => f.error.afterAttempts(n, elapsed),
  })
}
