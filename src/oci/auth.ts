/**
 * The auth handshake (distribution docs/spec/auth/token.md, as go-containerregistry's transport does it):
 * answer a registry's WWW-Authenticate challenge with Basic credentials, or with a Bearer token fetched from the
 * realm for the service and scopes and cached per scope until it expires. Credentials only ever go into
 * Authorization headers and token request bodies, never into URLs, errors or logs.
 */
import { type Challenge } from './challenge.js'
import { type Credential, type CredentialSource } from './credentials.js'
import { parseErrorBody, RegistryError } from './errors.js'
import type { Clock } from './retry.js'
import type { HttpRequest, HttpResponse } from './transport.js'

export * from './challenge.js'
export * from './credentials.js'

/** Tokens without expires_in live 60 s (token.md); renew this long before expiry. */
const DEFAULT_TOKEN_SECONDS = 60
const EXPIRY_MARGIN_MS = 10_000
const CLIENT_ID = 'multiarch-publish'

export interface AuthenticatorDeps {
  credentials: CredentialSource
  /** Sends a token request (the caller adds retries for idempotent ones). */
  send(req: HttpRequest, idempotent: boolean): Promise<HttpResponse>
  clock: Pick<Clock, 'now'>
  /** Whether a plain-HTTP token realm may be used for this host (loopback or marked insecure). */
  allowHttp(host: string): boolean
}

interface CachedToken {
  token: string
  expiresAt: number
}

export class Authenticator {
  private readonly tokens = new Map<string, Promise<CachedToken>>()

  constructor(private readonly deps: AuthenticatorDeps) {}

  /** The Authorization header for a request to `registry` needing `scopes`, or undefined for none. */
  async header(
    registry: string,
    challenge: Challenge | undefined,
    scopes: readonly string[],
  ): Promise<string | undefined> {
    if (!challenge) return undefined
    const cred = await this.deps.credentials.get(registry)
    if (challenge.scheme === 'basic') return basicHeader(cred)
    if (challenge.scheme !== 'bearer') return undefined
    if (cred?.registryToken) return `Bearer ${cred.registryToken}`
    const key = tokenKey(registry, challenge, scopes)
    const cached = this.tokens.get(key)
    if (cached) {
      const t = await cached.catch(() => undefined)
      if (t && t.expiresAt > this.deps.clock.now()) return `Bearer ${t.token}`
    }
    const fresh = this.fetchToken(challenge, scopes, cred)
    this.tokens.set(key, fresh)
    fresh.catch(() => this.tokens.delete(key))
    return `Bearer ${(await fresh).token}`
  }

  /** Forgets the token for these scopes (after a 401 despite it). */
  invalidate(registry: string, challenge: Challenge | undefined, scopes: readonly string[]): void {
    if (challenge) this.tokens.delete(tokenKey(registry, challenge, scopes))
  }

  private async fetchToken(ch: Challenge, scopes: readonly string[], cred?: Credential): Promise<CachedToken> {
    const realm = this.realmUrl(ch)
    const service = ch.params.service
    let req: HttpRequest
    if (cred?.identityToken) {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: cred.identityToken,
        client_id: CLIENT_ID,
      })
      if (service) form.set('service', service)
      if (scopes.length) form.set('scope', scopes.join(' '))
      const headers = { 'content-type': 'application/x-www-form-urlencoded' }
      req = { method: 'POST', url: realm, headers, body: new TextEncoder().encode(form.toString()) }
    } else {
      if (service) realm.searchParams.set('service', service)
      for (const s of scopes) realm.searchParams.append('scope', s)
      const auth = basicHeader(cred)
      req = { method: 'GET', url: realm, headers: auth ? { authorization: auth } : {} }
    }
    const res = await this.deps.send(req, req.method === 'GET')
    if (res.status !== 200) {
      const refused = cred ? 'the token server refused the credentials' : 'the token server refused anonymous access'
      const detail = res.status === 401 ? refused : 'token request failed'
      throw new RegistryError({
        method: req.method,
        url: realm,
        status: res.status,
        errors: parseErrorBody(res.body),
        detail,
      })
    }
    return this.parseToken(res, req, realm)
  }

  private parseToken(res: HttpResponse, req: HttpRequest, realm: URL): CachedToken {
    const json = JSON.parse(new TextDecoder().decode(res.body)) as {
      token?: string
      access_token?: string
      expires_in?: number
    }
    const token = json.token || json.access_token
    if (!token)
      throw new RegistryError({ method: req.method, url: realm, status: res.status, detail: 'no token in the answer' })
    const seconds = typeof json.expires_in === 'number' && json.expires_in > 0 ? json.expires_in : DEFAULT_TOKEN_SECONDS
    return { token, expiresAt: this.deps.clock.now() + seconds * 1000 - EXPIRY_MARGIN_MS }
  }

  private realmUrl(ch: Challenge): URL {
    const raw = ch.params.realm
    if (!raw) throw new Error('the registry sent a Bearer challenge without a realm')
    const url = new URL(raw)
    if (url.protocol === 'http:' && !this.deps.allowHttp(url.host)) {
      throw new Error(`refusing to send credentials to the plain-HTTP token realm ${url.origin}`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`unsupported token realm ${url.origin}`)
    return url
  }
}

function basicHeader(cred: Credential | undefined): string | undefined {
  if (cred?.username === undefined || cred.password === undefined) return undefined
  return `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`
}

function tokenKey(registry: string, ch: Challenge, scopes: readonly string[]): string {
  return [registry, ch.params.realm ?? '', ch.params.service ?? '', ...[...scopes].sort()].join('\n')
}
