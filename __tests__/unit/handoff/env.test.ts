import { describe, expect, it } from '@jest/globals'
import { handoffStoreFromEnv } from '../../../src/handoff/env.js'
import type { Digest } from '../../../src/oci/types.js'
import { platform } from '../support/platforms.js'
import { memoryCache, memoryFiles } from './fakes.js'

const A = `sha256:${'a'.repeat(64)}` as Digest
const CACHE_ENV = {
  ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
  ACTIONS_RUNTIME_TOKEN: 't',
  ACTIONS_CACHE_SERVICE_V2: 'true',
}

describe('handoffStoreFromEnv', () => {
  it('keys by GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT, in a directory relative to the workspace', async () => {
    const fs = memoryFiles()
    const cache = memoryCache(fs.files)
    const store = handoffStoreFromEnv({ ...CACHE_ENV, GITHUB_RUN_ID: '99', GITHUB_RUN_ATTEMPT: '2' }, cache, fs)
    await store.save({ image: 'r/app', platform: platform('linux/amd64'), digest: A })
    expect(cache.entries.map((e) => [e.key, e.paths])).toEqual([
      [
        'multiarch-publish-handoff-v1;image=r/app;run=99;platform=linux/amd64;attempt=2;',
        '.multiarch-publish-handoff/linux-amd64.json',
      ],
    ])
  })

  it.each([
    [{ ...CACHE_ENV }, /GITHUB_RUN_ID is not set/],
    [{ GITHUB_RUN_ID: '1' }, /the Actions cache service is not available to this step/],
  ])('refuses %j', (env, message) => {
    const fs = memoryFiles()
    expect(() => handoffStoreFromEnv(env, memoryCache(fs.files), fs)).toThrow(message)
  })
})
