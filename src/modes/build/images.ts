/**
 * The images the action runs (binfmt, BuildKit), made present in the daemon before they are needed. A fresh runner
 * has neither, and Docker Hub refuses pulls past its rate limit (HTTP 429). So they are kept in the Actions cache,
 * keyed by the reference, the runner's architecture and the digest a HEAD of the manifest gives (a HEAD does not
 * count against Docker Hub's pull limit): a hit is loaded into the daemon and no layer is pulled from the registry;
 * a miss is pulled (with retries) and saved. When the registry refuses the pull and the cache holds an older copy,
 * that copy is used, with a warning. Without the cache (`cache-images: false`, or no cache service) images are
 * pulled, with retries.
 */
import { join } from 'node:path'
import { errorMessage, InputError } from '../../errors.js'
import type { Log } from '../../log.js'
import { RATE_LIMITED, transientFailure } from '../../oci/transient.js'
import type { Digest } from '../../oci/types.js'
import type { CacheHit } from '../../cache-service/service.js'
import { slug } from '../../text/slug.js'
import type { Docker } from '../../tools/docker.js'
import type { Transient } from '../../tools/retry.js'
import { CommandError, stderrTail } from '../../tools/runner.js'

/** The Actions cache, as used here: an entry is found, then streamed into the daemon; saved with `@actions/cache`. */
export interface ImageCache {
  /** Whether this job may save entries (the runner may make its cache read-only). */
  readonly writable: boolean
  /** The entry of `key` (made of `path`), else the newest whose key starts with one of `restoreKeys`. */
  find(path: string, key: string, restoreKeys: readonly string[]): Promise<CacheHit | undefined>
  /** Loads the entry's archive into the daemon as it downloads. */
  load(hit: CacheHit): Promise<void>
  /** Saves `path` under `key`: its size, or -1 when the service refused it (another job saved it first, say). */
  save(path: string, key: string): Promise<number>
}

export interface ImageDeps {
  docker: Pick<Docker, 'hasImage' | 'pull' | 'saveImage'>
  log: Log
  /** The Actions cache; undefined when images are not to be cached. */
  cache?: ImageCache
  /** The digest the registry serves for the reference (a HEAD of its manifest); undefined when it has none. */
  headDigest(image: string): Promise<Digest | undefined>
  /** The runner's architecture (the archive holds this platform's layers). */
  arch: string
  files: {
    mkdir(path: string, options: { recursive: true }): Promise<unknown>
    rm(path: string, options: { force: true }): Promise<void>
  }
  /** Where archives are written. The cache versions an entry by its paths as written: keep it relative. */
  dir: string
}

/** Whether the daemon had the image already, or this step made it present (loaded from the cache, or pulled). */
export type Provided = 'present' | 'fetched'

export interface ImageProvider {
  /** Makes the image present in the daemon; a failure names `input`. */
  ensure(image: string, input: string): Promise<Provided>
}

/** The start of every key of this image on this architecture: an older copy is found by it. */
export function imageCacheKeyPrefix(image: string, arch: string): string {
  return `multiarch-publish-image-${slug(image, '._-')}-${arch}-`
}

export function imageCacheKey(image: string, arch: string, digest: Digest): string {
  return `${imageCacheKeyPrefix(image, arch)}${digest.replace(':', '-')}`
}

/** A pull that failed: a name the registry does not have is the input's fault; a registry that kept failing is not. */
function pullError(e: unknown, image: string, input: string): unknown {
  if (!(e instanceof CommandError)) return e
  const reason = transientFailure(e)
  if (reason === undefined)
    return new InputError(input, `the image '${image}' cannot be pulled:\n${stderrTail(e.stderr)}`)
  const tries = e.retries
    ? `; gave up after ${e.retries.attempts} attempts in ${(e.retries.elapsedMs / 1000).toFixed(1)}s`
    : ''
  return new Error(`the image '${image}' (${input}) could not be pulled: ${reason}${tries}\n${stderrTail(e.stderr)}`)
}

class CachedImages implements ImageProvider {
  constructor(
    private readonly d: ImageDeps,
    private readonly cache: ImageCache,
  ) {}

