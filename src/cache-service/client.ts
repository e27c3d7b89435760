/** The Actions cache service over HTTP: finds, reads and saves entries. Requests and answers: service.ts. */
import type { Readable } from 'node:stream'
import { errorMessage } from '../errors.js'
import { RegistryError } from '../oci/errors.js'
import { retryLoop, systemClock, type Clock, type RetryPolicy } from '../oci/retry.js'
import type { Transport } from '../oci/transport.js'
import {
  checkCommit,
  commitRequest,
  lookupRequest,
  parseLookup,
  parseReserve,
  reserveRequest,
  uploaded,
  uploadRequests,
  type CacheHit,
  type CacheService,
  type ServiceRequest,
} from './service.js'

/** A call to the service (lookup, reserve, commit): three attempts in all, 0.25 s then 0.5 s apart. */
const CALL_RETRY: RetryPolicy = {
  maxAttempts: 3,
  initialDelayMs: 250,
  maxDelayMs: 500,
  factor: 2,
  jitter: 0,
  totalTimeMs: Number.POSITIVE_INFINITY, // the attempts bound it
}

/** Whether an answer is worth asking again: the service was busy or failed (as `@actions/cache` retries). */
const retryable = (status: number): boolean => status === 0 || status === 429 || status >= 500

/** A failed call worth another attempt; `error` is what is thrown if none is left. */
class TryAgain extends Error {
  constructor(readonly error: Error) {
    super(error.message)
  }
}

/**
 * The entry of `keys[0]`, else the newest whose key starts with one of the others; undefined when none. A refused
 * or failed lookup is tried again twice (0.25 s, then 0.5 s later), then thrown.
 */
export async function lookupEntry(
  service: CacheService,
  keys: readonly string[],
  version: string,
  transport: Transport,
  clock: Clock = systemClock,
): Promise<CacheHit | undefined> {
  return call(transport, lookupRequest(service, keys, version), clock, (status, text) =>
    parseLookup(service, status, text),
  )
}

/**
 * One call to the service, its answer parsed; a call that got no answer, or a busy or failed service's answer, is
 * tried again twice (0.25 s, then 0.5 s later), then thrown.
 */
function call<T>(
  transport: Transport,
  req: ServiceRequest,
  clock: Clock,
  parse: (status: number, text: string) => T,
): Promise<T> {
  return retryLoop(
    async () => {
      const res = await send(transport, req)
      if (retryable(res.status))
        throw new TryAgain(new Error(`the cache service answered ${res.status}: ${res.text.slice(0, 200)}`))
      return parse(res.status, res.text)
    },
    {
      policy: CALL_RETRY,
      clock,
      classify: (e) => (e instanceof TryAgain ? { error: e.error, reason: e.message } : undefined),
    },
  )
}

/** Sends a request to the service; a request that got no answer is worth another attempt. */
async function send(transport: Transport, req: ServiceRequest): Promise<{ status: number; text: string }> {
  try {
    const res = await transport.request({
      method: req.method,
      url: new URL(req.url),
      headers: req.headers,
      ...(req.body === undefined ? {} : { body: Buffer.from(req.body) }),
    })
    return { status: res.status, text: Buffer.from(res.body).toString('utf8') }
  } catch (e) {
    throw new TryAgain(new Error(`the cache service did not answer: ${errorMessage(e)}`))
  }
}

/**
 * A request to a signed URL that got no answer, said by the socket's code: the transport's RegistryError carries
 * it (its message redacts the signed query, but the code is all that is needed).
 */
function socketFailure(e: unknown): string {
  const code = e instanceof RegistryError ? e.networkCode : (e as NodeJS.ErrnoException).code
  return code ?? errorMessage(e)
}

/** The entry's bytes, as it arrives. Errors name the entry, never its URL (it is signed: a secret). */
export async function openEntry(hit: CacheHit, transport: Transport): Promise<Readable> {
  const failed = (why: string) => new Error(`the download of the cache entry ${hit.key} ${why}`)
  let res
  try {
    res = await transport.request({ method: 'GET', url: new URL(hit.url), headers: {}, stream: true })
  } catch (e) {
    throw failed(`failed: ${socketFailure(e)}`)
  }
  const stream = res.stream
  if (res.status !== 200 || !stream) {
    stream?.destroy()
    throw failed(`answered ${res.status}`)
  }
  return stream // a connection lost midway fails it with "aborted" (ECONNRESET): no URL in that either
}

/** A small entry's bytes, whole; one larger than `maxBytes` is refused. */
export async function readEntry(hit: CacheHit, transport: Transport, maxBytes: number): Promise<Buffer> {
  const stream = await openEntry(hit, transport)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) {
      stream.destroy()
      throw new Error(`the cache entry ${hit.key} is larger than ${maxBytes} bytes`)
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** What an entry is saved from: its size, and its bytes from `start` to `end` (exclusive). */
export interface EntrySource {
  size: number
  read(start: number, end: number): Readable | Uint8Array
}

/**
 * Saves an entry: reserve, upload, commit. `exists` when the service has it (or another job is saving it), `refused`
 * when it will not keep it. The service's calls are tried again (see call()); the upload is not (a failed one fails
 * the save). Errors name the key, never the upload URL (signed: a secret).
 */
export async function saveEntry(
  service: CacheService,
  key: string,
  version: string,
  source: EntrySource,
  transport: Transport,
  clock: Clock = systemClock,
): Promise<'saved' | 'exists' | 'refused'> {
  const reservation = await call(transport, reserveRequest(service, key, version, source.size), clock, (s, t) =>
    parseReserve(service, s, t),
  )
  if (reservation === 'exists' || reservation === 'refused') return reservation
  for (const { request, start, end } of uploadRequests(service, reservation, source.size)) {
    let status
    try {
      const res = await transport.request({
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body: source.read(start, end),
      })
      status = res.status
    } catch (e) {
      throw new Error(`the upload of the cache entry ${key} failed: ${socketFailure(e)}`)
    }
    if (!uploaded(status)) throw new Error(`the upload of the cache entry ${key} was answered ${status}`)
  }
  await call(transport, commitRequest(service, reservation, key, version, source.size), clock, (s, t) => {
    checkCommit(service, s, t)
  })
  return 'saved'
}
