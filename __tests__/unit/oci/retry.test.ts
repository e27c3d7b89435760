import { describe, expect, it } from '@jest/globals'
import { RegistryError } from '../../../src/oci/errors.js'
import { backoffDelay, parseRetryAfter, withRetry, type Clock, type RetryPolicy } from '../../../src/oci/retry.js'

const policy: RetryPolicy = {
  maxAttempts: 5,
  initialDelayMs: 100,
  maxDelayMs: 1000,
  factor: 2,
  jitter: 0.5,
  totalTimeMs: 5000,
}

/** A clock whose sleep only advances time. */
function fakeClock(random = 0.5): Clock & { sleeps: number[]; t: number } {
  const c = {
    t: 0,
    sleeps: [] as number[],
    now: () => c.t,
    sleep: (ms: number) => {
      c.sleeps.push(ms)
      c.t += ms
      return Promise.resolve()
    },
    random: () => random,
  }
  return c
}

const err = (status: number, extra: Partial<ConstructorParameters<typeof RegistryError>[0]> = {}) =>
  new RegistryError({ method: 'GET', url: 'https://r.io/v2/x/manifests/1', status, ...extra })

/** Fails with the given errors in turn, then answers 'ok'. */
function failing(...errors: Error[]) {
  const calls: number[] = []
  const fn = (n: number): Promise<string> => {
    calls.push(n)
    const e = errors[n - 1]
    if (e) return Promise.reject(e)
    return Promise.resolve('ok')
  }
  return { fn, calls }
}

describe('backoffDelay', () => {
  it('grows exponentially, capped, jittered within bounds', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(policy, n, 0.5))).toEqual([100, 200, 400, 800, 1000])
    expect(backoffDelay(policy, 1, 0)).toBe(50)
    expect(backoffDelay(policy, 1, 0.999999)).toBe(150)
    expect(backoffDelay(policy, 10, 0.999999)).toBe(1000)
  })
})

describe('parseRetryAfter', () => {
  it.each([
    ['3', 0, 3000],
    ['0', 0, 0],
    ['Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'), 10000],
    ['soon', 0, undefined],
    [undefined, 0, undefined],
  ])('%s', (v, now, ms) => {
    expect(parseRetryAfter(v, now)).toBe(ms)
  })
})

describe('withRetry', () => {
  it('retries 429, 5xx and resets of idempotent requests with growing delays', async () => {
    const clock = fakeClock()
    const { fn, calls } = failing(err(503), err(429), err(0, { networkCode: 'ECONNRESET' }), err(502))
    await expect(withRetry(fn, { policy, clock, idempotent: true })).resolves.toBe('ok')
    expect(calls).toEqual([1, 2, 3, 4, 5])
    expect(clock.sleeps).toEqual([100, 200, 400, 800])
  })

  it('waits at least what Retry-After asks', async () => {
    const clock = fakeClock()
    const { fn } = failing(err(429, { retryAfterMs: 2000 }))
    await withRetry(fn, { policy, clock, idempotent: true })
    expect(clock.sleeps).toEqual([2000])
  })

  it('never retries a non-idempotent request', async () => {
    const clock = fakeClock()
    const { fn, calls } = failing(err(503))
    await expect(withRetry(fn, { policy, clock, idempotent: false })).rejects.toThrow('HTTP 503')
    expect(calls).toEqual([1])
    expect(clock.sleeps).toEqual([])
  })

  it.each([
    ['404', err(404)],
    ['401', err(401)],
    ['a non-registry error', new Error('boom')],
    ['a TLS failure', err(0, { networkCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' })],
  ])('does not retry %s', async (_name, e) => {
    const { fn, calls } = failing(e)
    await expect(withRetry(fn, { policy, clock: fakeClock(), idempotent: true })).rejects.toBe(e)
    expect(calls).toEqual([1])
  })

  it('gives up after maxAttempts and says so', async () => {
    const clock = fakeClock()
    const { fn, calls } = failing(...Array.from({ length: 10 }, () => err(500)))
    const p = withRetry(fn, { policy, clock, idempotent: true })
    await expect(p).rejects.toThrow(/HTTP 500 \(gave up after 5 attempts in 1\.5s\)/)
    await expect(p).rejects.toMatchObject({ attempts: 5, status: 500, temporary: true })
    expect(calls).toHaveLength(5)
  })

  it('gives up when the next wait would pass the total time budget', async () => {
    const clock = fakeClock()
    const { fn, calls } = failing(err(503), err(429, { retryAfterMs: 60_000 }))
    await expect(withRetry(fn, { policy, clock, idempotent: true })).rejects.toMatchObject({ attempts: 2, status: 429 })
    expect(calls).toEqual([1, 2])
    expect(clock.t).toBeLessThanOrEqual(policy.totalTimeMs)
  })
})
