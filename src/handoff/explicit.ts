/**
 * The legs from the explicit `digests` input instead of the cache: each digest's platforms are read from the
 * registry (an index lists them; a single image manifest names its platform only in its config blob).
 */
import { platformOf } from '../oci/index.js'
import type { Reference } from '../oci/reference.js'
import { parseReference, withDigest } from '../oci/reference.js'
import { decodeConfigPlatform } from '../oci/decode.js'
import type { Platform } from '../oci/platform.js'
import type { Digest } from '../oci/types.js'
import type { DigestRef } from './digests.js'
import type { LegResult } from './names.js'
import { LegError, type ManifestReader } from './resolve.js'
import type { LegSource } from './store.js'

/** Reads a blob's bytes (for an image's config). Optional: without it, digests must point at indexes. */
export interface BlobReader {
  getBlob(ref: Reference, digest: Digest): Promise<Uint8Array>
}

/** Every platform the digests hold: the expected ones are found, the others unexpected. */
export function explicitLegSource(
  refs: readonly DigestRef[],
  registry: ManifestReader & Partial<BlobReader>,
): LegSource {
  return {
    async load(platforms) {
      // read at once (each is a round trip or two), kept in the order given
      const each = await Promise.all(refs.map((ref) => platformsOf(ref, registry)))
      const held: LegResult[] = refs.flatMap((ref, i) => (each[i] ?? []).map((platform) => ({ ...ref, platform })))
      return {
        found: held.filter((l) => platforms.includes(l.platform)),
        missing: platforms.filter((p) => !held.some((l) => l.platform === p)),
        unexpected: held.filter((l) => !platforms.includes(l.platform)),
        elsewhere: [],
      }
    },
  }
}

async function platformsOf(ref: DigestRef, registry: ManifestReader & Partial<BlobReader>): Promise<Platform[]> {
  const source = withDigest(parseReference(ref.image), ref.digest)
  const { manifest } = await registry.getManifest(source)
  if (manifest.kind !== 'image') {
    const children = manifest.kind === 'index' ? manifest.index.manifests : []
    return [...new Set(children.map(platformOf).filter((p) => p !== undefined))]
  }
  if (!registry.getBlob) {
    throw new LegError(`${ref.image}@${ref.digest} is a single image: its platform cannot be read without its config`)
  }
  const bytes = await registry.getBlob(source, manifest.image.config.digest)
  const platform = decodeConfigPlatform(bytes, `${ref.image}@${ref.digest} config`)
  if (!platform) throw new LegError(`${ref.image}@${ref.digest}: its config names no platform`)
  return [platform]
}
