/**
 * A small token server for Distribution's `auth: token` (docs/spec/auth/token.md): checks HTTP Basic
 * credentials, grants every requested repository scope, signs an RS256 JWT whose header carries the
 * certificate (x5c) found in the registry's rootcertbundle. Listens on loopback only.
 */
import { execFileSync } from 'node:child_process'
import { randomUUID, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { defined } from '../../unit/support/defined.js'

export interface TokenRequest {
  user: string | undefined
  scopes: string[]
}

export interface TokenServer {
  realm: string
  service: string
  issuer: string
  certFile: string
  /** Every token request, in order. */
  requests: TokenRequest[]
  /** The `auth: token:` block for startRegistry's extraYaml. */
  registryYaml: string
  stop(): Promise<void>
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url')

/** Creates the signing key and its self-signed certificate in `dir`, then listens on a free loopback port. */
export async function startTokenServer(dir: string, users: Record<string, string>): Promise<TokenServer> {
  const keyFile = join(dir, 'token.key')
  const certFile = join(dir, 'token.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=multiarch-publish token signer',
    ],
    { stdio: 'ignore' },
  )
  const key = readFileSync(keyFile, 'utf8')
  const certDer = readFileSync(certFile, 'utf8').replace(/-----[^-]+-----|\s/g, '')
  const service = 'multiarch-publish-registry'
  const issuer = 'multiarch-publish-token-issuer'
  const requests: TokenRequest[] = []
  const mint = (user: string, scopes: string[]) => {
    const header = { typ: 'JWT', alg: 'RS256', x5c: [certDer] }
    const now = Math.floor(Date.now() / 1000)
    const access = scopes.map(parseScope).filter((a) => a !== undefined)
    const claims = {
      iss: issuer,
      sub: user,
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    }
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`
    return `${input}.${b64url(sign('sha256', Buffer.from(input), key))}`
  }
  const server = createServer((req, res) => {
    answer(req, res, users, requests, mint)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const addr = server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  const realm = `http://127.0.0.1:${port}/token`
  const registryYaml = `auth:\n  token:\n    realm: ${realm}\n    service: ${service}\n    issuer: ${issuer}\n    rootcertbundle: ${certFile}\n`
  return {
    realm,
    service,
    issuer,
    certFile,
    requests,
    registryYaml,
    stop: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve()
        }),
      ),
  }
}

function answer(
  req: IncomingMessage,
  res: ServerResponse,
  users: Record<string, string>,
  requests: TokenRequest[],
  mint: (user: string, scopes: string[]) => string,
): void {
  const url = new URL(req.url ?? '/', 'http://x')
  const scopes = url.searchParams
    .getAll('scope')
    .flatMap((s) => s.split(' '))
    .filter(Boolean)
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1]
  const [user, ...rest] = basic ? Buffer.from(basic, 'base64').toString().split(':') : []
  requests.push({ user, scopes })
  if (user === undefined || users[user] !== rest.join(':')) {
    res.writeHead(401, { 'content-type': 'application/json' }).end('{"details":"invalid credentials"}')
    return
  }
  const token = mint(user, scopes)
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, expires_in: 300 }))
}

function parseScope(scope: string): { type: string; name: string; actions: string[] } | undefined {
  const m = /^([^:]+):(.+):([^:]*)$/.exec(scope)
  if (!m) return undefined
  // every group takes part in a match
  const group = (i: number) => defined(m[i], `group ${i} of the scope '${scope}'`)
  return { type: group(1), name: group(2), actions: group(3).split(',').filter(Boolean) }
}
