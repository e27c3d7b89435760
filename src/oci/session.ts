/**
 * One registry conversation: pick the scheme (HTTPS; plain HTTP as a fallback only for loopback or insecure
 * registries), learn the auth challenge from `GET /v2/`, then send requests with Authorization, retries for
 * idempotent ones, redirects for reads, and spec errors turned into RegistryError.
 */
import { Authenticator } from './auth.js'
import { parseChallenges, pickChallenge, type Challenge } from './challenge.js'
import { anonymous, type CredentialSource } from './credentials.js'
import { parseErrorBody, RegistryError } from './errors.js'
import { DEFAULT_RETRY_POLICY, parseRetryAfter, systemClock, withRetry, type Clock, type RetryPolicy } from './retry.js'
import type { HttpRequest, HttpResponse, Transport } from './transport.js'

export interface SessionOptions {
  transport: Transport
  credentials?: CredentialSource
  /** Registry hosts (host[:port]) that may be reached over plain HTTP. Loopback ones always may. */
  insecureRegistries?: readonly string[]
  retry?: RetryPolicy
  clock?: Clock
}

export interface RegistryRequest {
  method: string
  registry: string
  /** Path and query under the registry, e.g. `/v2/library/alpine/manifests/latest`; or an absolute URL. */
  path: string | URL
  scopes: readonly string[]
  headers?: Record<string, string>
  body?: HttpRequest['body']
  /** Statuses to return instead of throwing; default 2xx. */
  ok?: readonly number[]
  /** Default: true for GET, HEAD, PUT, DELETE without a stream body. */
  idempotent?: boolean
  stream?: boolean
}

interface Endpoint {
  base: URL
  challenge: Challenge | undefined
}

const MAX_REDIRECTS = 5

export function isLoopbackHost(host: string): boolean {
  const name = host
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
  return name === 'localhost' || name.endsWith('.localhost') || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name)
}

/** Docker Hub's registry API is not at docker.io (which redirects to the website) but at registry-1.docker.io. */
export const DOCKER_HUB_API = 'registry-1.docker.io'

/** The host that serves a registry's API: the registry itself, but for Docker Hub. */
export function apiHost(registry: string): string {
  return registry === 'docker.io' || registry === 'index.docker.io' ? DOCKER_HUB_API : registry
}

export class RegistrySession {
  private readonly endpoints = new Map<string, Promise<Endpoint>>()
  private readonly auth: Authenticator
  private readonly retry: RetryPolicy
  private readonly clock: Clock

  constructor(private readonly opts: SessionOptions) {
    this.retry = opts.retry ?? DEFAULT_RETRY_POLICY
    this.clock = opts.clock ?? systemClock
    this.auth = new Authenticator({
      credentials: opts.credentials ?? anonymous,
      send: (req, idempotent) => this.withRetry(() => opts.transport.request(req), idempotent),
      clock: this.clock,
      allowHttp: (host) => this.allowHttp(host),
    })
  }

  allowHttp(host: string): boolean {
    return isLoopbackHost(host) || (this.opts.insecureRegistries ?? []).includes(host)
  }

  /** Sends a request; throws RegistryError unless the status is acceptable. */
  async send(req: RegistryRequest): Promise<HttpResponse> {
    const endpoint = await this.endpoint(req.registry)
    const idempotent = req.idempotent ?? (['GET', 'HEAD', 'PUT', 'DELETE'].includes(req.method) && !isStream(req.body))
    return this.withRetry(() => this.attempt(req, endpoint), idempotent)
  }

  private withRetry<T>(fn: () => Promise<T>, idempotent: boolean): Promise<T> {
    return withRetry(fn, { policy: this.retry, clock: this.clock, idempotent })
  }

  private async attempt(req: RegistryRequest, ep: Endpoint): Promise<HttpResponse> {
    let url = typeof req.path === 'string' ? new URL(req.path, ep.base) : req.path
    let res = await this.exchange(req, url, ep)
    if (res.status === 401 && !isStream(req.body)) {
      res.stream?.destroy()
      const again = this.reauth(req, ep, res)
      res = await this.exchange(again.req, url, again.ep)
    }
    for (let n = 0; isRedirect(res.status) && (req.method === 'GET' || req.method === 'HEAD'); n++) {
      if (n >= MAX_REDIRECTS) break
      res.stream?.destroy()
      const next = new URL(res.headers.location ?? '', url)
      const sameOrigin = next.origin === ep.base.origin
      url = next
      res = sameOrigin ? await this.exchange(req, url, ep) : await this.opts.transport.request(plain(req, url))
    }
    return this.check(req, url, res)
  }

