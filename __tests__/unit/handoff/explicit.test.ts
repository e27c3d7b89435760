import { describe, expect, it } from '@jest/globals'
import { explicitLegSource } from '../../../src/handoff/explicit.js'
import { LegError, resolveLeg } from '../../../src/handoff/resolve.js'
import type { Reference } from '../../../src/oci/reference.js'
import type { Digest } from '../../../src/oci/types.js'
import { platform, platforms } from '../support/platforms.js'
import { fakeRegistry, imageManifest } from './fake-registry.js'

const A = 'reg.example/app/a'
const INDEX = 'application/vnd.oci.image.index.v1+json'

describe('explicitLegSource', () => {
  it('reads the platforms of indexes and, with getBlob, of single images; names the missing ones', async () => {
    const registry = fakeRegistry()
    const arm = registry.add(A, imageManifest('2'))
    const idx = registry.add(A, {
      schemaVersion: 2,
      mediaType: INDEX,
      manifests: [{ ...arm, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }],
    })
    const amd = registry.add(A, imageManifest('1'))
    const blobs: string[] = []
    const getBlob = (_ref: Reference, digest: Digest) => {
      blobs.push(digest)
      return Promise.resolve(new TextEncoder().encode('{"os":"linux","architecture":"amd64","rootfs":{}}'))
    }
    const source = explicitLegSource(
      [
        { image: A, digest: idx.digest },
        { image: A, digest: amd.digest },
      ],
      { ...registry, getBlob },
    )
    expect(await source.load(platforms('linux/amd64', 'linux/arm64', 'linux/386'))).toEqual({
      found: [
        { image: A, digest: idx.digest, platform: 'linux/arm64' },
        { image: A, digest: amd.digest, platform: 'linux/amd64' },
      ],
      missing: ['linux/386'],
      unexpected: [],
      elsewhere: [],
    })
    expect(blobs).toEqual([(imageManifest('1') as { config: { digest: string } }).config.digest])
    expect(await source.load(platforms('linux/amd64'))).toMatchObject({
      found: [{ image: A, digest: amd.digest, platform: 'linux/amd64' }],
      missing: [],
      unexpected: [{ image: A, digest: idx.digest, platform: 'linux/arm64' }],
    })
  })

  it('cannot tell the platform of a single image without getBlob', async () => {
    const registry = fakeRegistry()
    const amd = registry.add(A, imageManifest('1'))
    await expect(
      explicitLegSource([{ image: A, digest: amd.digest }], { getManifest: registry.getManifest }).load(
        platforms('linux/amd64'),
      ),
    ).rejects.toThrow(`${A}@${amd.digest} is a single image: its platform cannot be read without its config`)
  })
})

describe('resolveLeg', () => {
  it('refuses an index without the leg platform, saying what it holds', async () => {
    const registry = fakeRegistry()
    const arm = registry.add(A, imageManifest('2'))
    const idx = registry.add(A, {
      schemaVersion: 2,
      mediaType: INDEX,
      manifests: [{ ...arm, platform: { os: 'linux', architecture: 'arm64' } }],
    })
    const run = resolveLeg({ image: A, platform: platform('linux/amd64'), digest: idx.digest }, registry)
    await expect(run).rejects.toThrow(
      new LegError(`${A}@${idx.digest} holds no linux/amd64 image (it holds: linux/arm64)`),
    )
  })

  it('refuses a manifest that is neither image nor index', async () => {
    const registry = fakeRegistry()
    const odd = registry.add(A, { schemaVersion: 2, mediaType: 'application/vnd.example+json' })
    await expect(
      resolveLeg({ image: A, platform: platform('linux/amd64'), digest: odd.digest }, registry),
    ).rejects.toThrow(`is a 'application/vnd.example+json', not an image or an index`)
  })
})
