// Forwards one HTTP request to a registry on loopback and streams the answer back: the core of the test and
// benchmark proxies (fault injection, delays, counting).
import { request } from 'node:http'

/** Sends `req` on to `target` (host:port) and pipes its answer into `res`; a failed upstream drops the client. */
export function forward(target, req, res) {
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
