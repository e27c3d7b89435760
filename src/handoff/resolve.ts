/**
 * From what a leg handed off to the entries of the merged index. A leg's digest is either one image manifest
 * (buildx without attestations) or an index of that image and its attestation manifests (buildx's default
 * provenance): the entries are the platform's manifest, and the attestations that refer to it.
 */
import type { RegistryClient } from '../oci/client.js'
import { decodeConfigCreated } from '../oci/decode.js'
import { platformOf, REFERENCE_TYPE_ANNOTATION, ATTESTATION_MANIFEST } from '../oci/index.js'
import { formatReference, parseReference, withDigest, type Reference } from '../oci/reference.js'
import { toOciPlatform } from '../oci/platform.js'
import type { Descriptor, Digest } from '../oci/types.js'
import type { LegResult } from './names.js'

/** The one registry call resolving needs. */
export type ManifestReader = Pick<RegistryClient, 'getManifest'>
/** And to read an image's config. */
export type ConfigReader = Pick<RegistryClient, 'getManifest' | 'getBlob'>

/** An entry of the merged index, and the repository its manifest is in (to copy it from). */
export interface IndexEntry {
  descriptor: Descriptor
  source: Reference
}

/** buildx's annotation on an attestation manifest: the digest of the image it attests. */
export const REFERENCE_DIGEST_ANNOTATION = 'vnd.docker.reference.digest'

export class LegError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LegError'
  }
}

export async function resolveLeg(leg: LegResult & { digest: Digest }, registry: ManifestReader): Promise<IndexEntry[]> {
  const source = withDigest(parseReference(leg.image), leg.digest)
  const { descriptor, manifest } = await registry.getManifest(source)
  const where = `${leg.image}@${leg.digest}`
  if (manifest.kind === 'image') {
    return [{ descriptor: { ...descriptor, platform: toOciPlatform(leg.platform) }, source }]
  }
  if (manifest.kind !== 'index') {
    throw new LegError(`${where} (${leg.platform}) is a '${descriptor.mediaType}', not an image or an index`)
  }
  const children = manifest.index.manifests
  const images = children.filter((c) => platformOf(c) === leg.platform)
  if (images.length === 0) {
    const held = children.map(platformOf).filter((p) => p !== undefined)
    throw new LegError(`${where} holds no ${leg.platform} image (it holds: ${held.join(', ') || 'none'})`)
  }
  const digests = new Set<string>(images.map((c) => c.digest))
  const attestations = children.filter(
    (c) =>
      c.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST &&
      digests.has(c.annotations[REFERENCE_DIGEST_ANNOTATION] ?? ''),
  )
  return [...images, ...attestations].map((descriptor) => ({ descriptor, source }))
}

/**
 * When a platform image of the merged index was made: its config's `created`. Undefined for an attestation
 * manifest, or an image whose config gives no time.
 */
export async function imageCreated(entry: IndexEntry, registry: ConfigReader): Promise<Date | undefined> {
  if (platformOf(entry.descriptor) === undefined) return undefined
  const ref = withDigest(entry.source, entry.descriptor.digest)
  const { manifest } = await registry.getManifest(ref)
  if (manifest.kind !== 'image') return undefined
  const config = await registry.getBlob(ref, manifest.image.config.digest)
  return decodeConfigCreated(config, `${formatReference(ref)} config`)
}
