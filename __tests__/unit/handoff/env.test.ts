import { describe, expect, it } from '@jest/globals'
import { handoffStoreFromEnv } from '../../../src/handoff/env.js'
import type { Digest } from '../../../src/oci/types.js'
import { platform } from '../support/platforms.js'
import { memoryArtifacts, memoryFiles } from './fakes.js'

const A = `sha256:${'a'.repeat(64)}` as Digest
const SERVICE = { ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/', ACTIONS_RUNTIME_TOKEN: 't' }
const opts = { handoffId: 'app-1', tempRoot: '/tmp/x' }

describe('handoffStoreFromEnv', () => {
  it('names the artifacts by handoff-id, platform and GITHUB_RUN_ATTEMPT', async () => {
    const fs = memoryFiles()
    const service = memoryArtifacts(fs.files)
    const store = handoffStoreFromEnv({ ...SERVICE, GITHUB_RUN_ATTEMPT: '2' }, service, fs, opts)
    await store.save({ image: 'r/app', platform: platform('linux/amd64'), digest: A })
    expect(service.artifacts.map((a) => a.name)).toEqual(['multiarch-publish-handoff_app-1_linux-amd64_attempt-2'])
  })

  it('takes attempt 1 when GITHUB_RUN_ATTEMPT is unset', async () => {
    const fs = memoryFiles()
    const service = memoryArtifacts(fs.files)
    await handoffStoreFromEnv(SERVICE, service, fs, opts).save({ image: 'r', platform: platform('linux/386') })
    expect(service.artifacts.map((a) => a.name)).toEqual(['multiarch-publish-handoff_app-1_linux-386_attempt-1'])
  })

  it.each([
    [{ ...SERVICE, GITHUB_RUN_ATTEMPT: 'x' }, /GITHUB_RUN_ATTEMPT is 'x', not a positive integer/],
    [{ ACTIONS_RUNTIME_TOKEN: 't' }, /the Actions artifact service is not available to this step/],
    [{ ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' }, /the Actions artifact service is not available to this step/],
  ])('refuses %j', (env, message) => {
    const fs = memoryFiles()
    expect(() => handoffStoreFromEnv(env, memoryArtifacts(fs.files), fs, opts)).toThrow(message)
  })
})
