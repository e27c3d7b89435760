/**
 * Retries with exponential backoff and jitter, honouring Retry-After, within a bounded total time. Only
 * idempotent requests are retried, and only on temporary failures (429, 5xx, resets, timeouts): see
 * RegistryError.temporary. Time comes from an injected clock so tests never sleep.
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

export interface RetryOptions {
  policy: RetryPolicy
  clock: Clock
  /** Whether repeating the request is harmless. Non-idempotent requests are tried once. */
  idempotent: boolean
  onRetry?(error: RegistryError, attempt: number, delayMs: number): void
}

/** Runs `attempt` until it succeeds, fails for good, or the attempts or the time budget run out. */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const { policy, clock } = opts
  const start = clock.now()
  for (let n = 1; ; n++) {
    try {
      return await attempt(n)
    } catch (e) {
      if (!(e instanceof RegistryError) || !e.temporary || !opts.idempotent) throw e
      const elapsed = clock.now() - start
      const delay = Math.max(backoffDelay(policy, n, clock.random?.() ?? Math.random()), e.retryAfterMs ?? 0)
      if (n >= policy.maxAttempts || elapsed + delay > policy.totalTimeMs) throw e.afterAttempts(n, elapsed)
      opts.onRetry?.(e, n, delay)
      await clock.sleep(delay)
    }
  }
}
