/**
 * The wire: one HTTP exchange with node:http / node:https, keep-alive, extra trusted CAs, a per-request idle
 * timeout. No auth, no retries, no redirects here (see session.ts). Socket failures become RegistryError with
 * status 0 and the socket error code, so the retry policy can judge them.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { Readable } from 'node:stream'
import { rootCertificates } from 'node:tls'
import { RegistryError } from './errors.js'

export interface HttpRequest {
  method: string
  url: URL
  headers: Record<string, string>
  body?: Uint8Array | Readable
  /** Hand the response body over unread as `stream` (for blobs). */
  stream?: boolean
}

export interface HttpResponse {
  status: number
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Record<string, string>
  /** The whole body, unless the request asked for a stream (then empty). */
  body: Uint8Array
  stream?: Readable
}

export interface Transport {
  request(req: HttpRequest): Promise<HttpResponse>
  /** Closes idle keep-alive connections. */
  close?(): void
}

export interface NodeTransportOptions {
  /** PEM certificates trusted in addition to Node's bundled roots. */
  caCertificates?: string[]
  /** Fail a request whose socket stays idle this long. */
  timeoutMs?: number
}

export const DEFAULT_TIMEOUT_MS = 60_000

export function nodeTransport(opts: NodeTransportOptions = {}): Transport {
  const timeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const ca = opts.caCertificates?.length ? [...rootCertificates, ...opts.caCertificates] : undefined
  const http = new HttpAgent({ keepAlive: true, maxSockets: 16 })
  const https = new HttpsAgent({ keepAlive: true, maxSockets: 16, ...(ca ? { ca } : {}) })
  return {
    request: (req) => exchange(req, req.url.protocol === 'https:' ? https : http, timeout),
    close() {
      http.destroy()
      https.destroy()
    },
  }
}

function exchange(req: HttpRequest, agent: HttpAgent, timeout: number): Promise<HttpResponse> {
  const fail = (e: NodeJS.ErrnoException) =>
    new RegistryError({
      method: req.method,
      url: req.url,
      status: 0,
      networkCode: e.code ?? 'ECONNRESET',
      detail: e.message,
    })
  return new Promise((resolve, reject) => {
    const send = req.url.protocol === 'https:' ? httpsRequest : httpRequest
    const r = send(req.url, { method: req.method, headers: req.headers, agent, timeout }, (res) => {
      if (req.stream) {
        resolve({ status: res.statusCode ?? 0, headers: flatten(res), body: new Uint8Array(), stream: res })
        return
      }
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('error', (e) => {
        reject(fail(e))
      })
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: flatten(res), body: Buffer.concat(chunks) })
      })
    })
    r.on('timeout', () => r.destroy(Object.assign(new Error(`idle for ${timeout} ms`), { code: 'ETIMEDOUT' })))
    r.on('error', (e) => {
      reject(fail(e))
    })
    const body = req.body
    if (body === undefined || body instanceof Uint8Array) r.end(body)
    else {
      body.on('error', (e) => r.destroy(e))
      body.pipe(r)
    }
  })
}

function flatten(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(res.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v
  }
  return out
}
