import { describe, expect, it } from '@jest/globals'
import { memoryLog } from '../support/memory-log.js'
import { publishWith, type PublishRegistry } from '../../../src/publish/publisher.js'
import { composeIndex, indexBytes } from '../../../src/oci/index.js'
import type { Descriptor, Digest } from '../../../src/oci/types.js'
import { fakeRegistry, imageManifest } from '../handoff/fake-registry.js'
import { platforms as parsed } from '../support/platforms.js'

const A = 'reg.example/app/a'
const B = 'reg.example/app/b'

/** A registry holding, in A and B, an index of two platform images, as buildx pushes it by digest. */
function pushedByDigest() {
  const registry = fakeRegistry()
  const withPlatform = (d: Descriptor, architecture: string): Descriptor => ({
    ...d,
    platform: { os: 'linux', architecture },
  })
  const index = composeIndex([
    withPlatform(registry.add(A, imageManifest('1')), 'amd64'),
    withPlatform(registry.add(A, imageManifest('2')), 'arm64'),
  ])
  const digest = registry.add(A, index).digest
  registry.add(B, index)
  const full: PublishRegistry = {
    ...registry,
    getBlob: () => Promise.reject(new Error('no blob reads for an index')),
    blobExists: () => Promise.resolve(true),
    pushBlob: () => Promise.reject(new Error('no blob pushes for the registry strategy')),
  }
  return { registry, full, digest, bytes: indexBytes(index) }
}

const request = (digest: Digest, platforms: string[]) => ({
  strategy: 'registry' as const,
  images: [A, B],
  tags: ['v1', 'latest'],
  digest,
  mediaType: 'application/vnd.oci.image.index.v1+json',
  layoutDir: '/nonexistent',
  platforms: parsed(...platforms),
})

describe('publishWith (registry strategy: buildx already pushed by digest)', () => {
  it('reads the index back from every image, then tags every image', async () => {
    const { registry, full, digest } = pushedByDigest()
    const res = await publishWith(full, request(digest, ['linux/amd64', 'linux/arm64']), memoryLog())
    expect(res.platforms).toEqual(['linux/amd64', 'linux/arm64'])
    expect(res.tagged).toEqual([`${A}:v1`, `${A}:latest`, `${B}:v1`, `${B}:latest`])
    expect(registry.writes).toEqual([`put ${A}:v1`, `put ${A}:latest`, `put ${B}:v1`, `put ${B}:latest`])
    for (const image of [A, B]) expect(registry.tagOf(image, 'latest')).toBe(digest)
  })

  it('puts the tags at once; when one fails, says those that moved (in order) and throws the first failure', async () => {
    const { registry, full, digest } = pushedByDigest()
    const failing: PublishRegistry = {
      ...full,
      putManifest: (ref, bytes, mediaType) =>
        ref.tag === 'v1' && ref.repository === 'app/b'
          ? Promise.reject(new Error('HTTP 500 for b:v1'))
          : ref.tag === 'latest' && ref.repository === 'app/b'
            ? Promise.reject(new Error('HTTP 500 for b:latest'))
            : full.putManifest(ref, bytes, mediaType),
    }
    const log = memoryLog()
    await expect(publishWith(failing, request(digest, ['linux/amd64', 'linux/arm64']), log)).rejects.toThrow(
      'HTTP 500 for b:v1',
    )
    expect(log.lines.filter((l) => l.startsWith('Tagged'))).toEqual([`Tagged ${A}:v1`, `Tagged ${A}:latest`])
    expect(registry.tagOf(A, 'latest')).toBe(digest)
  })

  it('moves no tag when the pushed index lacks a requested platform', async () => {
    const { registry, full, digest } = pushedByDigest()
    await expect(
      publishWith(full, request(digest, ['linux/amd64', 'linux/arm64', 'linux/s390x']), memoryLog()),
    ).rejects.toThrow(/does not hold the requested platforms: missing linux\/s390x; no tag was moved/)
    expect(registry.writes).toEqual([])
  })

  it('moves no tag, in any image, when the second image does not have the index', async () => {
    const { registry, full, digest } = pushedByDigest()
    const get = full.getManifest
    full.getManifest = async (r) => {
      if (r.repository === 'app/b') throw new Error('MANIFEST_UNKNOWN app/b')
      return get(r)
    }
    await expect(publishWith(full, request(digest, ['linux/amd64', 'linux/arm64']), memoryLog())).rejects.toThrow(
      /MANIFEST_UNKNOWN app\/b/,
    )
    expect(registry.writes).toEqual([])
  })
})
