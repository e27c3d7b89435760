/** The facade registry on loopback (a thin node:http server over routes.ts), for one pull, then closed. */
import { createReadStream } from 'node:fs'
import { createServer, type ServerResponse } from 'node:http'
import { answer, type Answer, type FacadeContent } from './routes.js'

export interface Facade {
  /** `127.0.0.1:PORT`: a loopback registry, which Docker reaches over plain HTTP. */
  host: string
  /** Whether any request reached it (a daemon that cannot reach loopback sends none). */
  reached(): boolean
  close(): Promise<void>
}

function send(res: ServerResponse, a: Answer): void {
  res.writeHead(a.status, a.headers)
  if ('file' in a) {
    const file = createReadStream(a.file)
    file.on('error', () => res.destroy())
    file.pipe(res)
  } else res.end(a.body)
}

const isPing = (path: string): boolean => path === '/v2/' || path === '/v2'

/**
 * Listens at once. The version check is answered at once (a client gives it a short timeout); the other requests
 * once `content` resolves (a pull can start while the content is being found), as a registry without any
 * repository when it resolves to nothing.
 */
export async function startFacade(content: Promise<FacadeContent | undefined>): Promise<Facade> {
  const served = content.catch(() => undefined)
  let reached = false
  const server = createServer((req, res) => {
    reached = true
    const method = req.method ?? 'GET'
    const path = (req.url ?? '/').split('?')[0] as string
    const reply = (c: FacadeContent | undefined) => {
      try {
        send(res, answer(c, method, path))
      } catch {
        res.destroy() // a header Node refuses, say: this request fails, the server goes on
      }
    }
    if (isPing(path)) reply(undefined)
    else void served.then(reply)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  server.on('error', () => undefined) // after listening, a failed connection is that connection's alone
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    host: `127.0.0.1:${port}`,
    reached: () => reached,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}
