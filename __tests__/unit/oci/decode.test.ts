import { describe, expect, it } from '@jest/globals'
import {
  childrenOf,
  decodeConfigCreated,
  decodeConfigPlatform,
  decodeManifest,
  ManifestDecodeError,
} from '../../../src/oci/decode.js'
import { MediaType } from '../../../src/oci/types.js'

const bytes = (v: unknown): Uint8Array => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v))
const D = (c: string) => `sha256:${c.repeat(64)}`
const WHERE = 'reg/acme/app@sha256:...'

const index = {
  schemaVersion: 2,
  mediaType: MediaType.OCI_INDEX,
  manifests: [
    { mediaType: MediaType.OCI_MANIFEST, digest: D('a'), size: 10, platform: { os: 'linux', architecture: 'amd64' } },
    {
      mediaType: MediaType.OCI_MANIFEST,
      digest: D('b'),
      size: 11,
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
      platform: { os: 'unknown', architecture: 'unknown' },
    },
  ],
  annotations: { 'org.opencontainers.image.created': '2026-01-01T00:00:00Z' },
}
const image = {
  schemaVersion: 2,
  mediaType: MediaType.DOCKER_MANIFEST,
  config: { mediaType: MediaType.DOCKER_CONFIG, digest: D('c'), size: 5 },
  layers: [{ mediaType: MediaType.DOCKER_LAYER_GZIP, digest: D('d'), size: 6 }],
}

describe('decodeManifest', () => {
  it('decodes an index into typed descriptors', () => {
    const m = decodeManifest(bytes(index), undefined, WHERE)
    expect(m).toEqual({ kind: 'index', mediaType: MediaType.OCI_INDEX, index })
    expect(childrenOf(m).map((c) => c.digest)).toEqual([D('a'), D('b')])
  })

  it('decodes an image, taking the media type from Content-Type when the body has none', () => {
    const { mediaType: _, ...body } = image
    const m = decodeManifest(bytes(body), MediaType.DOCKER_MANIFEST, WHERE)
    expect(m).toEqual({
      kind: 'image',
      mediaType: MediaType.DOCKER_MANIFEST,
      image: { ...body, mediaType: image.mediaType },
    })
    expect(childrenOf(m).map((c) => c.digest)).toEqual([D('c'), D('d')])
  })

  it('passes other media types through without reading them', () => {
    expect(decodeManifest(bytes({ mediaType: 'application/vnd.example+json' }), undefined, WHERE)).toEqual({
      kind: 'other',
      mediaType: 'application/vnd.example+json',
    })
  })

  it.each([
    ['not JSON', '{', /the manifest is not JSON/],
    ['an array', '[]', /the manifest is not a JSON object/],
    ['schemaVersion 1', { ...index, schemaVersion: 1 }, /schemaVersion is 1, not 2/],
    ['an index without manifests', { ...index, manifests: undefined }, /an index without a manifests list/],
    [
      'a bad digest',
      { ...index, manifests: [{ ...index.manifests[0], digest: 'sha256:zz' }] },
      /manifests\[0\] has no valid digest/,
    ],
    ['a bad size', { ...index, manifests: [{ ...index.manifests[0], size: -1 }] }, /manifests\[0\] has no valid size/],
    [
      'a platform without os',
      { ...index, manifests: [{ ...index.manifests[0], platform: { architecture: 'amd64' } }] },
      /manifests\[0\]\.platform has no os and architecture/,
    ],
    ['an image without config', { ...image, config: undefined }, /config is not a descriptor/],
    ['layers that are not a list', { ...image, layers: {} }, /layers is not a list/],
    ['annotations that are not strings', { ...index, annotations: { a: 1 } }, /annotations is not a map of strings/],
  ])('rejects %s with an error naming where', (_name, body, message) => {
    const run = () => decodeManifest(bytes(body), undefined, WHERE)
    expect(run).toThrow(ManifestDecodeError)
    expect(run).toThrow(`${WHERE}: the registry served a malformed manifest`)
    expect(run).toThrow(message)
  })
})

describe('decodeConfigPlatform', () => {
  it('reads os, architecture and variant, normalised', () => {
    expect(decodeConfigPlatform(bytes({ os: 'linux', architecture: 'arm', variant: 'v7' }), WHERE)).toBe('linux/arm/v7')
    expect(decodeConfigPlatform(bytes({ os: 'linux', architecture: 'aarch64' }), WHERE)).toBe('linux/arm64')
  })
  it('gives undefined for a config that names no platform, and an error for one that is not JSON', () => {
    expect(decodeConfigPlatform(bytes({ rootfs: {} }), WHERE)).toBeUndefined()
    expect(() => decodeConfigPlatform(bytes('x'), WHERE)).toThrow(/the image config is not JSON/)
  })
})

describe('decodeConfigCreated', () => {
  it.each([
    ['2026-03-01T10:05:30.123456789Z', '2026-03-01T10:05:30.123Z'],
    ['1970-01-01T00:00:00Z', '1970-01-01T00:00:00.000Z'],
    ['2026-03-01T12:00:00+02:00', '2026-03-01T10:00:00.000Z'],
  ])('reads %s', (created, iso) => {
    expect(decodeConfigCreated(bytes({ created, os: 'linux' }), WHERE)?.toISOString()).toBe(iso)
  })
  it('gives undefined when the config has no created', () => {
    expect(decodeConfigCreated(bytes({ os: 'linux' }), WHERE)).toBeUndefined()
    expect(decodeConfigCreated(bytes({ created: '' }), WHERE)).toBeUndefined()
  })
  it.each([['yesterday'], [12], ['2026-13-01T00:00:00Z'], ['2026-03-01 10:00:00']])(
    'refuses created %j, naming where',
    (created) => {
      const run = () => decodeConfigCreated(bytes({ created }), WHERE)
      expect(run).toThrow(ManifestDecodeError)
      expect(run).toThrow(/created is .*, not an RFC 3339 time/)
    },
  )
})
