import { describe, expect, it } from '@jest/globals'
import { CacheHandoffStore, parseEntry } from '../../../src/handoff/store.js'
import type { Digest } from '../../../src/oci/types.js'
import { platform, platforms } from '../support/platforms.js'
import { defined } from '../support/defined.js'
import { memoryCache, memoryFiles } from './fakes.js'

const IMG = 'ghcr.io/o/app'
const A = `sha256:${'a'.repeat(64)}` as Digest
const B = `sha256:${'b'.repeat(64)}` as Digest
const C = `sha256:${'c'.repeat(64)}` as Digest

function setup() {
  const fs = memoryFiles()
  const cache = memoryCache(fs.files)
  const info: string[] = []
  const store = (runAttempt: number) =>
    new CacheHandoffStore({ cache, files: fs, run: { runId: '7', runAttempt }, dir: 'h', info: (m) => info.push(m) })
  return { fs, cache, store, info }
}

describe('CacheHandoffStore', () => {
  it('saves one entry per leg and loads them all, leaving no file behind', async () => {
    const { fs, cache, store, info } = setup()
    await store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: A })
    await store(1).save({ image: IMG, platform: platform('linux/arm64'), digest: B })
    expect(cache.entries.map((e) => [e.key, e.paths])).toEqual([
      [`multiarch-publish-handoff-v1;image=${IMG};run=7;platform=linux/amd64;attempt=1;`, 'h/linux-amd64.json'],
      [`multiarch-publish-handoff-v1;image=${IMG};run=7;platform=linux/arm64;attempt=1;`, 'h/linux-arm64.json'],
    ])
    expect(fs.files.size).toBe(0)

    expect(await store(1).load(IMG, platforms('linux/amd64', 'linux/arm64'))).toEqual({
      found: [
        { image: IMG, platform: 'linux/amd64', digest: A },
        { image: IMG, platform: 'linux/arm64', digest: B },
      ],
      missing: [],
    })
    expect(fs.files.size).toBe(0)
    expect(info).toEqual([`linux/amd64: ${A} (from run attempt 1)`, `linux/arm64: ${B} (from run attempt 1)`])
  })

  it('names the platforms no leg handed off', async () => {
    const { store } = setup()
    await store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: A })
    expect(await store(1).load(IMG, platforms('linux/amd64', 'linux/arm64', 'linux/s390x'))).toEqual({
      found: [{ image: IMG, platform: 'linux/amd64', digest: A }],
      missing: ['linux/arm64', 'linux/s390x'],
    })
  })

  it('does not see another image of the same run', async () => {
    const { store } = setup()
    await store(1).save({ image: 'ghcr.io/o/other', platform: platform('linux/amd64'), digest: A })
    expect(await store(1).load(IMG, platforms('linux/amd64'))).toEqual({ found: [], missing: ['linux/amd64'] })
  })

  it('prefers this attempt, falling back to the newest earlier one', async () => {
    const { store } = setup()
    await store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: A })
    await store(1).save({ image: IMG, platform: platform('linux/arm64'), digest: B })
    await store(2).save({ image: IMG, platform: platform('linux/arm64'), digest: C })
    expect((await store(3).load(IMG, platforms('linux/amd64', 'linux/arm64'))).found).toEqual([
      { image: IMG, platform: 'linux/amd64', digest: A },
      { image: IMG, platform: 'linux/arm64', digest: C },
    ])
  })

  it('fails when the cache refuses the entry', async () => {
    const { store } = setup()
    await store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: A })
    await expect(store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: B })).rejects.toThrow(
      `the Actions cache did not save 'multiarch-publish-handoff-v1;image=${IMG};run=7;platform=linux/amd64;attempt=1;'`,
    )
  })

  it('rejects an entry that holds another platform', async () => {
    const { fs, cache, store } = setup()
    await store(1).save({ image: IMG, platform: platform('linux/amd64'), digest: A })
    defined(cache.entries[0], 'the saved entry').content = [
      JSON.stringify({ image: IMG, platform: 'linux/arm64', digest: A }),
    ]
    await expect(store(1).load(IMG, platforms('linux/amd64'))).rejects.toThrow(
      /holds ghcr.io\/o\/app linux\/arm64, not/,
    )
    expect(fs.files.size).toBe(0)
  })
})

describe('parseEntry', () => {
  it.each([
    ['nope', /'k' is not JSON/],
    ['null', /'k' lacks image, platform or digest/],
    ['{"image":"i","platform":"p"}', /'k' lacks image, platform or digest/],
    ['{"image":"i","platform":"linux/amd64","digest":"sha256:zz"}', /'k': 'sha256:zz' is not a digest/],
  ])('rejects %s', (text, message) => {
    expect(() => parseEntry(text, 'k')).toThrow(message)
  })
})
