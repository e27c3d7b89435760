/** The Actions cache service over HTTP: finds an entry and opens its archive as a stream. Decisions: service.ts. */
import type { Readable } from 'node:stream'
import { errorMessage } from '../errors.js'
import { RegistryError } from '../oci/errors.js'
import { retryLoop, systemClock, type Clock, type RetryPolicy } from '../oci/retry.js'
import type { Transport } from '../oci/transport.js'
import { lookupRequest, parseLookup, type CacheHit, type CacheService } from './service.js'

/** Three attempts in all, 0.25 s then 0.5 s apart. */
const LOOKUP_RETRY: RetryPolicy = {
  maxAttempts: 3,
  initialDelayMs: 250,
  maxDelayMs: 500,
  factor: 2,
  jitter: 0,
  totalTimeMs: Number.POSITIVE_INFINITY, // the attempts bound it
}

/** Whether an answer is worth asking again: the service was busy or failed (as `@actions/cache` retries). */
const retryable = (status: number): boolean => status === 0 || status === 429 || status >= 500

/** A failed lookup worth another attempt; `error` is what is thrown if none is left. */
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
  const req = lookupRequest(service, keys, version)
  const attempt = async () => {
    let res
    try {
      res = await transport.request({
        method: req.method,
        url: new URL(req.url),
        headers: req.headers,
        ...(req.body === undefined ? {} : { body: Buffer.from(req.body) }),
      })
    } catch (e) {
      throw new TryAgain(new Error(`the cache service did not answer: ${errorMessage(e)}`))
    }
    try {
      return parseLookup(service, res.status, Buffer.from(res.body).toString('utf8'))
    } catch (e) {
      // a retryable status is never a hit: parseLookup refuses it
      throw retryable(res.status) && e instanceof Error ? new TryAgain(e) : e
    }
  }
  return retryLoop(attempt, {
    policy: LOOKUP_RETRY,
    clock,
    classify: (e) => (e instanceof TryAgain ? { error: e.error, reason: e.message } : undefined),
  })
}

/** The entry's archive, as it arrives. Errors name the entry, never its URL (it is signed: a secret). */
export async function openEntry(hit: CacheHit, transport: Transport): Promise<Readable> {
  const failed = (why: string) => new Error(`the download of the cache entry ${hit.key} ${why}`)
  let res
  try {
    res = await transport.request({ method: 'GET', url: new URL(hit.url), headers: {}, stream: true })
  } catch (e) {
    // the transport's RegistryError says the socket's code (its message redacts the signed query, but the code is
    // all that is needed here)
    const code = e instanceof RegistryError ? e.networkCode : (e as NodeJS.ErrnoException).code
    throw failed(`failed: ${code ?? errorMessage(e)}`)
  }
  const stream = res.stream
  if (res.status !== 200 || !stream) {
    stream?.destroy()
    throw failed(`answered ${res.status}`)
  }
  return stream // a connection lost midway fails it with "aborted" (ECONNRESET): no URL in that either
}
