/**
 * Pure index transformations (go-containerregistry's mutate, without the I/O): compose an image index from
 * per-platform manifests, and check an index against the platforms a publish promised.
 */
import { fromOciPlatform, type Platform } from './platform.js'
import { MediaType, type Descriptor, type Digest, type ImageIndex } from './types.js'

/** The annotation buildx puts on attestation manifests (docs.docker.com/build/metadata/attestations). */
export const REFERENCE_TYPE_ANNOTATION = 'vnd.docker.reference.type'
export const ATTESTATION_MANIFEST = 'attestation-manifest'

const DOCKER_CHILD_TYPES = new Set<string>([MediaType.DOCKER_MANIFEST, MediaType.DOCKER_MANIFEST_LIST])

/**
 * An index listing the manifests in order, each digest once. Like `docker buildx imagetools create`, a list of
 * only Docker schema 2 manifests without annotations gives a Docker manifest list; anything else an OCI index.
 */
export function composeIndex(manifests: Descriptor[], annotations?: Record<string, string>): ImageIndex {
  const seen = new Set<string>()
  const unique = manifests.filter((m) => !seen.has(m.digest) && seen.add(m.digest))
  const hasAnnotations = annotations !== undefined && Object.keys(annotations).length > 0
  const allDocker = unique.length > 0 && unique.every((m) => DOCKER_CHILD_TYPES.has(m.mediaType))
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: allDocker && !hasAnnotations ? MediaType.DOCKER_MANIFEST_LIST : MediaType.OCI_INDEX,
    manifests: unique.map(copyDescriptor),
  }
  if (hasAnnotations) index.annotations = { ...annotations }
  return index
}

function copyDescriptor(d: Descriptor): Descriptor {
  const out: Descriptor = { mediaType: d.mediaType, digest: d.digest, size: d.size }
  if (d.platform) out.platform = { ...d.platform }
  if (d.annotations) out.annotations = { ...d.annotations }
  if (d.artifactType) out.artifactType = d.artifactType
  if (d.urls) out.urls = [...d.urls]
  return out
}

/** The index serialised as registries will store it (the bytes whose digest names it). */
export function indexBytes(index: ImageIndex): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(index))
}

/** The platform a descriptor names (`linux/arm64`, ...); undefined for attestation manifests and platform-less ones. */
export function platformOf(d: Descriptor): Platform | undefined {
  if (d.annotations?.[REFERENCE_TYPE_ANNOTATION] === ATTESTATION_MANIFEST) return undefined
  const p = d.platform
  if (!p || (p.os === 'unknown' && p.architecture === 'unknown')) return undefined
  return fromOciPlatform(p)
}

export interface IndexVerification {
  /** No platform missing, none unexpected, none twice. */
  ok: boolean
  missing: Platform[]
  unexpected: Platform[]
  /** Platforms listed more than once. */
  duplicates: Platform[]
  /** The platforms the index holds, in its order (attestations left out). */
  platforms: Platform[]
  platformDigests: Partial<Record<Platform, Digest>>
}

/** Compares the platforms of an index with the expected ones; attestations are ignored. */
export function verifyIndex(index: ImageIndex, expectedPlatforms: readonly Platform[]): IndexVerification {
  const expected = [...new Set(expectedPlatforms)]
  const platforms: Platform[] = []
  const duplicates: Platform[] = []
  const platformDigests: Partial<Record<Platform, Digest>> = {}
  for (const m of index.manifests) {
    const p = platformOf(m)
    if (p === undefined) continue
    if (platforms.includes(p)) {
      if (!duplicates.includes(p)) duplicates.push(p)
      continue
    }
    platforms.push(p)
    platformDigests[p] = m.digest
  }
  const missing = expected.filter((p) => !platforms.includes(p))
  const unexpected = platforms.filter((p) => !expected.includes(p))
  const ok = missing.length === 0 && unexpected.length === 0 && duplicates.length === 0
  return { ok, missing, unexpected, duplicates, platforms, platformDigests }
}

/** The verification's findings in words: `missing linux/arm64; unexpected linux/s390x`. */
export function describeVerification(v: IndexVerification): string {
  const parts: string[] = []
  if (v.missing.length) parts.push(`missing ${v.missing.join(', ')}`)
  if (v.unexpected.length) parts.push(`unexpected ${v.unexpected.join(', ')}`)
  if (v.duplicates.length) parts.push(`more than one manifest for ${v.duplicates.join(', ')}`)
  return parts.join('; ')
}
