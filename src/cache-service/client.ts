/** The Actions cache service over HTTP: finds an entry and opens its archive as a stream. Decisions: service.ts. */
import type { Readable } from 'node:stream'
import { errorMessage } from '../errors.js'
import { RegistryError } from '../oci/errors.js'
import type { Transport } from '../oci/transport.js'
import { lookupRequest, parseLookup, type CacheHit, type CacheService } from './service.js'

const ATTEMPTS = 3
const FIRST_DELAY_MS = 250

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms)
  })

/** Whether an answer is worth asking again: the service was busy or failed (as `@actions/cache` retries). */
const retryable = (status: number): boolean => status === 0 || status === 429 || status >= 500

/**
 * The entry of `keys[0]`, else the newest whose key starts with one of the others; undefined when none. A refused
 * or failed lookup is tried again twice (0.25 s, then 0.5 s later), then thrown.
 */
export async function lookupEntry(
  service: CacheService,
  keys: readonly string[],
  version: string,
  transport: Transport,
  delay: (ms: number) => Promise<void> = sleep,
): Promise<CacheHit | undefined> {
  const req = lookupRequest(service, keys, version)
  for (let attempt = 1; ; attempt++) {
    let status: number
    let text: string
    try {
      const res = await transport.request({
        method: req.method,
        url: new URL(req.url),
        headers: req.headers,
        ...(req.body === undefined ? {} : { body: Buffer.from(req.body) }),
      })
      status = res.status
      text = Buffer.from(res.body).toString('utf8')
    } catch (e) {
      if (attempt >= ATTEMPTS) throw new Error(`the cache service did not answer: ${errorMessage(e)}`)
      await delay(FIRST_DELAY_MS * 2 ** (attempt - 1))
      continue
    }
    if (retryable(status) && attempt < ATTEMPTS) {
      await delay(FIRST_DELAY_MS * 2 ** (attempt - 1))
      continue
    }
    return parseLookup(service, status, text)
  }
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
