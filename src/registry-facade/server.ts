/** The facade registry on loopback (a thin node:http server over routes.ts), for one pull, then closed. */
import { createReadStream } from 'node:fs'
import { createServer } from 'node:http'
import { answer, type FacadeContent } from './routes.js'

export interface Facade {
  /** `127.0.0.1:PORT`: a loopback registry, which Docker reaches over plain HTTP. */
  host: string
  close(): Promise<void>
}

/**
 * Listens at once; requests are answered once `content` resolves (a pull can start while the content is being
 * found), as a registry without any repository when it resolves to nothing.
 */
export async function startFacade(content: Promise<FacadeContent | undefined>): Promise<Facade> {
  const served = content.catch(() => undefined)
  const server = createServer((req, res) => {
    void served.then((c) => {
      const a = answer(c, req.method ?? 'GET', (req.url ?? '/').split('?')[0] as string)
      res.writeHead(a.status, a.headers)
      if ('file' in a) {
        const file = createReadStream(a.file)
        file.on('error', () => res.destroy())
        file.pipe(res)
      } else res.end(a.body)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      resolve()
    })
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}
