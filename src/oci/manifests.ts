/** Manifest endpoints (distribution-spec: pulling and pushing manifests), over a RegistrySession. */
import { decodeManifest, type Manifest } from './decode.js'
import { DigestMismatchError } from './errors.js'
import { formatReference, manifestIdentifier, type Reference } from './reference.js'
import type { RegistrySession } from './session.js'
import { digestOf, MANIFEST_ACCEPT, parseDigest, type Descriptor, type Digest } from './types.js'
import type { HttpResponse } from './transport.js'

export const pullScope = (r: Pick<Reference, 'repository'>): string => `repository:${r.repository}:pull`
export const pushScope = (r: Pick<Reference, 'repository'>): string => `repository:${r.repository}:pull,push`

const ACCEPT = { accept: MANIFEST_ACCEPT.join(', ') }

function manifestPath(ref: Reference): string {
  return `/v2/${ref.repository}/manifests/${manifestIdentifier(ref)}`
}

export interface FetchedManifest {
  descriptor: Descriptor
  bytes: Uint8Array
  /** The bytes, decoded and checked. */
  manifest: Manifest
}

/** HEAD a manifest: its descriptor, or undefined when the registry does not know it. */
export async function headManifest(session: RegistrySession, ref: Reference): Promise<Descriptor | undefined> {
  const res = await session.send({
    method: 'HEAD',
    registry: ref.registry,
    path: manifestPath(ref),
    scopes: [pullScope(ref)],
    headers: ACCEPT,
    ok: [200, 404],
  })
  if (res.status === 404) return undefined
  const announced = res.headers['docker-content-digest']
  if (!announced) return (await getManifest(session, ref)).descriptor
  const digest = parseDigest(announced)
  if (ref.digest && digest !== ref.digest) throw new DigestMismatchError(ref.digest, digest, formatReference(ref))
  return { mediaType: contentType(res) ?? '', digest, size: Number(res.headers['content-length'] ?? 0) }
}

/** GET a manifest; its bytes must hash to the reference's digest, if it has one, and to the announced one. */
export async function getManifest(session: RegistrySession, ref: Reference): Promise<FetchedManifest> {
  const res = await session.send({
    method: 'GET',
    registry: ref.registry,
    path: manifestPath(ref),
    scopes: [pullScope(ref)],
    headers: ACCEPT,
  })
  const bytes = res.body
  const digest = digestOf(bytes)
  const where = formatReference(ref)
  if (ref.digest && ref.digest !== digest) throw new DigestMismatchError(ref.digest, digest, where)
  checkAnnounced(res, digest, where)
  const manifest = decodeManifest(bytes, contentType(res), where)
  return { descriptor: { mediaType: manifest.mediaType, digest, size: bytes.length }, bytes, manifest }
}

/** PUT a manifest under a tag or a digest; returns its digest (checked against the registry's answer). */
export async function putManifest(
  session: RegistrySession,
  ref: Reference,
  bytes: Uint8Array,
  mediaType: string,
): Promise<Digest> {
  const digest = digestOf(bytes)
  const where = formatReference(ref)
  if (ref.digest && ref.digest !== digest) throw new DigestMismatchError(ref.digest, digest, where)
  const target = ref.digest ? ref : { ...ref, tag: ref.tag ?? 'latest' }
  const res = await session.send({
    method: 'PUT',
    registry: ref.registry,
    path: manifestPath(target),
    scopes: [pushScope(ref)],
    headers: { 'content-type': mediaType },
    body: bytes,
  })
  checkAnnounced(res, digest, where)
  return digest
}

function checkAnnounced(res: HttpResponse, digest: Digest, where: string): void {
  const announced = res.headers['docker-content-digest']
  if (announced?.startsWith('sha256:') && announced !== digest) throw new DigestMismatchError(announced, digest, where)
}

function contentType(res: HttpResponse): string | undefined {
  return res.headers['content-type']?.split(';')[0]?.trim() || undefined
}
