/**
 * OCI types, after the image spec (https://github.com/opencontainers/image-spec: descriptor.md, manifest.md,
 * image-index.md) and Docker's image manifest v2 schema 2, which registries still serve.
 */
import { createHash } from 'node:crypto'

/** A content digest `algorithm:hex`, checked by parseDigest or computed by digestOf. */
export type Digest = string & { readonly __brand: 'Digest' }

/** Hex lengths of the registered algorithms (image-spec descriptor.md "Registered algorithms"). */
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha512: 128 }

export class DigestError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DigestError'
  }
}

/** Checks `sha256:<64 lowercase hex>` (or sha512); throws DigestError otherwise. */
export function parseDigest(s: string): Digest {
  const m = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-f0-9]+)$/.exec(s)
  if (!m) throw new DigestError(`'${s}' is not a digest of the form sha256:<64 lowercase hex digits>`)
  const [, algorithm, hex] = m as unknown as [string, string, string]
  const want = DIGEST_HEX_LENGTH[algorithm]
  if (want === undefined) throw new DigestError(`'${s}': unsupported digest algorithm '${algorithm}'`)
  if (hex.length !== want) throw new DigestError(`'${s}': a ${algorithm} digest has ${want} hex digits`)
  return s as Digest
}

/** The sha256 digest of some bytes. */
export function digestOf(bytes: Uint8Array): Digest {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}` as Digest
}

export const MediaType = {
  OCI_INDEX: 'application/vnd.oci.image.index.v1+json',
  OCI_MANIFEST: 'application/vnd.oci.image.manifest.v1+json',
  OCI_CONFIG: 'application/vnd.oci.image.config.v1+json',
  OCI_LAYER: 'application/vnd.oci.image.layer.v1.tar',
  OCI_LAYER_GZIP: 'application/vnd.oci.image.layer.v1.tar+gzip',
  OCI_EMPTY: 'application/vnd.oci.empty.v1+json',
  DOCKER_MANIFEST_LIST: 'application/vnd.docker.distribution.manifest.list.v2+json',
  DOCKER_MANIFEST: 'application/vnd.docker.distribution.manifest.v2+json',
  DOCKER_CONFIG: 'application/vnd.docker.container.image.v1+json',
  DOCKER_LAYER_GZIP: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  DOCKER_FOREIGN_LAYER: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
} as const

/** Media types of manifests that list other manifests. */
export const INDEX_MEDIA_TYPES: readonly string[] = [MediaType.OCI_INDEX, MediaType.DOCKER_MANIFEST_LIST]
/** Media types of single-image manifests. */
export const IMAGE_MEDIA_TYPES: readonly string[] = [MediaType.OCI_MANIFEST, MediaType.DOCKER_MANIFEST]
/** The Accept header for manifests: OCI and Docker schema 2, images and indexes. */
export const MANIFEST_ACCEPT: readonly string[] = [...INDEX_MEDIA_TYPES, ...IMAGE_MEDIA_TYPES]

export interface OciPlatform {
  os: string
  architecture: string
  variant?: string
  'os.version'?: string
  'os.features'?: string[]
}

export interface Descriptor {
  mediaType: string
  digest: Digest
  size: number
  platform?: OciPlatform
  annotations?: Record<string, string>
  artifactType?: string
  urls?: string[]
}

export interface ImageIndex {
  schemaVersion: 2
  mediaType: string
  manifests: Descriptor[]
  annotations?: Record<string, string>
}

export interface ImageManifest {
  schemaVersion: 2
  mediaType: string
  config: Descriptor
  layers: Descriptor[]
  subject?: Descriptor
  annotations?: Record<string, string>
  artifactType?: string
}

/** The media type a manifest declares in its body, if any. */
export function declaredMediaType(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  const mt = (json as { mediaType?: unknown }).mediaType
  return typeof mt === 'string' ? mt : undefined
}
