/**
 * A multi-node build is one buildx build per node (src/modes/build/run.ts), each pushed by digest: buildx's own
 * multi-node merge pushes the merged index under `latest` and reports no digest. This joins their images (and the
 * attestations that refer to them) into one index, pushed by digest only; the publisher then verifies it and
 * moves the tags. And: which attestations an index holds, for the job summary.
 */
import type { Manifest } from '../oci/decode.js'
import { ATTESTATION_MANIFEST, composeIndex, indexBytes, platformOf, REFERENCE_TYPE_ANNOTATION } from '../oci/index.js'
import { toOciPlatform, type Platform } from '../oci/platform.js'
import { parseReference, withDigest, type Reference } from '../oci/reference.js'
import { digestOf, type Descriptor, type Digest } from '../oci/types.js'
import type { PublishRegistry } from './publisher.js'

/** buildx's annotation on an attestation manifest: the digest of the image it attests. */
const REFERENCE_DIGEST = 'vnd.docker.reference.digest'
/** The in-toto predicate type of an attestation layer. */
const PREDICATE_TYPE = 'in-toto.io/predicate-type'

export interface ComposePart {
  /** What one node's build pushed by digest (an index, or one image manifest). */
  digest: Digest
  platforms: Platform[]
}

/** The entries of the joined index that one part gives: its images of its platforms, and their attestations. */
async function entriesOf(client: Pick<PublishRegistry, 'getManifest'>, repo: Reference, part: ComposePart) {
  const { descriptor, manifest } = await client.getManifest(withDigest(repo, part.digest))
  if (manifest.kind === 'image') {
    if (part.platforms.length !== 1) throw new Error(`${part.digest} is one image, not ${part.platforms.join(', ')}`)
    return [{ ...descriptor, platform: toOciPlatform(part.platforms[0] as Platform) }]
  }
  if (manifest.kind !== 'index') throw new Error(`${part.digest} is a '${descriptor.mediaType}', not an image`)
  const children = manifest.index.manifests
  const images = children.filter((c) => {
    const p = platformOf(c)
    return p !== undefined && part.platforms.includes(p)
  })
  const held = images.map(platformOf)
  const missing = part.platforms.filter((p) => !held.includes(p))
  if (missing.length > 0) throw new Error(`${part.digest} holds no ${missing.join(', ')}; nothing was tagged`)
  const digests = new Set<string>(images.map((c) => c.digest))
  const attestations = children.filter(
    (c) =>
      c.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST &&
      digests.has(c.annotations[REFERENCE_DIGEST] ?? ''),
  )
  return [...images, ...attestations]
}

/**
 * Joins the parts into one index and puts it, by digest, in every image (each part was pushed to all of them).
 * Returns its digest and media type; no tag is written.
 */
export async function composeParts(
  client: Pick<PublishRegistry, 'getManifest' | 'putManifest'>,
  images: readonly string[],
  parts: readonly ComposePart[],
  annotations: Record<string, string> | undefined,
): Promise<{ digest: Digest; mediaType: string }> {
  const repos = images.map((i) => parseReference(i))
  const first = repos[0]
  if (!first) throw new Error('no image to compose the index in')
  const entries: Descriptor[] = []
  for (const part of parts) entries.push(...(await entriesOf(client, first, part)))
  const index = composeIndex(entries, annotations)
  const bytes = indexBytes(index)
  const digest = digestOf(bytes)
  for (const repo of repos) await client.putManifest(withDigest(repo, digest), bytes, index.mediaType)
  return { digest, mediaType: index.mediaType }
}

/** One attestation manifest of an index: the platform it is for, and the predicate types of its statements. */
export interface Attestation {
  platform?: Platform
  predicateTypes: string[]
}

/** The attestations an index holds (none for a single image manifest). */
export async function attestationsOf(
  client: Pick<PublishRegistry, 'getManifest'>,
  repo: Reference,
  index: Manifest,
): Promise<Attestation[]> {
  if (index.kind !== 'index') return []
  const platformOfDigest = new Map<string, Platform>()
  for (const m of index.index.manifests) {
    const p = platformOf(m)
    if (p !== undefined) platformOfDigest.set(m.digest, p)
  }
  const out: Attestation[] = []
  for (const m of index.index.manifests) {
    if (m.annotations?.[REFERENCE_TYPE_ANNOTATION] !== ATTESTATION_MANIFEST) continue
    const { manifest } = await client.getManifest(withDigest(repo, m.digest))
    const layers = manifest.kind === 'image' ? manifest.image.layers : []
    const types = layers.map((l) => l.annotations?.[PREDICATE_TYPE]).filter((t) => t !== undefined)
    out.push({
      platform: platformOfDigest.get(m.annotations[REFERENCE_DIGEST] ?? ''),
      predicateTypes: [...new Set(types)],
    })
  }
  return out
}
