import { describe, expect, it, jest } from '@jest/globals'
import type { Clock } from '../../../src/oci/retry.js'
import { transientFailure } from '../../../src/oci/transient.js'
import { commandRetry, commandRetryPolicy, noRetry } from '../../../src/tools/retry.js'
import { CommandError, runChecked } from '../../../src/tools/runner.js'
import { recordingRunner } from '../support/recording-runner.js'

/** A clock whose sleep only advances time; random() is the middle of the jitter range (no jitter). */
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

const S503 =
  'Error response from daemon: unexpected status from HEAD request to http://r/v2/x/manifests/1: 503 Service Unavailable\n'
const NOT_FOUND = 'Error response from daemon: manifest for r/x:1 not found: manifest unknown: manifest unknown\n'

/** `docker pull` answering with these results in turn, then success; `onCall` sees each call's number. */
function pulls(...results: { exitCode: number; stderr: string }[]) {
  const r = recordingRunner()
  let n = 0
  let onCall: (n: number) => void = () => undefined
  const run = r.runner.run.bind(r.runner)
  r.runner.run = async (command, args, options) => {
    await run(command, args, options)
    onCall(n)
    return { stdout: '', ...(results[n++] ?? { exitCode: 0, stderr: '' }) }
  }
  return {
    ...r,
    pull: () => runChecked(r.runner, 'docker', ['pull', 'x']),
    onCall: (f: (n: number) => void) => (onCall = f),
  }
}

const anyTransient = (e: CommandError) => transientFailure(e)

describe('commandRetryPolicy', () => {
  it('is bounded by retry-timeout; 0 runs every command once', () => {
    expect(commandRetryPolicy(120)).toEqual({
      maxAttempts: 8,
      initialDelayMs: 1000,
      maxDelayMs: 30_000,
      factor: 2,
      jitter: 0.5,
      totalTimeMs: 120_000,
    })
    expect(commandRetryPolicy(0)).toMatchObject({ maxAttempts: 1, totalTimeMs: 0 })
  })
})

