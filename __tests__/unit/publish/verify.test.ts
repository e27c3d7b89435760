import { describe, expect, it } from '@jest/globals'
import { verifySingleImage } from '../../../src/publish/verify.js'
import { childrenOf, decodeConfigPlatform, decodeManifest } from '../../../src/oci/decode.js'
import type { Digest } from '../../../src/oci/types.js'
import { platform, platforms } from '../support/platforms.js'

const bytes = (json: object) => new TextEncoder().encode(JSON.stringify(json))

const D = 'sha256:c1b0b9281d8c206c0f9b294cf564c3aa7df94c1c8fef0c9ae550e9c8af958e15' as Digest

describe('decodeConfigPlatform', () => {
  it.each([
    [{ os: 'linux', architecture: 'arm64', variant: 'v8' }, 'linux/arm64'],
    [{ os: 'linux', architecture: 'arm', variant: 'v7' }, 'linux/arm/v7'],
    [{ os: 'linux', architecture: 'amd64', config: {} }, 'linux/amd64'],
    [{ architecture: 'amd64' }, undefined],
    [{ os: 'plan9', architecture: 'amd64' }, 'plan9/amd64'],
  ])('%j -> %s', (config, expected) => {
    expect(decodeConfigPlatform(bytes(config), 'config')).toBe(expected)
  })
})

describe('verifySingleImage', () => {
  it('accepts the one expected platform', () => {
    expect(verifySingleImage(platform('linux/arm64'), D, platforms('linux/arm64/v8'))).toEqual({
      ok: true,
      missing: [],
      unexpected: [],
      duplicates: [],
      platforms: ['linux/arm64'],
      platformDigests: { 'linux/arm64': D },
    })
  })
  it('reports the wrong platform and the missing ones', () => {
    const v = verifySingleImage(platform('linux/amd64'), D, platforms('linux/arm64', 'linux/s390x'))
    expect(v).toMatchObject({ ok: false, missing: ['linux/arm64', 'linux/s390x'], unexpected: ['linux/amd64'] })
  })
  it('fails an image whose config names no platform', () => {
    expect(verifySingleImage(undefined, D, platforms('linux/amd64'))).toMatchObject({
      ok: false,
      missing: ['linux/amd64'],
      platforms: [],
    })
  })
})

describe('childrenOf (OCI layout walk)', () => {
  const desc = (n: string) => ({ mediaType: 'x', digest: `sha256:${n.repeat(64)}`, size: 1 })
  const manifest = (mediaType: string, json: object) =>
    decodeManifest(bytes({ schemaVersion: 2, ...json }), mediaType, 'manifest')
  it('lists the manifests of an index and the config + layers of an image', () => {
    expect(
      childrenOf(manifest('application/vnd.oci.image.index.v1+json', { manifests: [desc('a'), desc('b')] })),
    ).toEqual([desc('a'), desc('b')])
    expect(
      childrenOf(manifest('application/vnd.docker.distribution.manifest.list.v2+json', { manifests: [desc('a')] })),
    ).toEqual([desc('a')])
    expect(
      childrenOf(
        manifest('application/vnd.oci.image.manifest.v1+json', { config: desc('c'), layers: [desc('d'), desc('e')] }),
      ),
    ).toEqual([desc('c'), desc('d'), desc('e')])
  })
})
