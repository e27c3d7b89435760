/**
 * A read-only registry for one image (pure: request in, answer out), the part of the distribution spec a pull uses:
 * `/v2/`, manifests by tag or digest, blobs by digest. Manifests are served from memory; a blob from a local file,
 * or by a redirect to where it is kept (as Docker Hub sends blob GETs to its CDN): the daemon then downloads it from
 * there itself.
 */
import type { Digest } from '../oci/types.js'

/** Where a blob's bytes are: a URL the client is redirected to, or a local file. */
export type BlobSource = { url: string } | { file: string; size: number }

export interface FacadeContent {
  /** The repository served (`moby/buildkit`); any other name is unknown. */
  repository: string
  /** The tag the first manifest is served under too. */
  tag: string
  /** The manifests, the tag's first. */
  manifests: readonly { digest: Digest; mediaType: string; bytes: Uint8Array }[]
  blobs: ReadonlyMap<string, BlobSource>
}

export type Answer =
  | { status: number; headers: Record<string, string>; body?: Uint8Array }
  | { status: 200; headers: Record<string, string>; file: string }

const API_VERSION = { 'docker-distribution-api-version': 'registry/2.0' }

function error(status: number, code: string, message: string): Answer {
  const body = Buffer.from(JSON.stringify({ errors: [{ code, message }] }))
  return {
    status,
    headers: { ...API_VERSION, 'content-type': 'application/json', 'content-length': String(body.length) },
    body,
  }
}

const ROUTE = /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/

/** The answer to `method path` (the path without a query); a registry without `content` knows no repository. */
export function answer(content: FacadeContent | undefined, method: string, path: string): Answer {
  if (method !== 'GET' && method !== 'HEAD') return error(405, 'UNSUPPORTED', 'this registry only serves pulls')
  const head = method === 'HEAD'
  if (path === '/v2/' || path === '/v2') return { status: 200, headers: { ...API_VERSION, 'content-length': '0' } }
  const m = ROUTE.exec(path)
  if (!content || !m || m[1] !== content.repository)
    return error(404, 'NAME_UNKNOWN', 'repository name not known to registry')
  const ref = m[3] as string
  if (m[2] === 'manifests') {
    const manifest = ref === content.tag ? content.manifests[0] : content.manifests.find((x) => x.digest === ref)
    if (!manifest) return error(404, 'MANIFEST_UNKNOWN', 'manifest unknown')
    const headers = {
      ...API_VERSION,
      'content-type': manifest.mediaType,
      'content-length': String(manifest.bytes.length),
      'docker-content-digest': manifest.digest,
    }
    return head ? { status: 200, headers } : { status: 200, headers, body: manifest.bytes }
  }
  const blob = content.blobs.get(ref)
  if (!blob) return error(404, 'BLOB_UNKNOWN', 'blob unknown to registry')
  if ('url' in blob) return { status: 307, headers: { ...API_VERSION, location: blob.url, 'content-length': '0' } }
  const headers = {
    ...API_VERSION,
    'content-type': 'application/octet-stream',
    'content-length': String(blob.size),
    'docker-content-digest': ref,
  }
  return head ? { status: 200, headers } : { status: 200, headers, file: blob.file }
}
