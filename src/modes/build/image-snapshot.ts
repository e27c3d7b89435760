/**
 * What the Actions cache keeps of an image the action runs, for one runner (pure): the registry's manifests as it
 * served them (the reference's index, and the manifest of the runner's platform), and the blobs that manifest names
 * (config and layers), each saved as an entry of its own, as it is. A loopback registry (src/registry-facade) then
 * serves the manifests and sends the daemon to the cache for each blob: the daemon pulls the image as from any
 * registry, with the same digests, its bytes never passing through the action.
 */
import { childrenOf, decodeManifest, type Manifest } from '../../oci/decode.js'
import { digestOf, parseDigest, type Descriptor, type Digest } from '../../oci/types.js'
import { platformOf } from '../../oci/index.js'

export interface SnapshotManifest {
  digest: Digest
  mediaType: string
  bytes: Uint8Array
}

export interface ImageSnapshot {
  /** The reference's manifest (what a HEAD of it says): an index, or the image's manifest. */
  digest: Digest
  /** That manifest, then the platform's manifest when it is an index. */
  manifests: SnapshotManifest[]
  /** The config and layers of the platform's manifest. */
  blobs: { digest: Digest; size: number }[]
}

/** A snapshot record bigger than this is not one (it holds two manifests). */
export const SNAPSHOT_MAX_BYTES = 4 << 20

/** The key of a blob's own entry: content-addressed, shared by every image (and job) that has the blob. */
export function blobEntryKey(digest: Digest): string {
  return `multiarch-publish-blob-${digest.replace(':', '-')}`
}

const decode = (m: SnapshotManifest): Manifest => decodeManifest(m.bytes, m.mediaType, m.digest)

/** The variant a daemon on a runner of this architecture takes when an index offers several (as containerd's). */
const DEFAULT_VARIANT: Readonly<Record<string, string>> = { amd64: 'v1', arm64: 'v8', arm: 'v7' }

/**
 * The manifest of `linux/<arch>` in an index (attestations left out), of the variant the daemon takes: none or the
 * architecture's default first, else the first listed; undefined when it has none.
 */
export function platformManifest(m: Manifest, arch: string): Descriptor | undefined {
  if (m.kind !== 'index') return undefined
  const candidates = m.index.manifests.filter(
    (d) => platformOf(d) !== undefined && d.platform?.os === 'linux' && d.platform.architecture === arch,
  )
  const preferred = (d: Descriptor) => !d.platform?.variant || d.platform.variant === DEFAULT_VARIANT[arch]
  return candidates.find(preferred) ?? candidates[0]
}

/**
 * The snapshot of `top` (and, when it is an index, of `platform`, its runner's manifest). Throws when the manifests
 * do not make one image: an index without the platform's manifest, or anything but an image at the end.
 */
export function snapshotOf(top: SnapshotManifest, platform?: SnapshotManifest): ImageSnapshot {
  const manifests = platform ? [top, platform] : [top]
  const image = decode(manifests[manifests.length - 1] as SnapshotManifest)
  if (image.kind !== 'image') throw new Error(`${top.digest} is not an image for this runner's platform`)
  if (platform && !childrenOf(decode(top)).some((d) => d.digest === platform.digest))
    throw new Error(`${top.digest} does not list ${platform.digest}`)
  return { digest: top.digest, manifests, blobs: childrenOf(image).map((d) => ({ digest: d.digest, size: d.size })) }
}

interface Record1 {
  version: 1
  digest: string
  manifests: { digest: string; mediaType: string; data: string }[]
}

/** The record kept in the cache (its blobs are listed by the manifests themselves). */
export function encodeSnapshot(s: ImageSnapshot): Uint8Array {
  const record: Record1 = {
    version: 1,
    digest: s.digest,
    manifests: s.manifests.map((m) => ({
      digest: m.digest,
      mediaType: m.mediaType,
      data: Buffer.from(m.bytes).toString('base64'),
    })),
  }
  return Buffer.from(JSON.stringify(record))
}

/** A record read back; throws when it is not one this version wrote, or its manifests are not their digests. */
export function decodeSnapshot(bytes: Uint8Array): ImageSnapshot {
  const wrong = () => new Error('not an image snapshot of this version')
  const r = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown> | null
  if (r?.version !== 1 || !Array.isArray(r.manifests)) throw wrong()
  const manifests = r.manifests.map((m: unknown) => {
    const { digest, mediaType, data } = (m ?? {}) as Record<string, unknown>
    if (typeof digest !== 'string' || typeof mediaType !== 'string' || typeof data !== 'string') throw wrong()
    const manifest = Buffer.from(data, 'base64')
    if (digestOf(manifest) !== digest) throw new Error(`a manifest does not match its digest ${digest}`)
    return { digest: parseDigest(digest), mediaType, bytes: manifest }
  })
  const [top, platform, ...rest] = manifests
  if (!top || top.digest !== r.digest || rest.length > 0) throw wrong()
  return snapshotOf(top, platform)
}