describe('commandRetry', () => {
  it('runs a command again after transient failures, with growing delays, and logs each retry with its reason', async () => {
    const clock = fakeClock()
    const log: string[] = []
    const p = pulls({ exitCode: 1, stderr: S503 }, { exitCode: 1, stderr: 'read: connection reset by peer\n' })
    const retry = commandRetry({ policy: commandRetryPolicy(120), clock, log: (m) => log.push(m) })
    await expect(retry.run('Pulling x', p.pull, anyTransient)).resolves.toMatchObject({ exitCode: 0 })
    expect(p.lines()).toEqual(['docker pull x', 'docker pull x', 'docker pull x'])
    expect(clock.sleeps).toEqual([1000, 2000])
    expect(log).toEqual([
      'Pulling x failed (HTTP 503): attempt 2 of 8 in 1.0s',
      'Pulling x failed (connection reset): attempt 3 of 8 in 2.0s',
    ])
  })

  it('jitters each delay within [1 - 0.5, 1 + 0.5] of the backoff', async () => {
    for (const [random, first] of [
      [0, 500],
      [0.999999, 1500],
    ] as const) {
      const clock = fakeClock(random)
      const p = pulls({ exitCode: 1, stderr: S503 })
      await commandRetry({ policy: commandRetryPolicy(120), clock, log: () => undefined }).run(
        'x',
        p.pull,
        anyTransient,
      )
      expect(clock.sleeps).toEqual([first])
    }
  })

  it('never runs again after a failure that is not transient', async () => {
    const clock = fakeClock()
    const p = pulls({ exitCode: 1, stderr: NOT_FOUND })
    const retry = commandRetry({ policy: commandRetryPolicy(120), clock, log: () => undefined })
    const e = await retry.run('Pulling x', p.pull, anyTransient).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(CommandError)
    expect((e as CommandError).message).toBe(`docker pull x exited with code 1:\n${NOT_FOUND.trim()}`)
    expect(p.lines()).toEqual(['docker pull x'])
    expect(clock.sleeps).toEqual([])
  })

  it('never retries what is not a failed command (a bug, a missing docker binary)', async () => {
    const clock = fakeClock()
    let n = 0
    const retry = commandRetry({ policy: commandRetryPolicy(120), clock, log: () => undefined })
    await expect(
      retry.run(
        'x',
        () => (n++, Promise.reject(new Error('spawn docker ENOENT'))),
        () => 'always',
      ),
    ).rejects.toThrow('spawn docker ENOENT')
    expect(n).toBe(1)
  })

  it('gives up once the next wait would pass the bound, counted from the first failure, and says so', async () => {
    const clock = fakeClock()
    const p = pulls(...Array.from({ length: 20 }, () => ({ exitCode: 1, stderr: S503 })))
    // a first attempt of 10 minutes (a build whose push fails) does not count: the bound starts at its failure
    p.onCall((n) => (clock.t += n === 0 ? 600_000 : 0))
    const retry = commandRetry({ policy: commandRetryPolicy(10), clock, log: () => undefined })
    const e = (await retry.run('Pulling x', p.pull, anyTransient).catch((x: unknown) => x)) as CommandError
    // waits 1 + 2 + 4 s; the next (8 s) would end after 15 s > 10 s
    expect(clock.sleeps).toEqual([1000, 2000, 4000])
    expect(p.calls).toHaveLength(4)
    expect(e).toBeInstanceOf(CommandError)
    expect(e.retries).toEqual({ attempts: 4, elapsedMs: 7000, reason: 'HTTP 503' })
    expect(e.message).toBe(
      `docker pull x exited with code 1 (HTTP 503; gave up after 4 attempts in 7.0s):\n${S503.trim()}`,
    )
  })

  it('gives up after the attempts allowed, within the bound', async () => {
    const clock = fakeClock()
    const p = pulls(...Array.from({ length: 20 }, () => ({ exitCode: 1, stderr: S503 })))
    const retry = commandRetry({ policy: commandRetryPolicy(3600), clock, log: () => undefined })
    const e = (await retry.run('Pulling x', p.pull, anyTransient).catch((x: unknown) => x)) as CommandError
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000])
    expect(e.retries?.attempts).toBe(8)
  })

  it('retry-timeout 0: a transient failure fails at once, as it came', async () => {
    const clock = fakeClock()
    const p = pulls({ exitCode: 1, stderr: S503 })
    const retry = commandRetry({ policy: commandRetryPolicy(0), clock, log: () => undefined })
    const e = (await retry.run('Pulling x', p.pull, anyTransient).catch((x: unknown) => x)) as CommandError
    expect(e.retries).toBeUndefined()
    expect(p.calls).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })

  it('waits with the real timers of the system clock (jest fake timers here)', async () => {
    jest.useFakeTimers()
    try {
      jest.spyOn(Math, 'random').mockReturnValue(0.5)
      const p = pulls({ exitCode: 1, stderr: S503 })
      const log: string[] = []
      const done = commandRetry({ policy: commandRetryPolicy(120), log: (m) => log.push(m) }).run(
        'Pulling x',
        p.pull,
        anyTransient,
      )
      await jest.advanceTimersByTimeAsync(999)
      expect(p.calls).toHaveLength(1)
      await jest.advanceTimersByTimeAsync(1)
      await done
      expect(p.calls).toHaveLength(2)
      expect(log).toEqual(['Pulling x failed (HTTP 503): attempt 2 of 8 in 1.0s'])
    } finally {
      jest.restoreAllMocks()
      jest.useRealTimers()
    }
  })

  it('noRetry runs once', async () => {
    const p = pulls({ exitCode: 1, stderr: S503 })
    await expect(noRetry.run('x', p.pull, anyTransient)).rejects.toBeInstanceOf(CommandError)
    expect(p.calls).toHaveLength(1)
  })
})
