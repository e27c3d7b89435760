/**
 * Decoding what a registry serves into typed values, once, at the client's edge: image indexes, image manifests
 * (OCI and Docker schema 2) and image configs. Anything malformed is a ManifestDecodeError that says where and
 * what; nothing past this module casts JSON to a manifest type. Pure.
 */
import { fromOciPlatform, type Platform } from './platform.js'
import {
  declaredMediaType,
  IMAGE_MEDIA_TYPES,
  INDEX_MEDIA_TYPES,
  parseDigest,
  type Descriptor,
  type ImageIndex,
  type ImageManifest,
  type OciPlatform,
} from './types.js'

/** A decoded manifest: an index, an image, or something else (an artifact type this client does not read). */
export type Manifest =
  | { kind: 'index'; mediaType: string; index: ImageIndex }
  | { kind: 'image'; mediaType: string; image: ImageManifest }
  | { kind: 'other'; mediaType: string }

export class ManifestDecodeError extends Error {
  constructor(where: string, why: string) {
    super(`${where}: the registry served a malformed manifest: ${why}`)
    this.name = 'ManifestDecodeError'
  }
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function parseJson(bytes: Uint8Array, where: string, what: string): Json {
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    throw new ManifestDecodeError(where, `${what} is not JSON`)
  }
  if (!isObject(json)) throw new ManifestDecodeError(where, `${what} is not a JSON object`)
  return json
}

function stringRecord(v: unknown, field: string, fail: (why: string) => never): Record<string, string> | undefined {
  if (v === undefined) return undefined
  if (!isObject(v) || Object.values(v).some((x) => typeof x !== 'string')) fail(`${field} is not a map of strings`)
  return v as Record<string, string>
}

function decodePlatform(v: unknown, field: string, fail: (why: string) => never): OciPlatform | undefined {
  if (v === undefined) return undefined
  if (!isObject(v) || typeof v.os !== 'string' || typeof v.architecture !== 'string') {
    fail(`${field} has no os and architecture`)
  }
  const p: OciPlatform = { os: v.os, architecture: v.architecture }
  if (typeof v.variant === 'string') p.variant = v.variant
  if (typeof v['os.version'] === 'string') p['os.version'] = v['os.version']
  if (Array.isArray(v['os.features'])) p['os.features'] = v['os.features'].filter((f) => typeof f === 'string')
  return p
}

function decodeDescriptor(v: unknown, field: string, fail: (why: string) => never): Descriptor {
  if (!isObject(v)) fail(`${field} is not a descriptor`)
  const { mediaType, digest, size } = v
  if (typeof mediaType !== 'string') fail(`${field} has no mediaType`)
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) fail(`${field} has no valid size`)
  let d: Descriptor['digest']
  try {
    d = parseDigest(typeof digest === 'string' ? digest : '')
  } catch {
    fail(`${field} has no valid digest`)
  }
  const out: Descriptor = { mediaType, digest: d, size }
  const platform = decodePlatform(v.platform, `${field}.platform`, fail)
  if (platform) out.platform = platform
  const annotations = stringRecord(v.annotations, `${field}.annotations`, fail)
  if (annotations) out.annotations = annotations
  if (typeof v.artifactType === 'string') out.artifactType = v.artifactType
  if (Array.isArray(v.urls)) out.urls = v.urls.filter((u) => typeof u === 'string')
  return out
}

/** Decodes manifest bytes; `contentType` is the registry's Content-Type, used when the body declares none. */
export function decodeManifest(bytes: Uint8Array, contentType: string | undefined, where: string): Manifest {
  const fail = (why: string): never => {
    throw new ManifestDecodeError(where, why)
  }
  const json = parseJson(bytes, where, 'the manifest')
  const mediaType = declaredMediaType(json) ?? contentType ?? ''
  const isIndex = INDEX_MEDIA_TYPES.includes(mediaType)
  if (!isIndex && !IMAGE_MEDIA_TYPES.includes(mediaType)) return { kind: 'other', mediaType }
  if (json.schemaVersion !== 2) fail(`schemaVersion is ${JSON.stringify(json.schemaVersion)}, not 2`)
  const annotations = stringRecord(json.annotations, 'annotations', fail)
  if (isIndex) {
    if (!Array.isArray(json.manifests)) fail('an index without a manifests list')
    const manifests = (json.manifests as unknown[]).map((m, i) => decodeDescriptor(m, `manifests[${i}]`, fail))
    const index: ImageIndex = { schemaVersion: 2, mediaType, manifests }
    if (annotations) index.annotations = annotations
    return { kind: 'index', mediaType, index }
  }
  const config = decodeDescriptor(json.config, 'config', fail)
  if (json.layers !== undefined && !Array.isArray(json.layers)) fail('layers is not a list')
  const layers = ((json.layers ?? []) as unknown[]).map((l, i) => decodeDescriptor(l, `layers[${i}]`, fail))
  const image: ImageManifest = { schemaVersion: 2, mediaType, config, layers }
  if (json.subject !== undefined) image.subject = decodeDescriptor(json.subject, 'subject', fail)
  if (annotations) image.annotations = annotations
  if (typeof json.artifactType === 'string') image.artifactType = json.artifactType
  return { kind: 'image', mediaType, image }
}

/** The platform an image config names (`os`, `architecture`, `variant`); undefined when it names none we know. */
export function decodeConfigPlatform(bytes: Uint8Array, where: string): Platform | undefined {
  const json = parseJson(bytes, where, 'the image config')
  const str = (k: string) => (typeof json[k] === 'string' ? json[k] : undefined)
  return fromOciPlatform({ os: str('os'), architecture: str('architecture'), variant: str('variant') })
}

/**
 * When an image config says the image was made (`created`, RFC 3339, optional in the image spec); undefined when
 * it gives none. A value that is not a date is a ManifestDecodeError: it would make the merged index's time up.
 */
export function decodeConfigCreated(bytes: Uint8Array, where: string): Date | undefined {
  const created = parseJson(bytes, where, 'the image config').created
  if (created === undefined || created === null || created === '') return undefined
  const date = typeof created === 'string' && RFC3339.test(created) ? new Date(created) : undefined
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new ManifestDecodeError(where, `created is ${JSON.stringify(created)}, not an RFC 3339 time`)
  }
  return date
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i

/** Children of a manifest: the manifests of an index, or the config and layers of an image. */
export function childrenOf(m: Manifest): Descriptor[] {
  if (m.kind === 'index') return m.index.manifests
  if (m.kind === 'image') return [m.image.config, ...m.image.layers]
  return []
}
