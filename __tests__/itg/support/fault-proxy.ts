/**
 * A loopback HTTP proxy in front of a registry that answers some requests itself with a fault: 503, 429 with
 * Retry-After, or a reset connection. Everything else is forwarded unchanged (Host included, so the registry's
 * upload Locations point back through the proxy), after `delayMs` if given (a slow registry). Every request is
 * logged with what it asked for (its kind and repository, from the distribution-spec path), so a test can count,
 * say, the blobs pulled of one image.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { forward } from '../../../scripts/lib/forward.mjs'

export type Fault = '503' | '429' | 'reset'

/** What a registry request asks for, from its path (distribution-spec endpoints). */
export type RequestKind = 'ping' | 'manifest' | 'blob' | 'upload' | 'tags' | 'other'

export interface RegistryRequest {
  method: string
  path: string
  kind: RequestKind
  /** The repository named in the path (`moby/buildkit`); '' for the ping. */
  repository: string
}

export interface ProxiedRequest extends RegistryRequest {
  fault?: Fault
}

export interface FaultProxy {
  host: string
  /** Every request seen, with the fault it got if any. */
  log: ProxiedRequest[]
  /** How many requests matched, e.g. { method: 'GET', kind: 'blob', repository: 'moby/buildkit' }: blob pulls. */
  count(match: Partial<ProxiedRequest>): number
  stop(): Promise<void>
}

export interface FaultProxyOptions {
  delayMs?: number
  /** The Retry-After of a 429, in seconds. */
  retryAfterSeconds?: number
}

/** The kind and repository of a registry request path. */
export function requestKind(path: string): { kind: RequestKind; repository: string } {
  const p = path.split('?')[0] ?? ''
  if (p === '/v2/' || p === '/v2') return { kind: 'ping', repository: '' }
  const m = /^\/v2\/(.+?)\/(manifests|blobs\/uploads|blobs|tags)(?:\/|$)/.exec(p)
  if (!m) return { kind: 'other', repository: '' }
  const kinds: Record<string, RequestKind> = {
    manifests: 'manifest',
    'blobs/uploads': 'upload',
    blobs: 'blob',
    tags: 'tags',
  }
  return { kind: kinds[m[2] ?? ''] ?? 'other', repository: m[1] ?? '' }
}

/**
 * Faults the first request matching each rule (one fault per rule): every operation the rules name meets a fault
 * once, and succeeds when tried again.
 */
export function faultOnce(
  rules: (Partial<RegistryRequest> & { fault: Fault })[],
): (req: RegistryRequest) => Fault | undefined {
  const used = new Set<number>()
  return (req) => {
    const i = rules.findIndex(
      ({ fault: _fault, ...match }, n) =>
        !used.has(n) && Object.entries(match).every(([k, v]) => req[k as keyof RegistryRequest] === v),
    )
    if (i < 0) return undefined
    used.add(i)
    return rules[i]?.fault
  }
}

/**
 * An outage: every request matching `match` fails for `ms` from the first one, with `faults` in turn. Longer than
 * the retries dockerd and BuildKit make on their own (a single fault is absorbed there), shorter than the action's.
 */
export function outage(
  ms: number,
  faults: readonly Fault[],
  match: Partial<RegistryRequest>,
  now: () => number = Date.now,
): (req: RegistryRequest) => Fault | undefined {
  let start: number | undefined
  let n = 0
  return (req) => {
    if (!Object.entries(match).every(([k, v]) => req[k as keyof RegistryRequest] === v)) return undefined
    start ??= now()
    return now() - start < ms ? faults[n++ % faults.length] : undefined
  }
}

/** The first fault any of these gives. */
export function anyOf(
  ...decide: ((req: RegistryRequest) => Fault | undefined)[]
): (req: RegistryRequest) => Fault | undefined {
  return (req) => {
    for (const d of decide) {
      const fault = d(req)
      if (fault) return fault
    }
    return undefined
  }
}

/** `decide` picks the fault (or none) for each request; `n` counts requests from 0. */
export async function startFaultProxy(
  target: string,
  decide: (req: RegistryRequest, n: number) => Fault | undefined,
  { delayMs = 0, retryAfterSeconds = 1 }: FaultProxyOptions = {},
): Promise<FaultProxy> {
  const log: ProxiedRequest[] = []
  const server = createServer((req, res) => {
    const path = req.url ?? ''
    const entry: ProxiedRequest = { method: req.method ?? '', path, ...requestKind(path) }
    const fault = decide(entry, log.length)
    if (fault) entry.fault = fault
    log.push(entry)
    if (fault) {
      injure(fault, req, res, retryAfterSeconds)
      return
    }
    if (delayMs > 0) {
      setTimeout(() => {
        forward(target, req, res)
      }, delayMs)
    } else forward(target, req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const addr = server.address()
  const port = typeof addr === 'object' && addr ? addr.port : 0
  return {
    host: `127.0.0.1:${port}`,
    log,
    count: (match) =>
      log.filter((r) => Object.entries(match).every(([k, v]) => r[k as keyof ProxiedRequest] === v)).length,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}

function injure(fault: Fault, req: IncomingMessage, res: ServerResponse, retryAfterSeconds: number): void {
  req.resume()
  if (fault === 'reset') {
    req.socket.resetAndDestroy()
    return
  }
  // the bodies Docker Hub and distribution send (dockerd shows only the message of a GET's error body)
  const body =
    fault === '429'
      ? '{"errors":[{"code":"TOOMANYREQUESTS","message":"You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"}]}'
      : '{"errors":[{"code":"UNAVAILABLE","message":"service unavailable"}]}'
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (fault === '429') headers['retry-after'] = String(retryAfterSeconds)
  res.writeHead(Number(fault), headers).end(body)
}
