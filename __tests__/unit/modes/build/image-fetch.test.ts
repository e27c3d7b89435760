import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { fetchImage } from '../../../../src/modes/build/image-fetch.js'
import { decodeManifest } from '../../../../src/oci/decode.js'
import { parseReference, type Reference } from '../../../../src/oci/reference.js'
import { digestOf, MediaType, type Digest } from '../../../../src/oci/types.js'

const REF = parseReference('registry.example/moby/buildkit:buildx-stable-1')
const layer = Buffer.from('layer bytes')
const config = Buffer.from('{"architecture":"amd64"}')
const manifest = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: MediaType.OCI_MANIFEST,
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf(config), size: config.length },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: digestOf(layer), size: layer.length }],
  }),
)
const index = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: MediaType.OCI_INDEX,
    manifests: [
      {
        mediaType: MediaType.OCI_MANIFEST,
        digest: digestOf(manifest),
        size: manifest.length,
        platform: { os: 'linux', architecture: 'amd64' },
      },
    ],
  }),
)

/** A registry holding the index, its manifest and blobs (`blobs` may serve other bytes); records each request. */
function fakeClient(
  blobs: Map<string, Buffer> = new Map([
    [digestOf(layer), layer],
    [digestOf(config), config],
  ]),
) {
  const calls: string[] = []
  const manifests = new Map([
    [digestOf(index), [index, MediaType.OCI_INDEX]],
    [digestOf(manifest), [manifest, MediaType.OCI_MANIFEST]],
  ] as const)
  return {
    calls,
    getManifest(ref: Reference) {
      calls.push(`GET manifest ${ref.digest}`)
      const m = manifests.get(ref.digest as Digest)
      if (!m) return Promise.reject(new Error('MANIFEST_UNKNOWN'))
      const [bytes, mediaType] = m
      return Promise.resolve({
        bytes,
        descriptor: { mediaType, digest: digestOf(bytes), size: bytes.length },
        manifest: decodeManifest(bytes, mediaType, 'test'),
      })
    },
    openBlob(_ref: Reference, digest: Digest) {
      calls.push(`GET blob ${digest}`)
      const b = blobs.get(digest)
      if (!b) return Promise.reject(new Error('BLOB_UNKNOWN'))
      return Promise.resolve({ stream: Readable.from([b]), size: b.length })
    },
  }
}

describe('fetchImage: an image the cache lacks, from its registry', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mp-fetch-'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it("two manifest GETs (the index, the platform's), then each blob into a file of its own", async () => {
    const client = fakeClient()
    const got = await fetchImage(client, REF, digestOf(index), 'amd64', dir)
    expect(client.calls.slice(0, 2)).toEqual([`GET manifest ${digestOf(index)}`, `GET manifest ${digestOf(manifest)}`])
    expect(client.calls.slice(2).sort()).toEqual([`GET blob ${digestOf(config)}`, `GET blob ${digestOf(layer)}`].sort())
    expect(got.snapshot.digest).toBe(digestOf(index))
    expect(got.snapshot.manifests.map((m) => m.digest)).toEqual([digestOf(index), digestOf(manifest)])
    expect(readFileSync(got.files.get(digestOf(layer)) as string)).toEqual(layer)
    expect(readFileSync(got.files.get(digestOf(config)) as string)).toEqual(config)
  })

  it('an image without the platform, or a blob whose bytes are not its digest: an error saying so', async () => {
    await expect(fetchImage(fakeClient(), REF, digestOf(index), 'riscv64', dir)).rejects.toThrow(
      `${digestOf(index)} has no image for linux/riscv64`,
    )
    const wrong = fakeClient(
      new Map([
        [digestOf(layer), Buffer.from('other bytes')],
        [digestOf(config), config],
      ]),
    )
    await expect(fetchImage(wrong, REF, digestOf(index), 'amd64', dir)).rejects.toThrow(
      `the blob ${digestOf(layer)} arrived as 11 bytes of ${digestOf(Buffer.from('other bytes'))} (expected 11 bytes)`,
    )
  })
})