  async ensure(image: string, input: string): Promise<Provided> {
    const { d } = this
    if (await d.docker.hasImage(image)) return 'present'
    const prefix = imageCacheKeyPrefix(image, d.arch)
    // the newest copy is asked for while the registry says the digest: on a warm run it is the one wanted; without
    // any copy there is nothing to ask for by the key
    const [digest, newest] = await Promise.all([this.digest(image), this.find(image, prefix, [prefix])])
    const key = digest && imageCacheKey(image, d.arch, digest)
    const hit =
      key === undefined || newest === undefined
        ? undefined
        : newest.key === key
          ? newest
          : await this.find(image, key, [])
    if (hit && (await this.load(image, hit))) {
      d.log.info(`${image}: loaded from the Actions cache (${hit.key}); nothing pulled`)
      return 'fetched'
    }
    const older = newest && newest.key !== hit?.key ? newest : undefined
    // Docker Hub's limit holds for hours: with an older copy at hand, a 429 is not worth waiting out
    const transient: Transient = (e) => {
      const reason = transientFailure(e)
      return older && reason === RATE_LIMITED ? undefined : reason
    }
    try {
      await d.docker.pull(image, transient)
    } catch (e) {
      const reason = e instanceof CommandError ? transientFailure(e) : undefined
      if (older && reason && (await this.load(image, older))) {
        d.log.warning(
          `${input}: the registry refused '${image}' (${reason}); using the copy the Actions cache kept from an ` +
            `earlier run (${older.key}), which may be older than the registry's`,
        )
        return 'fetched'
      }
      throw pullError(e, image, input)
    }
    if (!key) d.log.info(`${image}: not kept in the Actions cache (the registry gave no digest to key it by)`)
    else if (!this.cache.writable) d.log.info(`${image}: not kept in the Actions cache (read-only for this job)`)
    else await this.save(image, key)
    return 'fetched'
  }

  private archive(image: string): string {
    return join(this.d.dir, `${slug(image, '._-')}.tar`)
  }

  private async digest(image: string): Promise<Digest | undefined> {
    try {
      return await this.d.headDigest(image)
    } catch (e) {
      this.d.log.info(`${image}: the registry did not say its digest (${errorMessage(e)})`)
      return undefined
    }
  }

  /** The cache's entry; undefined when it has none or cannot be asked (the cache is never the step's failure). */
  private async find(image: string, key: string, restoreKeys: readonly string[]): Promise<CacheHit | undefined> {
    try {
      return await this.cache.find(this.archive(image), key, restoreKeys)
    } catch (e) {
      this.d.log.warning(`${image}: the Actions cache could not be asked for ${key}: ${errorMessage(e)}`)
      return undefined
    }
  }

  /** Loads the entry; false when it does not load or does not hold the image. */
  private async load(image: string, hit: CacheHit): Promise<boolean> {
    const { d } = this
    try {
      await this.cache.load(hit)
      if (await d.docker.hasImage(image)) return true
      d.log.warning(`${image}: the Actions cache entry ${hit.key} does not hold this image; pulling it`)
    } catch (e) {
      d.log.warning(
        `${image}: could not load it from the Actions cache entry ${hit.key}; pulling it: ${errorMessage(e)}`,
      )
    }
    return false
  }

  /** Saves the image under `key`; a failure is a warning, never the step's. */
  private async save(image: string, key: string): Promise<void> {
    const { d, cache } = this
    const file = this.archive(image)
    try {
      await d.files.mkdir(d.dir, { recursive: true })
      await d.docker.saveImage(image, file)
      if ((await cache.save(file, key)) >= 0) d.log.info(`${image}: kept in the Actions cache (${key})`)
    } catch (e) {
      d.log.warning(`${image}: not kept in the Actions cache: ${errorMessage(e)}`)
    } finally {
      await d.files.rm(file, { force: true })
    }
  }
}

/** Pulls, with retries; without the cache. */
class PulledImages implements ImageProvider {
  constructor(private readonly docker: ImageDeps['docker']) {}

  async ensure(image: string, input: string): Promise<Provided> {
    if (await this.docker.hasImage(image)) return 'present'
    try {
      await this.docker.pull(image)
    } catch (e) {
      throw pullError(e, image, input)
    }
    return 'fetched'
  }
}

export function imageProvider(d: ImageDeps): ImageProvider {
  return d.cache ? new CachedImages(d, d.cache) : new PulledImages(d.docker)
}
