import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { restoreCache, saveCache } from '@actions/cache'
import * as fs from 'node:fs/promises'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CacheHandoffStore, HandoffError } from '../../src/handoff/store.js'
import type { Digest } from '../../src/oci/types.js'
import { platform, platforms } from '../unit/support/platforms.js'
import { startGhaCache, withEnv, type GhaCache } from './support/gha-cache.js'
import { stopStarted } from './support/teardown.js'

const IMG = '127.0.0.1:5000/app/handoff'
const AMD = `sha256:${'1'.repeat(64)}` as Digest
const ARM = `sha256:${'2'.repeat(64)}` as Digest
const ARM2 = `sha256:${'3'.repeat(64)}` as Digest

describe('handoff through @actions/cache and the cache service emulator', () => {
  let cache: GhaCache
  let root: string
  beforeAll(async () => {
    cache = await startGhaCache()
    root = mkdtempSync(join(tmpdir(), 'mp-handoff-'))
  })
  afterAll(async () => {
    await stopStarted(cache)
    if (root) rmSync(root, { recursive: true, force: true })
  })

  /** One job: its own temp directory, the run's cache environment; the same handoff directory string on all. */
  function job<T>(runId: string, runAttempt: number, fn: (store: CacheHandoffStore) => Promise<T>): Promise<T> {
    const runnerTemp = mkdtempSync(join(root, 'runner-temp-'))
    const env = { ...cache.env, GITHUB_WORKSPACE: root, RUNNER_TEMP: runnerTemp, GITHUB_RUN_ID: runId }
    const store = new CacheHandoffStore({
      cache: { saveCache, restoreCache },
      files: fs,
      run: { runId, runAttempt },
      dir: join(root, 'handoff'),
    })
    return withEnv(env, () => fn(store))
  }
  const handoffFiles = () => readdirSync(join(root, 'handoff'))

  it('two legs save, the merge restores both', async () => {
    await job('101', 1, (s) => s.save({ image: IMG, platform: platform('linux/amd64'), digest: AMD }))
    await job('101', 1, (s) => s.save({ image: IMG, platform: platform('linux/arm64'), digest: ARM }))
    expect(handoffFiles()).toEqual([])

    const got = await job('101', 1, (s) => s.load(IMG, platforms('linux/amd64', 'linux/arm64')))
    expect(got).toEqual({
      found: [
        { image: IMG, platform: 'linux/amd64', digest: AMD },
        { image: IMG, platform: 'linux/arm64', digest: ARM },
      ],
      missing: [],
    })
    expect(handoffFiles()).toEqual([])
  })

  it('a re-run restores the earlier attempt, and a re-run leg wins over its first attempt', async () => {
    await job('102', 1, (s) => s.save({ image: IMG, platform: platform('linux/amd64'), digest: AMD }))
    await job('102', 1, (s) => s.save({ image: IMG, platform: platform('linux/arm64'), digest: ARM }))

    // attempt 2 re-runs only the merge
    expect((await job('102', 2, (s) => s.load(IMG, platforms('linux/amd64', 'linux/arm64')))).found).toEqual([
      { image: IMG, platform: 'linux/amd64', digest: AMD },
      { image: IMG, platform: 'linux/arm64', digest: ARM },
    ])

    // attempt 3 re-runs the arm64 leg and the merge
    await job('102', 3, (s) => s.save({ image: IMG, platform: platform('linux/arm64'), digest: ARM2 }))
    expect((await job('102', 3, (s) => s.load(IMG, platforms('linux/amd64', 'linux/arm64')))).found).toEqual([
      { image: IMG, platform: 'linux/amd64', digest: AMD },
      { image: IMG, platform: 'linux/arm64', digest: ARM2 },
    ])
  })

  it('reports a missing leg by its platform', async () => {
    await job('103', 1, (s) => s.save({ image: IMG, platform: platform('linux/amd64'), digest: AMD }))
    expect(await job('103', 1, (s) => s.load(IMG, platforms('linux/amd64', 'linux/arm64', 'linux/arm/v7')))).toEqual({
      found: [{ image: IMG, platform: 'linux/amd64', digest: AMD }],
      missing: ['linux/arm64', 'linux/arm/v7'],
    })
  })

  it('does not see the legs of another run', async () => {
    await job('104', 1, (s) => s.save({ image: IMG, platform: platform('linux/amd64'), digest: AMD }))
    expect(await job('105', 2, (s) => s.load(IMG, platforms('linux/amd64')))).toEqual({
      found: [],
      missing: ['linux/amd64'],
    })
  })

  it('fails when the service refuses a second save of the same leg and attempt', async () => {
    await job('106', 1, (s) => s.save({ image: IMG, platform: platform('linux/amd64'), digest: AMD }))
    const second = job('106', 1, (s) => s.save({ image: IMG, platform: platform('linux/amd64'), digest: ARM }))
    await expect(second).rejects.toThrow(HandoffError)
    expect((await job('106', 1, (s) => s.load(IMG, platforms('linux/amd64')))).found).toEqual([
      { image: IMG, platform: 'linux/amd64', digest: AMD },
    ])
  })
})
