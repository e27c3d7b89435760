/**
 * A loopback HTTP proxy in front of a registry that answers some requests itself with a fault: 503, 429 with
 * Retry-After, or a reset connection. Everything else is forwarded unchanged (Host included, so the registry's
 * upload Locations point back through the proxy), after `delayMs` if given (a slow registry).
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'

export type Fault = '503' | '429' | 'reset'

export interface ProxiedRequest {
  method: string
  path: string
  fault?: Fault
}

export interface FaultProxy {
  host: string
  /** Every request seen, with the fault it got if any. */
  log: ProxiedRequest[]
  stop(): Promise<void>
}

/** `decide` picks the fault (or none) for each request; `n` counts requests from 0. */
export async function startFaultProxy(
  target: string,
  decide: (req: { method: string; path: string }, n: number) => Fault | undefined,
  { delayMs = 0 }: { delayMs?: number } = {},
): Promise<FaultProxy> {
  const log: ProxiedRequest[] = []
  const server = createServer((req, res) => {
    const entry: ProxiedRequest = { method: req.method ?? '', path: req.url ?? '' }
    const fault = decide(entry, log.length)
    if (fault) entry.fault = fault
    log.push(entry)
    if (fault) {
      injure(fault, req, res)
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
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}

function injure(fault: Fault, req: IncomingMessage, res: ServerResponse): void {
  req.resume()
  if (fault === 'reset') {
    req.socket.resetAndDestroy()
    return
  }
  const body =
    fault === '429'
      ? '{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]}'
      : '{"errors":[{"code":"UNAVAILABLE","message":"try later"}]}'
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (fault === '429') headers['retry-after'] = '1'
  res.writeHead(Number(fault), headers).end(body)
}

function forward(target: string, req: IncomingMessage, res: ServerResponse): void {
  const [hostname, port] = target.split(':')
  const upstream = request(
    { hostname, port: Number(port), method: req.method, path: req.url, headers: req.headers },
    (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    },
  )
  upstream.on('error', () => res.destroy())
  req.pipe(upstream)
}
