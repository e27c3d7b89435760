/**
 * The Actions cache service's protocol (pure): which API, where, with which token (as `@actions/cache` decides it),
 * and the requests that find, reserve, upload and commit an entry, on both APIs (v2: Twirp, with the bytes on an
 * Azure Blob signed URL; v1: REST). The action keeps raw entries of its own (an image's blobs, each as it is), which
 * `@actions/cache` cannot write: its entries are tar archives.
 */
import { createHash } from 'node:crypto'

export interface CacheService {
  api: 'v1' | 'v2'
  /** The service's base URL (ends with `/`). */
  url: string
  token: string
  /** Whether the job may read it (`ACTIONS_CACHE_MODE` none or write-only say no, as `@actions/cache` reads it). */
  readable: boolean
  /** Whether it may write (`ACTIONS_CACHE_MODE` none or read say no). */
  writable: boolean
}

/** An entry the service found: its key, and where its archive is downloaded from (a signed URL: a secret). */
export interface CacheHit {
  key: string
  url: string
}

type Env = Readonly<Record<string, string | undefined>>

/** GitHub Enterprise Server has only the v1 API (as `@actions/cache` decides it). */
function isGhes(env: Env): boolean {
  let host: string
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase()
  } catch {
    return true
  }
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST')
}

const withSlash = (url: string): string => (url.endsWith('/') ? url : `${url}/`)

/** The job's cache service; undefined when it has none. */
export function cacheServiceOf(env: Env): CacheService | undefined {
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase()
  const readable = mode !== 'none' && mode !== 'write-only'
  const writable = mode !== 'none' && mode !== 'read'
  const token = env.ACTIONS_RUNTIME_TOKEN ?? ''
  const api = !isGhes(env) && (env.ACTIONS_CACHE_SERVICE_V2 ?? '') !== '' ? 'v2' : 'v1'
  const url = api === 'v2' ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL
  return token && url ? { api, url: withSlash(url), token, readable, writable } : undefined
}

/** The version of the action's own entries of a kind (an entry is found only under the version it was saved with). */
export function ownEntryVersion(kind: string): string {
  return createHash('sha256').update(`multiarch-publish|${kind}|1`).digest('hex')
}

export interface ServiceRequest {
  url: string
  method: 'GET' | 'POST' | 'PATCH' | 'PUT'
  headers: Record<string, string>
  body?: string
}

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/'
const V1_ACCEPT = 'application/json;api-version=6.0-preview.1'

function headers(service: CacheService, extra: Record<string, string>): Record<string, string> {
  // the service's own clients always say who asks
  return { authorization: `Bearer ${service.token}`, 'user-agent': 'multiarch-publish', ...extra }
}

function twirp(service: CacheService, method: string, body: object): ServiceRequest {
  return {
    url: new URL(`${TWIRP}${method}`, service.url).href,
    method: 'POST',
    headers: headers(service, { 'content-type': 'application/json' }),
    body: JSON.stringify(body),
  }
}

function v1(service: CacheService, method: ServiceRequest['method'], path: string, body?: object): ServiceRequest {
  const json: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' }
  return {
    url: `${service.url}_apis/artifactcache/${path}`,
    method,
    headers: headers(service, { accept: V1_ACCEPT, ...json }),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }
}

/** The request for the entry of `keys[0]`, else the newest whose key starts with one of the others. */
export function lookupRequest(service: CacheService, keys: readonly string[], version: string): ServiceRequest {
  if (service.api === 'v2') {
    const [key = '', ...restoreKeys] = keys
    return twirp(service, 'GetCacheEntryDownloadURL', { key, restore_keys: restoreKeys, version })
  }
  return v1(service, 'GET', `cache?keys=${encodeURIComponent(keys.join(','))}&version=${version}`)
}

/** The request that reserves an entry of `size` bytes under `key` and `version`. */
export function reserveRequest(service: CacheService, key: string, version: string, size: number): ServiceRequest {
  return service.api === 'v2'
    ? twirp(service, 'CreateCacheEntry', { key, version })
    : v1(service, 'POST', 'caches', { key, version, cacheSize: size })
}

/** A reserved entry: where its bytes go (v2: a signed Azure Blob URL, a secret), or its id (v1). */
export type Reservation = { api: 'v2'; uploadUrl: string } | { api: 'v1'; cacheId: number }

/**
 * The answer to a reservation: the reservation; `exists` when the entry exists or another job is saving it (409, as
 * both APIs answer it); `refused` when the service will not keep it (v2 `ok: false`: a read-only token, say).
 * Throws for any other answer.
 */
