import { decodeManifest } from '../../../src/oci/decode.js'
import { formatReference, type Reference } from '../../../src/oci/reference.js'
import { digestOf, type Descriptor, type Digest } from '../../../src/oci/types.js'
import type { MergeRegistry } from '../../../src/modes/merge/run.js'

/** Image configs made by imageManifest, by digest (blobs are content-addressed: any repository may serve them). */
const configs = new Map<string, Uint8Array>()

interface Stored {
  bytes: Uint8Array
  mediaType: string
}

const repo = (r: Reference) => `${r.registry}/${r.repository}`

/** Manifests in memory, per repository, by digest and by tag; records every write. */
export function fakeRegistry(): MergeRegistry & {
  add(image: string, json: object): Descriptor
  writes: string[]
  tagOf(image: string, tag: string): Digest | undefined
  json(image: string, digest: Digest): unknown
} {
  const manifests = new Map<string, Stored>()
  const tags = new Map<string, Digest>()
  const writes: string[] = []
  const lookup = (r: Reference): Stored | undefined => {
    const digest = r.digest ?? tags.get(`${repo(r)}:${r.tag ?? 'latest'}`)
    return digest ? manifests.get(`${repo(r)}@${digest}`) : undefined
  }
  const store = (r: Reference, bytes: Uint8Array, mediaType: string): Digest => {
    const digest = digestOf(bytes)
    manifests.set(`${repo(r)}@${digest}`, { bytes, mediaType })
    if (r.tag !== undefined) tags.set(`${repo(r)}:${r.tag}`, digest)
    return digest
  }
  return {
    writes,
    add(image, json) {
      const [registry, ...rest] = image.split('/')
      const bytes = new TextEncoder().encode(JSON.stringify(json))
      const mediaType = (json as { mediaType: string }).mediaType
      const digest = store({ registry: registry as string, repository: rest.join('/') }, bytes, mediaType)
      return { mediaType, digest, size: bytes.length }
    },
    tagOf: (image, tag) => tags.get(`${image}:${tag}`),
    json: (image, digest) =>
      JSON.parse(new TextDecoder().decode(manifests.get(`${image}@${digest}`)?.bytes)) as unknown,
    getManifest(r) {
      const m = lookup(r)
      if (!m) return Promise.reject(new Error(`MANIFEST_UNKNOWN ${formatReference(r)}`))
      // the executor turns a decoding error into a rejection, as the client's is
      return new Promise((resolve) => {
        const manifest = decodeManifest(m.bytes, m.mediaType, formatReference(r))
        resolve({
          descriptor: { mediaType: m.mediaType, digest: digestOf(m.bytes), size: m.bytes.length },
          bytes: m.bytes,
          manifest,
        })
      })
    },
    headManifest(r) {
      const m = lookup(r)
      return Promise.resolve(m && { mediaType: m.mediaType, digest: digestOf(m.bytes), size: m.bytes.length })
    },
    putManifest(r, bytes, mediaType) {
      writes.push(`put ${formatReference(r)}`)
      return Promise.resolve(store(r, bytes, mediaType))
    },
    getBlob(r, digest) {
      const bytes = configs.get(digest)
      if (!bytes) return Promise.reject(new Error(`BLOB_UNKNOWN ${formatReference(r)} ${digest}`))
      return Promise.resolve(bytes)
    },
    copyManifest(from, to) {
      const m = lookup(from)
      if (!m) return Promise.reject(new Error(`MANIFEST_UNKNOWN ${formatReference(from)}`))
      if (repo(from) !== repo(to)) {
        writes.push(`copy ${formatReference(from)} -> ${repo(to)}`)
        store({ registry: to.registry, repository: to.repository }, m.bytes, m.mediaType)
      }
      return Promise.resolve({ mediaType: m.mediaType, digest: digestOf(m.bytes), size: m.bytes.length })
    },
  }
}

/**
 * A single-platform image manifest as buildx pushes it by digest (the docker driver: no attestations), with its
 * config (holding `created` when given) served by every fake registry.
 */
export function imageManifest(seed: string, created?: string): object {
  const d = (c: string) => `sha256:${c.repeat(64)}`
  const config = new TextEncoder().encode(
    JSON.stringify({ ...(created === undefined ? {} : { created }), os: 'linux', architecture: 'amd64', seed }),
  )
  const digest = digestOf(config)
  configs.set(digest, config)
  return {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest, size: config.length },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: d('f'), size: 1000 }],
  }
}
