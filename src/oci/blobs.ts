/**
 * Blob endpoints (distribution-spec: checking, mounting, pushing blobs). A blob goes from one registry to
 * another as a stream: GET from the source piped into a monolithic upload (POST, then PUT with the digest).
 * Uploads are not idempotent and are never retried blindly.
 */
import { RegistryError } from './errors.js'
import { pullScope, pushScope } from './manifests.js'
import type { Reference } from './reference.js'
import type { RegistrySession } from './session.js'
import type { Readable } from 'node:stream'
import { digestOf, type Digest } from './types.js'

const blobPath = (ref: Reference, digest: Digest) => `/v2/${ref.repository}/blobs/${digest}`
const uploadsPath = (ref: Reference) => `/v2/${ref.repository}/blobs/uploads/`

export async function blobExists(session: RegistrySession, ref: Reference, digest: Digest): Promise<boolean> {
  const res = await session.send({
    method: 'HEAD',
    registry: ref.registry,
    path: blobPath(ref, digest),
    scopes: [pullScope(ref)],
    ok: [200, 404],
  })
  return res.status === 200
}

/** A small blob's bytes (an image config), checked against its digest. Not for layers: they are streamed. */
export async function getBlob(session: RegistrySession, ref: Reference, digest: Digest): Promise<Uint8Array> {
  const res = await session.send({
    method: 'GET',
    registry: ref.registry,
    path: blobPath(ref, digest),
    scopes: [pullScope(ref)],
  })
  if (digestOf(res.body) !== digest) {
    throw new RegistryError({
      method: 'GET',
      url: `${ref.registry}${blobPath(ref, digest)}`,
      status: res.status,
      detail: `the blob's bytes do not match ${digest}`,
    })
  }
  return res.body
}

/** A blob as it arrives, with its size (the registry's Content-Length). The caller checks it against the digest. */
export async function openBlob(
  session: RegistrySession,
  ref: Reference,
  digest: Digest,
): Promise<{ stream: Readable; size: number }> {
  const res = await session.send({
    method: 'GET',
    registry: ref.registry,
    path: blobPath(ref, digest),
    scopes: [pullScope(ref)],
    stream: true,
  })
  const size = Number(res.headers['content-length'])
  if (!res.stream || !Number.isSafeInteger(size)) {
    res.stream?.destroy()
    throw new RegistryError({
      method: 'GET',
      url: `${ref.registry}${blobPath(ref, digest)}`,
      status: res.status,
      detail: 'no blob size',
    })
  }
  return { stream: res.stream, size }
}

/** Cross-repository mount within one registry: true when mounted (201), false when refused (202). */
export async function mountBlob(
  session: RegistrySession,
  target: Reference,
  digest: Digest,
  fromRepository: string,
): Promise<boolean> {
  const query = new URLSearchParams({ mount: digest, from: fromRepository })
  const res = await session.send({
    method: 'POST',
    registry: target.registry,
    path: `${uploadsPath(target)}?${query.toString()}`,
    scopes: [pushScope(target), pullScope({ repository: fromRepository })],
    ok: [201, 202],
  })
  if (res.status === 201) return true
  await cancelUpload(session, target, res.headers.location)
  return false
}

/** Best effort: a refused mount opened an upload session nobody will use. */
async function cancelUpload(session: RegistrySession, target: Reference, location: string | undefined): Promise<void> {
  if (!location) return
  await session
    .send({
      method: 'DELETE',
      registry: target.registry,
      path: location,
      scopes: [pushScope(target)],
      idempotent: false,
    })
    .catch(() => undefined)
}

/** Copies a blob unless the target has it: a mount within one registry, else a streamed download and upload. */
export async function copyBlob(
  session: RegistrySession,
  from: Reference,
  to: Reference,
  digest: Digest,
): Promise<void> {
  if (await blobExists(session, to, digest)) return
  if (from.registry === to.registry && from.repository !== to.repository) {
    if (await mountBlob(session, to, digest, from.repository)) return
  }
  const { stream, size } = await openBlob(session, from, digest)
  try {
    await upload(session, to, digest, stream, String(size))
  } finally {
    stream.destroy()
  }
}

async function upload(
  session: RegistrySession,
  to: Reference,
  digest: Digest,
  body: Readable | Uint8Array,
  length: string,
): Promise<void> {
  const start = await session.send({
    method: 'POST',
    registry: to.registry,
    path: uploadsPath(to),
    scopes: [pushScope(to)],
    ok: [202],
  })
  const location = start.headers.location
  if (!location)
    throw new RegistryError({
      method: 'POST',
      url: `https://${to.registry}${uploadsPath(to)}`,
      status: 202,
      detail: 'no upload Location',
    })
  const sep = location.includes('?') ? '&' : '?'
  await session.send({
    method: 'PUT',
    registry: to.registry,
    path: `${location}${sep}digest=${encodeURIComponent(digest)}`,
    scopes: [pushScope(to)],
    headers: { 'content-type': 'application/octet-stream', 'content-length': length },
    body,
    ok: [201],
    idempotent: false,
  })
}

/** Pushes bytes as a blob (monolithic upload) unless the repository has it; returns its digest. */
export async function pushBlob(session: RegistrySession, to: Reference, bytes: Uint8Array): Promise<Digest> {
  const digest = digestOf(bytes)
  if (!(await blobExists(session, to, digest))) await upload(session, to, digest, bytes, String(bytes.length))
  return digest
}