export function parseReserve(service: CacheService, status: number, text: string): Reservation | 'exists' | 'refused' {
  if (status === 409) return 'exists'
  if (status !== 200 && status !== 201) throw new Error(`the cache service answered ${status}: ${text.slice(0, 200)}`)
  const body = parseBody(status, text)
  if (service.api === 'v2') {
    if (body.ok !== true) return 'refused'
    const url = body.signed_upload_url ?? body.signedUploadUrl
    if (typeof url !== 'string' || !url) throw new Error('the cache service reserved an entry but gave no upload URL')
    return { api: 'v2', uploadUrl: url }
  }
  if (typeof body.cacheId !== 'number') throw new Error('the cache service reserved an entry but gave no cacheId')
  return { api: 'v1', cacheId: body.cacheId }
}

/** v1 takes an entry's bytes in chunks of at most this many (as `@actions/cache` sends them). */
export const V1_CHUNK_BYTES = 32 << 20

/**
 * The requests that upload `size` bytes to a reservation, each with the byte range it carries: one Put Blob on the
 * signed URL (v2; Azure takes up to 5000 MiB in one), or a PATCH per chunk (v1).
 */
export function uploadRequests(
  service: CacheService,
  r: Reservation,
  size: number,
): { request: ServiceRequest; start: number; end: number }[] {
  if (r.api === 'v2') {
    const request: ServiceRequest = {
      url: r.uploadUrl,
      method: 'PUT',
      headers: {
        'x-ms-blob-type': 'BlockBlob',
        'x-ms-version': '2020-04-08', // Put Blob of up to 5000 MiB needs 2019-12-12 or later
        'content-type': 'application/octet-stream',
        'content-length': String(size),
      },
    }
    return [{ request, start: 0, end: size }]
  }
  const chunks = []
  for (let start = 0; start < size; start += V1_CHUNK_BYTES) {
    const end = Math.min(size, start + V1_CHUNK_BYTES)
    const request = v1(service, 'PATCH', `caches/${r.cacheId}`)
    request.headers['content-type'] = 'application/octet-stream'
    request.headers['content-range'] = `bytes ${start}-${end - 1}/*`
    request.headers['content-length'] = String(end - start)
    chunks.push({ request, start, end })
  }
  return chunks
}

/** Whether an upload request's answer is a success (Azure: 201 Created; v1: 204). */
export const uploaded = (status: number): boolean => status === 201 || status === 204 || status === 200

/** The request that makes an uploaded entry of `size` bytes visible to lookups. */
export function commitRequest(
  service: CacheService,
  r: Reservation,
  key: string,
  version: string,
  size: number,
): ServiceRequest {
  return r.api === 'v2'
    ? twirp(service, 'FinalizeCacheEntryUpload', { key, version, size_bytes: String(size) })
    : v1(service, 'POST', `caches/${r.cacheId}`, { size })
}

/** Throws unless the commit's answer is a success. */
export function checkCommit(service: CacheService, status: number, text: string): void {
  if (status !== 200 && status !== 204) throw new Error(`the cache service answered ${status}: ${text.slice(0, 200)}`)
  if (service.api === 'v2' && parseBody(status, text).ok !== true)
    throw new Error(`the cache service did not finalize the entry: ${text.slice(0, 200)}`)
}

function parseBody(status: number, text: string): Record<string, unknown> {
  try {
    const body: unknown = JSON.parse(text)
    if (body && typeof body === 'object') return body as Record<string, unknown>
  } catch {
    // below
  }
  throw new Error(`the cache service answered ${status} with a body that is not a JSON object`)
}

/** The service's answer: a hit, undefined for a miss; throws for an answer that is neither. */
export function parseLookup(service: CacheService, status: number, text: string): CacheHit | undefined {
  if (service.api === 'v1' && status === 204) return undefined
  if (status !== 200) throw new Error(`the cache service answered ${status}: ${text.slice(0, 200)}`)
  const body = parseBody(status, text)
  const str = (v: unknown): string => (typeof v === 'string' ? v : '')
  if (service.api === 'v2') {
    if (body.ok !== true) return undefined
    const hit = {
      key: str(body.matched_key ?? body.matchedKey),
      url: str(body.signed_download_url ?? body.signedDownloadUrl),
    }
    if (!hit.key || !hit.url) throw new Error('the cache service found an entry but gave no key or download URL')
    return hit
  }
  const hit = { key: str(body.cacheKey), url: str(body.archiveLocation) }
  if (!hit.key || !hit.url) throw new Error('the cache service found an entry but gave no key or archive location')
  return hit
}
