/**
 * The Actions cache service as `@actions/cache` reads it (pure): which API, where, with which token, and how an
 * entry it saved is named (its version) and unpacked. Reading an entry here, rather than through `@actions/cache`'s
 * `restoreCache`, lets its archive be streamed into a program instead of downloaded and extracted first.
 */
import { createHash } from 'node:crypto'

/** How `@actions/cache` compressed an entry: zstd when the runner has it, else gzip. */
export type Compression = 'zstd-without-long' | 'gzip'

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

/** The version `@actions/cache` files an entry of these paths (as written) under. */
export function entryVersion(paths: readonly string[], compression: Compression): string {
  return createHash('sha256')
    .update([...paths, compression, '1.0'].join('|'))
    .digest('hex')
}

/** A program and its arguments, run with stdin and stdout piped. */
export interface Filter {
  command: string
  args: string[]
}

/**
 * The programs that turn an entry's archive, read from stdin, into its file's content on stdout (the entry holds
 * one file): the decompressor, then `tar`. Two processes rather than `tar --use-compress-program`, which copies
 * the archive once more through tar on its way to the decompressor (about 0.2 s of CPU more for 126 MB here).
 */
export function unpackToStdout(compression: Compression): Filter[] {
  const decompress = compression === 'gzip' ? { command: 'gzip', args: ['-dc'] } : { command: 'unzstd', args: ['-c'] }
  return [decompress, { command: 'tar', args: ['-xO', '-f', '-'] }]
}

export interface LookupRequest {
  url: string
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
}

const TWIRP_LOOKUP = '/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL'

/** The request for the entry of `keys[0]`, else the newest whose key starts with one of the others. */
export function lookupRequest(service: CacheService, keys: readonly string[], version: string): LookupRequest {
  const authorization = `Bearer ${service.token}`
  const agent = { 'user-agent': 'multiarch-publish' } // the service's own clients always say who asks
  if (service.api === 'v2') {
    const [key = '', ...restoreKeys] = keys
    return {
      url: new URL(TWIRP_LOOKUP, service.url).href,
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json', ...agent },
      body: JSON.stringify({ key, restore_keys: restoreKeys, version }),
    }
  }
  return {
    url: `${service.url}_apis/artifactcache/cache?keys=${encodeURIComponent(keys.join(','))}&version=${version}`,
    method: 'GET',
    headers: { authorization, accept: 'application/json;api-version=6.0-preview.1', ...agent },
  }
}

/** The service's answer: a hit, undefined for a miss; throws for an answer that is neither. */
export function parseLookup(service: CacheService, status: number, text: string): CacheHit | undefined {
  if (service.api === 'v1' && status === 204) return undefined
  if (status !== 200) throw new Error(`the cache service answered ${status}: ${text.slice(0, 200)}`)
  let body: Record<string, unknown>
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    throw new Error('the cache service answered 200 with a body that is not JSON')
  }
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
