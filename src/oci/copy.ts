/**
 * Copying a manifest into another repository (go-containerregistry's remote.Write of an index or image):
 * children and blobs first, each at most once, a few at a time; the manifest itself last, by digest.
 */
import { copyBlob } from './blobs.js'
import { getManifest, headManifest, putManifest } from './manifests.js'
import { withDigest, type Reference } from './reference.js'
import type { RegistrySession } from './session.js'
import { childrenOf } from './decode.js'
import type { Descriptor } from './types.js'

export const DEFAULT_CONCURRENCY = 4

/**
 * Runs `fn` over the items with at most `limit` running at once. After a failure no item is started; once the
 * running ones have ended, rejects with the first failure (nothing is left running behind the caller's back).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async () => {
    while (!failure && next < items.length) {
      const i = next++
      try {
        results[i] = await fn(items[i] as T)
      } catch (e) {
        failure ??= { error: e }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw failure.error
  return results
}

/** Makes `from` (a manifest or index, with its blobs and children) available in `to`'s repository. */
export async function copyManifest(
  session: RegistrySession,
  from: Reference,
  to: Reference,
  concurrency = DEFAULT_CONCURRENCY,
): Promise<Descriptor> {
  const { descriptor, bytes, manifest } = await getManifest(session, from)
  const target = withDigest(to, descriptor.digest)
  if (sameRepository(from, to) || (await headManifest(session, target))) return descriptor
  if (manifest.kind === 'index') {
    const children = manifest.index.manifests
    await mapLimit(children, concurrency, (c) => copyManifest(session, withDigest(from, c.digest), to, concurrency))
  } else {
    const blobs = childrenOf(manifest).filter((b) => !b.urls?.length)
    const unique = [...new Map(blobs.map((b) => [b.digest, b])).values()]
    await mapLimit(unique, concurrency, (b) => copyBlob(session, from, to, b.digest))
  }
  await putManifest(session, target, bytes, descriptor.mediaType)
  return descriptor
}

function sameRepository(a: Reference, b: Reference): boolean {
  return a.registry === b.registry && a.repository === b.repository
}
