/**
 * The legs from the explicit `digests` input instead of the cache: each digest's platforms are read from the
 * registry (an index lists them; a single image manifest names its platform only in its config blob).
 */
import { platformOf } from '../oci/index.js'
import type { Reference } from '../oci/reference.js'
import { parseReference, withDigest } from '../oci/reference.js'
import { IMAGE_MEDIA_TYPES, type Digest, type ImageIndex, type ImageManifest } from '../oci/types.js'
import { configPlatform } from '../publish/verify.js'
import type { DigestRef } from './digests.js'
import type { LegResult } from './keys.js'
import { LegError, type ManifestReader } from './resolve.js'
import type { HandoffStore } from './store.js'

/** Where the merge gets the legs from: the cache handoff, or the explicit digests. */
export type LegSource = Pick<HandoffStore, 'load'>

/** Reads a blob's bytes (for an image's config). Optional: without it, digests must point at indexes. */
export interface BlobReader {
  getBlob(ref: Reference, digest: Digest): Promise<Uint8Array>
}

/** Every platform the digests hold is found (so extra ones surface as unexpected); expected ones left are missing. */
export function explicitLegSource(
  refs: readonly DigestRef[],
  registry: ManifestReader & Partial<BlobReader>,
): LegSource {
  return {
    async load(_image: string, platforms: string[]) {
      const found: LegResult[] = []
      for (const ref of refs) {
        for (const platform of await platformsOf(ref, registry)) found.push({ ...ref, platform })
      }
      return { found, missing: platforms.filter((p) => !found.some((l) => l.platform === p)) }
    },
  }
}

async function platformsOf(ref: DigestRef, registry: ManifestReader & Partial<BlobReader>): Promise<string[]> {
  const source = withDigest(parseReference(ref.image), ref.digest)
  const { descriptor, json } = await registry.getManifest(source)
  if (!IMAGE_MEDIA_TYPES.includes(descriptor.mediaType)) {
    const platforms = ((json as ImageIndex).manifests ?? []).map(platformOf).filter((p) => p !== undefined)
    return [...new Set(platforms)]
  }
  if (!registry.getBlob) {
    throw new LegError(`${ref.image}@${ref.digest} is a single image: its platform cannot be read without its config`)
  }
  const config = (json as ImageManifest).config
  const bytes = await registry.getBlob(source, config.digest)
  const platform = configPlatform(JSON.parse(new TextDecoder().decode(bytes)))
  if (!platform) throw new LegError(`${ref.image}@${ref.digest}: its config names no platform`)
  return [platform]
}
