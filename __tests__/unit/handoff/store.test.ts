import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { ArtifactHandoffStore, HandoffError, parseLegFile } from '../../../src/handoff/store.js'
import type { Digest } from '../../../src/oci/types.js'
import { defined } from '../support/defined.js'
import { platform, platforms } from '../support/platforms.js'
import { memoryArtifacts, memoryFiles } from './fakes.js'

const IMG = 'ghcr.io/o/app'
const A = `sha256:${'a'.repeat(64)}` as Digest
const B = `sha256:${'b'.repeat(64)}` as Digest
const C = `sha256:${'c'.repeat(64)}` as Digest

function setup() {
  const fs = memoryFiles()
  const service = memoryArtifacts(fs.files)
  const info: string[] = []
  const store = (attempt: number, handoffId = 'app-1') =>
    new ArtifactHandoffStore({
      artifacts: service,
      files: fs,
      handoffId,
      attempt,
      tempRoot: '/tmp/ws',
      info: (m) => info.push(m),
    })
  return { fs, service, store, info }
}

describe('ArtifactHandoffStore', () => {
  it('uploads one artifact per leg and platform and loads them all, leaving no file behind', async () => {
    const { fs, service, store, info } = setup()
    await store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: A })
    await store(1).save({ image: IMG, platform: platform('linux/arm/v7'), digest: B })
    expect(service.artifacts.map((a) => [a.name, [...a.content.keys()]])).toEqual([
      ['multiarch-publish-handoff_app-1_linux-amd64_attempt-1', ['leg.json']],
      ['multiarch-publish-handoff_app-1_linux-arm-v7_attempt-1', ['leg.json']],
    ])
    expect(JSON.parse(defined(service.artifacts[0]?.content.get('leg.json'), 'the leg file'))).toEqual({
      handoffId: 'app-1',
      attempt: 1,
      image: IMG,
      platform: 'linux/amd64',
      digest: A,
    })
    expect(fs.files.size).toBe(0)
    expect(fs.dirs.size).toBe(0)

    expect(await store(1).load(platforms('linux/amd64', 'linux/arm/v7'))).toEqual({
      found: [
        { image: IMG, platform: 'linux/amd64', digest: A, attempt: 1 },
        { image: IMG, platform: 'linux/arm/v7', digest: B, attempt: 1 },
      ],
      missing: [],
      unexpected: [],
      elsewhere: [],
    })
    expect(fs.files.size).toBe(0)
    expect(fs.dirs.size).toBe(0)
    expect(info.slice(2)).toEqual([
      `linux/amd64: ${A} (from run attempt 1, artifact multiarch-publish-handoff_app-1_linux-amd64_attempt-1)`,
      `linux/arm/v7: ${B} (from run attempt 1, artifact multiarch-publish-handoff_app-1_linux-arm-v7_attempt-1)`,
    ])
  })

  it('hands off a leg that pushed nothing (push: false) without a digest', async () => {
    const { service, store } = setup()
    await store(1).save({ image: IMG, platform: platform('linux/amd64') })
    expect(JSON.parse(defined(service.artifacts[0]?.content.get('leg.json'), 'the leg file'))).toMatchObject({
      digest: null,
    })
    expect((await store(1).load(platforms('linux/amd64'))).found).toEqual([
      { image: IMG, platform: 'linux/amd64', attempt: 1 },
    ])
  })

  it('names the missing platforms, the unexpected legs, and the legs of other handoff-ids', async () => {
    const { store } = setup()
    await store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: A })
    await store(1).save({ image: IMG, platform: platform('linux/s390x'), digest: B })
    await store(1, 'app-slim').save({ image: IMG, platform: platform('linux/arm64'), digest: C })
    await store(1, 'app-slim').save({ image: IMG, platform: platform('linux/amd64'), digest: C })
    await store(1, 'other').save({ image: 'x/y', platform: platform('linux/amd64'), digest: C })
    expect(await store(1).load(platforms('linux/amd64', 'linux/arm64'))).toEqual({
      found: [{ image: IMG, platform: 'linux/amd64', digest: A, attempt: 1 }],
      missing: ['linux/arm64'],
      unexpected: [{ image: IMG, platform: 'linux/s390x', digest: B, attempt: 1 }],
      elsewhere: [
        { handoffId: 'app-slim', platforms: ['linux-amd64', 'linux-arm64'] },
        { handoffId: 'other', platforms: ['linux-amd64'] },
      ],
    })
  })

  it('takes the newest attempt up to this one', async () => {
    const { store } = setup()
    await store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: A })
    await store(1).save({ image: IMG, platform: platform('linux/arm64'), digest: B })
    await store(2).save({ image: IMG, platform: platform('linux/arm64'), digest: C })
    expect((await store(3).load(platforms('linux/amd64', 'linux/arm64'))).found).toEqual([
      { image: IMG, platform: 'linux/amd64', digest: A, attempt: 1 },
      { image: IMG, platform: 'linux/arm64', digest: C, attempt: 2 },
    ])
    // a merge of attempt 1 (running late) does not take what a later attempt handed off
    expect((await store(1).load(platforms('linux/arm64'))).found).toEqual([
      { image: IMG, platform: 'linux/arm64', digest: B, attempt: 1 },
    ])
  })

  it('ignores the run artifacts that are not legs', async () => {
    const { service, store } = setup()
    await service.uploadArtifact('coverage', [], '/x')
    await service.uploadArtifact('multiarch-publish-handoff_app-1_linux-amd64', [], '/x')
    expect(await store(1).load(platforms('linux/amd64'))).toEqual({
      found: [],
      missing: ['linux/amd64'],
      unexpected: [],
      elsewhere: [],
    })
  })

  it('refuses a second leg of one platform and handoff-id in one attempt, naming handoff-id', async () => {
    const { fs, store } = setup()
    await store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: A })
    const second = store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: B })
    await expect(second).rejects.toThrow(InputError)
    await expect(second).rejects.toThrow(
      /^input 'handoff-id': another leg of this workflow run already handed off linux\/amd64 under handoff-id 'app-1' in attempt 1 .*two builds in one run need different handoff-ids/,
    )
    expect(fs.dirs.size).toBe(0)
  })

  it('reports any other upload failure as a HandoffError', async () => {
    const { fs, service, store } = setup()
    service.uploadArtifact = () => Promise.reject(new Error('Failed request: (503) Service Unavailable'))
    const save = store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: A })
    await expect(save).rejects.toThrow(HandoffError)
    await expect(save).rejects.toThrow(
      'could not hand off linux/amd64 as artifact multiarch-publish-handoff_app-1_linux-amd64_attempt-1: Failed request: (503)',
    )
    expect(fs.dirs.size).toBe(0)
  })

  it('rejects an artifact whose file holds another leg than its name says', async () => {
    const { fs, service, store } = setup()
    await store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: A })
    defined(service.artifacts[0], 'the artifact').content.set(
      'leg.json',
      JSON.stringify({ handoffId: 'app-1', attempt: 1, image: IMG, platform: 'linux/arm64', digest: A }),
    )
    await expect(store(1).load(platforms('linux/amd64'))).rejects.toThrow(
      'artifact multiarch-publish-handoff_app-1_linux-amd64_attempt-1 holds linux/arm64 of handoff-id',
    )
    expect(fs.dirs.size).toBe(0)
  })
})

describe('parseLegFile', () => {
  it.each([
    ['nope', /artifact n is not JSON/],
    ['null', /artifact n lacks handoffId, attempt, image, platform or digest/],
    ['{"handoffId":"a","attempt":1,"image":"i","platform":"linux/amd64"}', /lacks handoffId/],
    [
      '{"handoffId":"a","attempt":1,"image":"i","platform":"linux/amd64","digest":"sha256:zz"}',
      /artifact n: 'sha256:zz' is not a digest/,
    ],
    ['{"handoffId":"a","attempt":1,"image":"i","platform":"linux/amd65","digest":null}', /artifact n: .*amd65/],
  ])('rejects %s', (text, message) => {
    expect(() => parseLegFile(text, 'n')).toThrow(message)
  })
})
