/**
 * Registry errors (distribution-spec "Error Codes"), after go-containerregistry's transport.Error: the HTTP
 * status, the spec codes from the body, the request with its URL redacted, and whether retrying may help.
 * No message ever carries credentials: Authorization headers are never read here, URLs lose user info and
 * query values other than harmless ones.
 */
import { TEMPORARY_STATUSES } from './transient.js'

export const ErrorCode = {
  BLOB_UNKNOWN: 'BLOB_UNKNOWN',
  BLOB_UPLOAD_INVALID: 'BLOB_UPLOAD_INVALID',
  BLOB_UPLOAD_UNKNOWN: 'BLOB_UPLOAD_UNKNOWN',
  DIGEST_INVALID: 'DIGEST_INVALID',
  MANIFEST_BLOB_UNKNOWN: 'MANIFEST_BLOB_UNKNOWN',
  MANIFEST_INVALID: 'MANIFEST_INVALID',
  MANIFEST_UNKNOWN: 'MANIFEST_UNKNOWN',
  NAME_INVALID: 'NAME_INVALID',
  NAME_UNKNOWN: 'NAME_UNKNOWN',
  SIZE_INVALID: 'SIZE_INVALID',
  UNAUTHORIZED: 'UNAUTHORIZED',
  DENIED: 'DENIED',
  UNSUPPORTED: 'UNSUPPORTED',
  TOOMANYREQUESTS: 'TOOMANYREQUESTS',
} as const

/** Node socket errors worth retrying: resets, timeouts, a registry not (yet) listening. */
const TEMPORARY_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
])
const SAFE_QUERY_KEYS = new Set(['digest', 'mount', 'from', 'n', 'last', 'scope', 'service'])

export interface SpecError {
  code: string
  message?: string
}

export interface RegistryErrorInit {
  method: string
  url: string | URL
  /** 0 when no HTTP response arrived. */
  status: number
  errors?: SpecError[]
  /** Socket error code (ECONNRESET, ...) when no response arrived. */
  networkCode?: string
  /** Seconds or milliseconds the server asked to wait (Retry-After), as milliseconds. */
  retryAfterMs?: number
  detail?: string
  /** How many attempts were made before giving up (set by the retry loop). */
  attempts?: number
  elapsedMs?: number
}

export class RegistryError extends Error {
  readonly method: string
  /** The request URL, redacted. */
  readonly url: string
  readonly status: number
  readonly codes: string[]
  readonly errors: SpecError[]
  readonly networkCode?: string
  readonly retryAfterMs?: number
  /** Whether trying again later may succeed (429, 5xx, resets, timeouts). */
  readonly temporary: boolean
  readonly attempts: number

  constructor(private readonly init: RegistryErrorInit) {
    const url = redactUrl(init.url)
    const errors = init.errors ?? []
    super(describe(init, url, errors))
    this.name = 'RegistryError'
    this.method = init.method
    this.url = url
    this.status = init.status
    this.errors = errors
    this.codes = errors.map((e) => e.code)
    this.attempts = init.attempts ?? 1
    if (init.networkCode !== undefined) this.networkCode = init.networkCode
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs
    this.temporary =
      init.status === 0
        ? TEMPORARY_NETWORK_CODES.has(init.networkCode ?? '')
        : TEMPORARY_STATUSES.has(init.status) || this.codes.includes(ErrorCode.TOOMANYREQUESTS)
  }

  hasCode(code: string): boolean {
    return this.codes.includes(code)
  }

  /** The same error, saying how many attempts were made in how long. */
  afterAttempts(attempts: number, elapsedMs: number): RegistryError {
    return new RegistryError({ ...this.init, attempts, elapsedMs })
  }
}

function describe(init: RegistryErrorInit, url: string, errors: SpecError[]): string {
  const what = init.status === 0 ? `no response (${init.networkCode ?? 'network error'})` : `HTTP ${init.status}`
  const codes = errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ')
  const detail = codes || init.detail
  const tries =
    init.attempts !== undefined && init.attempts > 1
      ? ` (gave up after ${init.attempts} attempts in ${((init.elapsedMs ?? 0) / 1000).toFixed(1)}s)`
      : ''
  return `${init.method} ${url}: ${what}${detail ? `: ${detail}` : ''}${tries}`
}

/** Drops user info and replaces query values (upload state, signatures, tokens) except harmless ones. */
export function redactUrl(input: string | URL): string {
  let u: URL
  try {
    u = new URL(input.toString())
  } catch {
    return '<unparseable url>'
  }
  u.username = ''
  u.password = ''
  for (const key of [...u.searchParams.keys()]) {
    if (!SAFE_QUERY_KEYS.has(key.toLowerCase())) u.searchParams.set(key, 'REDACTED')
  }
  return u.toString()
}

/** `text` with every URL in it redacted (a command's error may quote a signed URL). */
export function redactUrlsIn(text: string): string {
  return text.replace(/https?:\/\/[^\s"'<>]+/g, (match) => {
    const [, url = match, tail = ''] = /^(.*?)([.,;:)]*)$/.exec(match) ?? [] // punctuation after a URL stays
    return `${redactUrl(url)}${tail}`
  })
}

/** The spec's error body `{"errors":[{"code","message","detail"}]}`; [] when the body is something else. */
export function parseErrorBody(body: Uint8Array): SpecError[] {
  try {
    const json = JSON.parse(new TextDecoder().decode(body)) as { errors?: unknown }
    if (!Array.isArray(json.errors)) return []
    const errors: unknown[] = json.errors
    return errors
      .filter(
        (e): e is { code: string; message?: unknown } =>
          typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string',
      )
      .map((e) =>
        typeof e.message === 'string' && e.message ? { code: e.code, message: e.message } : { code: e.code },
      )
  } catch {
    return []
  }
}

/** A manifest whose bytes do not hash to the digest asked for or announced. */
export class DigestMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
    where: string,
  ) {
    super(`${where}: content digest ${actual} does not match ${expected}`)
    this.name = 'DigestMismatchError'
  }
}
