/**
 * The Actions cache for the action's images, by the cache service's own protocol: a small record per image and
 * runner (its manifests, image-snapshot.ts) and an entry per blob, kept as it is, so that the daemon can download
 * each blob from the cache's URL itself. Signed download URLs are secrets: each is masked before anything could
 * print it (upload URLs never reach the log).
 */
import { createReadStream } from 'node:fs'
import { lookupEntry, readEntry, saveEntry } from '../../cache-service/client.js'
import { ownEntryVersion, type CacheService } from '../../cache-service/service.js'
import { mapLimit } from '../../oci/copy.js'
import { nodeTransport, type Transport } from '../../oci/transport.js'
import type { Digest } from '../../oci/types.js'
import { blobEntryKey, decodeSnapshot, encodeSnapshot, SNAPSHOT_MAX_BYTES } from './image-snapshot.js'
import type { ImageCache } from './images.js'

const SNAPSHOT_VERSION = ownEntryVersion('image-snapshot')
const BLOB_VERSION = ownEntryVersion('blob')

/** A call whose socket stalls this long fails (the step then fetches or pulls the image). */
const IDLE_TIMEOUT_MS = 30_000

/** Blob entries saved at once. */
const SAVE_CONCURRENCY = 3

export function actionsImageCache(service: CacheService, secret: (value: string) => void): ImageCache {
  /** A connection of its own for each call, closed after it (no idle keep-alive socket outlives the step). */
  const over = async <T>(fn: (t: Transport) => Promise<T>): Promise<T> => {
    const transport = nodeTransport({ timeoutMs: IDLE_TIMEOUT_MS })
    try {
      return await fn(transport)
    } finally {
      transport.close?.()
    }
  }
  const find = async (t: Transport, keys: string[], version: string) => {
    const hit = await lookupEntry(service, keys, version, t)
    if (hit) secret(hit.url)
    return hit
  }
  return {
    writable: service.writable,
    find: async (key, restoreKeys) =>
      service.readable ? over((t) => find(t, [key, ...restoreKeys], SNAPSHOT_VERSION)) : undefined,
    snapshot: async (hit) => decodeSnapshot(await over((t) => readEntry(hit, t, SNAPSHOT_MAX_BYTES))),
    blobUrls: (snapshot) =>
      over(async (t) => {
        const hits = await Promise.all(snapshot.blobs.map((b) => find(t, [blobEntryKey(b.digest)], BLOB_VERSION)))
        const urls = new Map<Digest, string>()
        snapshot.blobs.forEach((b, i) => hits[i] && urls.set(b.digest, hits[i].url))
        return urls
      }),
    save: (key, snapshot, files) =>
      over(async (t) => {
        await mapLimit(snapshot.blobs, SAVE_CONCURRENCY, async (b) => {
          const file = files.get(b.digest)
          if (!file) throw new Error(`no file for ${b.digest}`)
          const read = (start: number, end: number) =>
            end > start ? createReadStream(file, { start, end: end - 1 }) : new Uint8Array()
          await saveEntry(service, blobEntryKey(b.digest), BLOB_VERSION, { size: b.size, read }, t)
        })
        const record = encodeSnapshot(snapshot)
        const read = (start: number, end: number) => record.subarray(start, end)
        return saveEntry(service, key, SNAPSHOT_VERSION, { size: record.length, read }, t)
      }),
  }
}
