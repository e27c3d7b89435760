/**
 * The Actions cache for the action's images: entries found and streamed into `docker load` by the cache service's
 * own protocol (download, unzstd, tar and `docker load` at once, no archive on disk), saved by `@actions/cache` (loaded
 * only when an image is saved: it is most of the bundle's size). Both name an entry the same way: its paths and
 * compression make its version, as `@actions/cache` computes it.
 */
import { lookupEntry, openEntry } from '../../cache-service/client.js'
import { entryVersion, unpackToStdout, type CacheService, type Compression } from '../../cache-service/service.js'
import { nodeTransport, type Transport } from '../../oci/transport.js'
import type { Docker } from '../../tools/docker.js'
import type { Runner } from '../../tools/runner.js'
import type { ImageCache } from './images.js'

/** As `@actions/cache` decides it: zstd when `zstd --quiet --version` says anything, else gzip. */
export async function compressionOf(runner: Runner): Promise<Compression> {
  try {
    const res = await runner.run('zstd', ['--quiet', '--version'], { silent: true })
    return `${res.stdout}${res.stderr}`.trim() === '' ? 'gzip' : 'zstd-without-long'
  } catch {
    return 'gzip' // no zstd on the PATH
  }
}

/** A download that stalls this long fails (the step then pulls the image). */
const IDLE_TIMEOUT_MS = 30_000

export function actionsImageCache(
  service: CacheService,
  runner: Runner,
  docker: Pick<Docker, 'loadImageStream'>,
  secret: (value: string) => void,
): ImageCache {
  let compression: Promise<Compression> | undefined
  const method = () => (compression ??= compressionOf(runner))
  /** A connection of its own for each call, closed after it (no idle keep-alive socket outlives the step). */
  const over = async <T>(fn: (t: Transport) => Promise<T>): Promise<T> => {
    const transport = nodeTransport({ timeoutMs: IDLE_TIMEOUT_MS })
    try {
      return await fn(transport)
    } finally {
      transport.close?.()
    }
  }
  return {
    writable: service.writable,
    find: async (path, key, restoreKeys) => {
      if (!service.readable) return undefined
      const version = entryVersion([path], await method())
      const hit = await over((t) => lookupEntry(service, [key, ...restoreKeys], version, t))
      if (hit) secret(hit.url) // signed: masked in the log, as @actions/cache masks it
      return hit
    },
    load: (hit) =>
      over(async (t) => {
        const [archive, unpack] = await Promise.all([openEntry(hit, t), method()])
        await docker.loadImageStream(archive, unpackToStdout(unpack))
      }),
    save: async (path, key) => (await import('@actions/cache')).saveCache([path], key),
  }
}