  private async exchange(req: RegistryRequest, url: URL, ep: Endpoint): Promise<HttpResponse> {
    // credentials go to the registry's own origin only, never to a host an upload Location points at
    const authorization =
      url.origin === ep.base.origin ? await this.auth.header(req.registry, ep.challenge, req.scopes) : undefined
    const headers = { ...req.headers, ...(authorization ? { authorization } : {}) }
    return this.opts.transport.request({ ...plain(req, url), headers })
  }

  /** After a 401: forget the token, take the challenge (and any extra scope) the answer carries. */
  private reauth(req: RegistryRequest, ep: Endpoint, res: HttpResponse): { req: RegistryRequest; ep: Endpoint } {
    this.auth.invalidate(req.registry, ep.challenge, req.scopes)
    const challenge = pickChallenge(parseChallenges(res.headers['www-authenticate'] ?? '')) ?? ep.challenge
    const scope = challenge?.params.scope
    const scopes = scope && !req.scopes.includes(scope) ? [...req.scopes, scope] : req.scopes
    return { req: { ...req, scopes }, ep: { base: ep.base, challenge } }
  }

  private async check(req: RegistryRequest, url: URL, res: HttpResponse): Promise<HttpResponse> {
    const ok = req.ok ? req.ok.includes(res.status) : res.status >= 200 && res.status < 300
    if (ok) return res
    const body = res.stream ? await drain(res.stream) : res.body
    const retryAfterMs = parseRetryAfter(res.headers['retry-after'], this.clock.now())
    throw new RegistryError({
      method: req.method,
      url,
      status: res.status,
      errors: parseErrorBody(body),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    })
  }

  /** The registry's base URL and challenge, from `GET /v2/` (cached; forgotten on failure). */
  private endpoint(registry: string): Promise<Endpoint> {
    let ep = this.endpoints.get(registry)
    if (!ep) {
      ep = this.ping(registry)
      this.endpoints.set(registry, ep)
      ep.catch(() => this.endpoints.delete(registry))
    }
    return ep
  }

  private async ping(registry: string): Promise<Endpoint> {
    const schemes = this.allowHttp(registry) ? ['https', 'http'] : ['https']
    for (const [i, scheme] of schemes.entries()) {
      const base = new URL(`${scheme}://${apiHost(registry)}/`)
      const req = { method: 'GET', url: new URL('/v2/', base), headers: {} }
      const last = i === schemes.length - 1
      try {
        const res = last ? await this.withRetry(() => this.pingOnce(req), true) : await this.pingOnce(req)
        const challenge =
          res.status === 401 ? pickChallenge(parseChallenges(res.headers['www-authenticate'] ?? '')) : undefined
        return { base, challenge }
      } catch (e) {
        // a certificate problem means the server speaks TLS: plain HTTP would only hide the real error
        if (last || !(e instanceof RegistryError) || e.status !== 0 || isCertificateError(e)) throw e
      }
    }
    throw new Error('unreachable')
  }

  private async pingOnce(req: HttpRequest): Promise<HttpResponse> {
    const res = await this.opts.transport.request(req)
    if (res.status >= 500 || res.status === 429) {
      const retryAfterMs = parseRetryAfter(res.headers['retry-after'], this.clock.now())
      throw new RegistryError({
        method: 'GET',
        url: req.url,
        status: res.status,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      })
    }
    return res
  }
}

function plain(req: RegistryRequest, url: URL): HttpRequest {
  const out: HttpRequest = { method: req.method, url, headers: { ...req.headers } }
  if (req.body !== undefined) out.body = req.body
  if (req.stream) out.stream = true
  return out
}

function isStream(body: HttpRequest['body']): boolean {
  return body !== undefined && !(body instanceof Uint8Array)
}

function isCertificateError(e: RegistryError): boolean {
  return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(e.networkCode ?? '')
}

function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status)
}

async function drain(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer))
  return Buffer.concat(chunks)
}
