import { describe, expect, it } from '@jest/globals'
import {
  blobEntryKey,
  decodeSnapshot,
  encodeSnapshot,
  platformManifest,
  snapshotOf,
  type SnapshotManifest,
} from '../../../../src/modes/build/image-snapshot.js'
import { decodeManifest } from '../../../../src/oci/decode.js'
import { digestOf, MediaType, parseDigest } from '../../../../src/oci/types.js'

const d = (c: string) => parseDigest(`sha256:${c.repeat(64)}`)
const json = (mediaType: string, x: object): SnapshotManifest => {
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, ...x }))
  return { digest: digestOf(bytes), mediaType, bytes }
}
const image = json(MediaType.OCI_MANIFEST, {
  config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: d('c'), size: 10 },
  layers: [
    { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: d('a'), size: 100 },
    { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: d('b'), size: 200 },
  ],
})
const armImage = json(MediaType.OCI_MANIFEST, {
  config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: d('e'), size: 10 },
  layers: [],
})
const index = json(MediaType.OCI_INDEX, {
  manifests: [
    {
      mediaType: MediaType.OCI_MANIFEST,
      digest: d('9'),
      size: 5,
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest' },
    },
    {
      mediaType: MediaType.OCI_MANIFEST,
      digest: armImage.digest,
      size: 1,
      platform: { os: 'linux', architecture: 'arm64' },
    },
    {
      mediaType: MediaType.OCI_MANIFEST,
      digest: image.digest,
      size: 1,
      platform: { os: 'linux', architecture: 'amd64' },
    },
  ],
})
const decoded = (m: SnapshotManifest) => decodeManifest(m.bytes, m.mediaType, 'test')

describe('an image snapshot', () => {
  it("picks the runner's platform from an index; none from an image or for a platform it lacks", () => {
    expect(platformManifest(decoded(index), 'amd64')?.digest).toBe(image.digest)
    expect(platformManifest(decoded(index), 'arm64')?.digest).toBe(armImage.digest)
    expect(platformManifest(decoded(index), 's390x')).toBeUndefined()
    expect(platformManifest(decoded(image), 'amd64')).toBeUndefined()
  })

  it("of an index: the index, the platform's manifest, and that manifest's config and layers", () => {
    expect(snapshotOf(index, image)).toEqual({
      digest: index.digest,
      manifests: [index, image],
      blobs: [
        { digest: d('c'), size: 10 },
        { digest: d('a'), size: 100 },
        { digest: d('b'), size: 200 },
      ],
    })
    expect(snapshotOf(image).blobs).toHaveLength(3)
  })

  it("takes the variant the daemon takes: none or the architecture's default before others", () => {
    const entry = (digest: string, variant?: string) => ({
      mediaType: MediaType.OCI_MANIFEST,
      digest: d(digest),
      size: 1,
      platform: { os: 'linux', architecture: 'arm64', ...(variant ? { variant } : {}) },
    })
    const variants = (...manifests: ReturnType<typeof entry>[]) => decoded(json(MediaType.OCI_INDEX, { manifests }))
    expect(platformManifest(variants(entry('1', 'v9'), entry('2', 'v8')), 'arm64')?.digest).toBe(d('2'))
    expect(platformManifest(variants(entry('1', 'v9'), entry('2')), 'arm64')?.digest).toBe(d('2'))
    expect(platformManifest(variants(entry('1', 'v9')), 'arm64')?.digest).toBe(d('1'))
  })

  it('refuses manifests that do not make one image', () => {
    expect(() => snapshotOf(index)).toThrow(`${index.digest} is not an image for this runner's platform`)
    const stray = json(MediaType.OCI_MANIFEST, { config: { mediaType: 'x', digest: d('f'), size: 1 }, layers: [] })
    expect(() => snapshotOf(index, stray)).toThrow(`${index.digest} does not list ${stray.digest}`)
  })

  it('is kept as a record that reads back the same, and a record that is not one is refused', () => {
    const s = snapshotOf(index, image)
    const back = decodeSnapshot(encodeSnapshot(s))
    expect(back.digest).toBe(s.digest)
    expect(back.blobs).toEqual(s.blobs)
    expect(back.manifests.map((m) => [m.digest, m.mediaType, Buffer.from(m.bytes).toString()])).toEqual(
      s.manifests.map((m) => [m.digest, m.mediaType, Buffer.from(m.bytes).toString()]),
    )
    const record = JSON.parse(Buffer.from(encodeSnapshot(s)).toString()) as {
      manifests: { data: string }[]
    }
    const tampered = { ...record, manifests: [record.manifests[0], { ...record.manifests[1], data: 'e30=' }] }
    expect(() => decodeSnapshot(Buffer.from(JSON.stringify(tampered)))).toThrow('does not match its digest')
    expect(() => decodeSnapshot(Buffer.from('{"version":2}'))).toThrow('not an image snapshot of this version')
    expect(() => decodeSnapshot(Buffer.from('<html>'))).toThrow()
  })

  it('keeps each blob under a key of its own digest', () => {
    expect(blobEntryKey(d('a'))).toBe(`multiarch-publish-blob-sha256-${'a'.repeat(64)}`)
  })
})
