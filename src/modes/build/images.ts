/**
 * The images the action runs (binfmt, BuildKit), made present in the daemon before they are needed. A fresh runner
 * has neither, and Docker Hub refuses pulls past its rate limit (HTTP 429). So they are kept in the Actions cache,
 * keyed by the reference, the runner's architecture and the digest a HEAD of the manifest gives (a HEAD does not
 * count against Docker Hub's pull limit). The cache keeps the image's manifests and each of its blobs as they are
 * (image-snapshot.ts), and the daemon pulls the image from a registry of the action's on loopback
 * (src/registry-facade), which serves the manifests and redirects each blob to its URL in the cache: a hit pulls no
 * layer from the image's registry, and its bytes never pass through the action. A miss is fetched by the action from
 * the registry, pulled by the daemon from those files, and saved. When the registry refuses and the cache holds an
 * older copy, that copy is used, with a warning. Without the cache (`cache-images: false`, no cache service, a
 * daemon on another machine, a reference by digest), and when the action's own fetch fails, the daemon pulls
 * (with retries).
 */
import { join } from 'node:path'
import { errorMessage, InputError } from '../../errors.js'
import type { Log } from '../../log.js'
import { parseReference, type Reference } from '../../oci/reference.js'
import { redactUrlsIn } from '../../oci/errors.js'
import { RATE_LIMITED, transientFailure } from '../../oci/transient.js'
import type { Digest } from '../../oci/types.js'
import type { CacheHit } from '../../cache-service/service.js'
import type { BlobSource, FacadeContent } from '../../registry-facade/routes.js'
import type { Facade } from '../../registry-facade/server.js'
import { slug } from '../../text/slug.js'
import type { Docker } from '../../tools/docker.js'
import type { Transient } from '../../tools/retry.js'
import { CommandError, stderrTail } from '../../tools/runner.js'
import type { FetchedImage } from './image-fetch.js'
import type { ImageSnapshot } from './image-snapshot.js'

/** The Actions cache, as used here: an image's snapshot found and read, its blobs' URLs, a snapshot saved. */
export interface ImageCache {
  /** Whether this job may save entries (the runner may make its cache read-only). */
  readonly writable: boolean
  /** The snapshot entry of `key`, else the newest whose key starts with one of `restoreKeys`. */
  find(key: string, restoreKeys: readonly string[]): Promise<CacheHit | undefined>
  snapshot(hit: CacheHit): Promise<ImageSnapshot>
  /** The download URL of each of the snapshot's blobs the cache holds. */
  blobUrls(snapshot: ImageSnapshot): Promise<Map<Digest, string>>
  /**
   * Saves each blob (from its file) the cache does not hold, then the snapshot under `key`: `exists` when the
   * cache has that key already, `refused` when it will not keep it.
   */
  save(key: string, snapshot: ImageSnapshot, files: Map<Digest, string>): Promise<'saved' | 'exists' | 'refused'>
}

export interface ImageDeps {
  docker: Pick<Docker, 'hasImage' | 'pull' | 'tag'>
  log: Log
  /** The Actions cache; undefined when images are not to be cached. */
  cache?: ImageCache
  /** The digest the registry serves for the reference (a HEAD of its manifest); undefined when it has none. */
  headDigest(image: string): Promise<Digest | undefined>
  /**
   * The image fetched from its registry into `dir`, for `linux/<arch>`; `quick`: no retry (an older copy is at
   * hand: a refusal is not waited out).
   */
  fetchImage(ref: Reference, digest: Digest, arch: string, dir: string, quick: boolean): Promise<FetchedImage>
  /** Serves an image to the daemon on loopback, once `content` resolves (nothing when it resolves to nothing). */
  startFacade(content: Promise<FacadeContent | undefined>): Promise<Facade>
  /** Has the post step remove a name the daemon gives an image (the loopback registry's), off the step's way. */
  untagLater(name: string): void
  /** The runner's architecture (the snapshot holds this platform's image). */
  arch: string
  files: {
    mkdir(path: string, options: { recursive: true }): Promise<unknown>
    rm(path: string, options: { force: true; recursive: true }): Promise<void>
  }
  /** Where fetched blobs are written. */
  dir: string
}

/** Whether the daemon had the image already, or this step made it present (from the cache, or pulled). */
export type Provided = 'present' | 'fetched'

export interface ImageProvider {
  /** Makes the image present in the daemon; a failure names `input`. */
  ensure(image: string, input: string): Promise<Provided>
  /**
   * The name to run the image by now: the name it was pulled by from the loopback registry until settle() gives
   * it its own, else the image's.
   */
  nameOf(image: string): string
  /**
   * Gives the images pulled from the loopback registry their own names (a failure is a warning). Not while the step
   * waits for the daemon: a tag is a write the daemon serialises with the others.
   */
  settle(): Promise<void>
  /** Starts settle() without waiting for it (finish() does): while the build runs, which needs no tag. */
  settleLater(): void
  /** Waits for the names, and for the images being saved to the Actions cache meanwhile. */
  finish(): Promise<void>
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

/**
 * The newest copy's image once the registry's digest says it is current; undefined when it is not, or not ready
 * (`keyOf`: the key of a digest).
 */
async function current(
  digest: Promise<{ digest?: Digest }>,
  newest: Promise<{ copy?: Copy }>,
  keyOf: (digest: Digest) => string,
): Promise<Ready | undefined> {
  const [{ digest: d }, { copy }] = await Promise.all([digest, newest])
  if (!d || !copy || copy.hit.key !== keyOf(d)) return undefined
  const ready = await copy.ready
  return 'why' in ready ? undefined : ready
}

/** An image the cache holds, as it serves it: the manifests, and each blob's URL. */
interface Ready {
  snapshot: ImageSnapshot
  blobs: ReadonlyMap<string, BlobSource>
}

/** An entry of the cache, and its image being made ready. */
interface Copy {
  hit: CacheHit
  ready: Promise<Ready | { why: string; warn: boolean }>
}

class CachedImages implements ImageProvider {
  /** Set once the daemon could not reach the loopback registry (a rootless daemon, or one on another machine). */
  private unreachable = false
  /** The images pulled from the loopback registry, and the name each was pulled by. */
  private readonly names = new Map<string, string>()
  /** The names still to give them (settle() gives them). */
  private readonly naming: (() => Promise<void>)[] = []
  /** The images being saved, and named, while the step goes on. */
  private readonly saving: Promise<void>[] = []

  constructor(
    private readonly d: ImageDeps,
    private readonly cache: ImageCache,
  ) {}

  nameOf(image: string): string {
    return this.names.get(image) ?? image
  }

  async settle(): Promise<void> {
    await Promise.all(this.naming.splice(0).map((name) => name()))
  }

  settleLater(): void {
    this.saving.push(this.settle())
  }

  async finish(): Promise<void> {
    await Promise.all([this.settle(), ...this.saving])
  }

  async ensure(image: string, input: string): Promise<Provided> {
    const { d } = this
    const ref = parseReference(image)
    if (ref.digest) {
      if (await d.docker.hasImage(image)) return 'present'
      // a pulled image keeps the name it was pulled by, and a name with a digest cannot be given to it afterwards
      d.log.info(`${image}: not kept in the Actions cache (an image named by digest can only be pulled by it)`)
      return pullImage(d.docker, image, input)
    }
    const prefix = imageCacheKeyPrefix(image, d.arch)
    // the newest copy is asked for, and made ready, while the daemon says whether it has the image and the registry
    // says the digest: on a warm run it is the one wanted; without any copy there is nothing to ask for by the key
    const digestP = this.digest(image)
    const newestP = this.copy(prefix, [prefix])
    // and the daemon is sent to the loopback registry at once (its start overlaps the questions): it serves the
    // newest copy once the daemon says it lacks the image and the digest says the copy is current, else nothing,
    // and that pull fails at once
    const keyOf = (digest: Digest) => imageCacheKey(image, d.arch, digest)
    const present = d.docker.hasImage(image)
    const warm = this.serve(
      image,
      ref,
      present.then((has) => (has ? undefined : current(digestP, newestP, keyOf))),
    )
    if (await present) {
      await warm // served nothing
      return 'present' // what was asked is not used, nor said
    }
    const [asked, found] = await Promise.all([digestP, newestP])
    if (asked.why) d.log.info(`${image}: the registry did not say its digest (${asked.why})`)
    if (found.why) d.log.warning(`${image}: the Actions cache could not be asked for ${prefix}: ${found.why}`)
    const { digest } = asked
    const newest = found.copy
    const key = digest && keyOf(digest)
    const hit =
      key === undefined || newest === undefined
        ? undefined
        : newest.hit.key === key
          ? newest
          : await this.copy(key, []).then((c) => {
              if (c.why) d.log.warning(`${image}: the Actions cache could not be asked for ${key}: ${c.why}`)
              return c.copy
            })
    const loaded = (await warm) || (hit !== undefined && hit !== newest && (await this.fromCache(image, ref, hit)))
    if (hit && loaded) {
      d.log.info(`${image}: loaded from the Actions cache (${hit.hit.key}); nothing pulled`)
      return 'fetched'
    }
    if (hit && hit === newest) await this.explain(image, hit)
    const older = newest && newest.hit.key !== hit?.hit.key ? newest : undefined
    const miss = digest && key ? await this.fetched(image, ref, digest, key, older !== undefined) : undefined
    if (miss === true) return 'fetched'
    // Docker Hub's limit holds for hours: with an older copy at hand, a 429 is not worth waiting out
    const transient: Transient = (e) => {
      const reason = transientFailure(e)
      return older && reason === RATE_LIMITED ? undefined : reason
    }
    try {
      await d.docker.pull(image, transient)
    } catch (e) {
      const reason = e instanceof CommandError ? transientFailure(e) : undefined
      if (older && reason && (await this.fromCache(image, ref, older))) {
        d.log.warning(
          `${input}: the registry refused '${image}' (${reason}); using the copy the Actions cache kept from an ` +
            `earlier run (${older.hit.key}), which may be older than the registry's`,
        )
        return 'fetched'
      }
      throw pullError(e, image, input)
    }
    const why = key ? miss : 'the registry gave no digest to key it by'
    if (why) d.log.info(`${image}: not kept in the Actions cache (${why})`)
    return 'fetched'
  }

  /** The registry's digest of the image; else why not (said only if it is used). */
  private async digest(image: string): Promise<{ digest?: Digest; why?: string }> {
    try {
      const digest = await this.d.headDigest(image)
      return digest ? { digest } : {}
    } catch (e) {
      return { why: errorMessage(e) }
    }
  }

  /**
   * The cache's entry, made ready to serve from the moment it is found (its snapshot read, its blobs' URLs asked
   * for); none when it has none, or cannot be asked (why: said only if it is used; the cache is never the step's
   * failure).
   */
  private async copy(key: string, restoreKeys: readonly string[]): Promise<{ copy?: Copy; why?: string }> {
    try {
      const hit = await this.cache.find(key, restoreKeys)
      return hit ? { copy: { hit, ready: this.ready(hit) } } : {}
    } catch (e) {
      return { why: errorMessage(e) }
    }
  }

  /** The entry's image, ready to serve; else why it cannot be (said only if it is used). */
  private async ready(hit: CacheHit): Promise<Ready | { why: string; warn: boolean }> {
    try {
      const snapshot = await this.cache.snapshot(hit)
      const urls = await this.cache.blobUrls(snapshot)
      const missing = snapshot.blobs.filter((b) => !urls.has(b.digest))
      if (missing.length > 0)
        return { why: `the Actions cache no longer holds ${missing.length} of its blobs (${hit.key})`, warn: false }
      return { snapshot, blobs: new Map([...urls].map(([digest, url]): [string, BlobSource] => [digest, { url }])) }
    } catch (e) {
      return { why: `could not load it from the Actions cache entry ${hit.key}: ${errorMessage(e)}`, warn: true }
    }
  }

  /** The image pulled from the cache's entry; false when that cannot be done (said why). */
  private async fromCache(image: string, ref: Reference, copy: Copy): Promise<boolean> {
    const ready = await copy.ready
    if ('why' in ready) return this.explain(image, copy)
    return this.serve(image, ref, Promise.resolve(ready))
  }

  /** Says why the entry could not be served, if its image was not ready; false. */
  private async explain(image: string, copy: Copy): Promise<false> {
    const ready = await copy.ready
    if ('why' in ready) {
      if (ready.warn) this.d.log.warning(`${image}: ${ready.why}`)
      else this.d.log.info(`${image}: ${ready.why}`)
    }
    return false
  }

  /**
   * A miss: the image fetched from its registry by the action and pulled by the daemon from those files, which are
   * saved meanwhile (finish() waits for that: nothing in the step does). True when it is there; else why it is not
   * kept in the cache, if that was not said already (the daemon then pulls it from its registry).
   */
  private async fetched(
    image: string,
    ref: Reference,
    digest: Digest,
    key: string,
    quick: boolean,
  ): Promise<true | string | undefined> {
    const { d, cache } = this
    if (this.unreachable) return "the daemon cannot reach the action's loopback registry"
    const dir = join(d.dir, slug(image, '._-'))
    const clean = () =>
      d.files.rm(dir, { force: true, recursive: true }).catch((e: unknown) => {
        d.log.info(`${image}: ${dir} stays until the post step: ${errorMessage(e)}`)
      })
    let got: FetchedImage
    try {
      await d.files.mkdir(dir, { recursive: true })
      got = await d.fetchImage(ref, digest, d.arch, dir, quick)
    } catch (e) {
      await clean()
      d.log.info(`${image}: the action could not fetch it (${errorMessage(e)}); the daemon pulls it`)
      return 'the action could not fetch it'
    }
    const { snapshot, files } = got
    if (!cache.writable) d.log.info(`${image}: not kept in the Actions cache (read-only for this job)`)
    const saved = cache.writable ? this.save(image, key, snapshot, files) : Promise.resolve()
    const blobs = new Map(
      snapshot.blobs.map((b): [string, BlobSource] => [
        b.digest,
        { file: files.get(b.digest) as string, size: b.size },
      ]),
    )
    const served = await this.serve(image, ref, Promise.resolve({ snapshot, blobs }))
    // the files go once both the daemon and the upload have read them
    this.saving.push(saved.finally(clean))
    return served || undefined
  }

  /**
   * Pulls the image from a loopback registry serving `ready` as soon as it resolves (by the image's tag); the image
   * then runs by that name until settle() gives it its own. False when it resolves to nothing (the daemon is answered
   * that the registry has no such image), or when the pull fails: a daemon that never reached the loopback registry
   * is not sent there again.
   */
  private async serve(image: string, ref: Reference, ready: Promise<Ready | undefined>): Promise<boolean> {
    const { d } = this
    if (this.unreachable) return false
    const tag = ref.tag ?? 'latest'
    let facade: Facade
    try {
      facade = await d.startFacade(
        ready.then((r) => r && { repository: ref.repository, tag, manifests: r.snapshot.manifests, blobs: r.blobs }),
      )
    } catch (e) {
      this.unreachable = true
      d.log.warning(`${image}: the action's loopback registry did not start (${errorMessage(e)}); pulling it`)
      return false
    }
    const local = `${facade.host}/${ref.repository}:${tag}`
    try {
      await d.docker.pull(local, () => undefined) // loopback: nothing worth another attempt
    } catch (e) {
      const why = redactUrlsIn(errorMessage(e))
      if (!facade.reached()) {
        this.unreachable = true
        d.log.warning(
          `${image}: the daemon cannot reach the action's loopback registry; the images are pulled from their ` +
            `registries: ${why}`,
        )
      } else if (await ready.catch(() => undefined)) {
        d.log.warning(`${image}: the copy from the Actions cache could not be pulled; pulling it instead: ${why}`)
      } // else nothing was served: that pull was to fail
      return false
    } finally {
      await facade.close()
    }
    d.untagLater(local)
    this.names.set(image, local)
    this.naming.push(() =>
      d.docker.tag(local, image).catch((e: unknown) => {
        d.log.warning(`${image}: pulled as ${local}, but not named ${image}: ${errorMessage(e)}`)
      }),
    )
    return true
  }

  /** Saves the image under `key`; a failure is a warning, never the step's. */
  private async save(image: string, key: string, snapshot: ImageSnapshot, files: Map<Digest, string>): Promise<void> {
    try {
      const saved = await this.cache.save(key, snapshot, files)
      this.d.log.info(
        saved === 'saved'
          ? `${image}: kept in the Actions cache (${key})`
          : saved === 'exists'
            ? `${image}: the Actions cache already holds ${key}`
            : `${image}: not kept in the Actions cache (the cache service would not keep ${key})`,
      )
    } catch (e) {
      this.d.log.warning(`${image}: not kept in the Actions cache: ${errorMessage(e)}`)
    }
  }
}

/** Pulls, with retries. */
async function pullImage(docker: ImageDeps['docker'], image: string, input: string): Promise<Provided> {
  try {
    await docker.pull(image)
  } catch (e) {
    throw pullError(e, image, input)
  }
  return 'fetched'
}

/** Pulls, with retries; without the cache. */
class PulledImages implements ImageProvider {
  constructor(private readonly docker: ImageDeps['docker']) {}

  async ensure(image: string, input: string): Promise<Provided> {
    return (await this.docker.hasImage(image)) ? 'present' : pullImage(this.docker, image, input)
  }

  nameOf(image: string): string {
    return image
  }

  settle(): Promise<void> {
    return Promise.resolve()
  }

  settleLater(): void {
    // nothing is pulled under another name
  }

  finish(): Promise<void> {
    return Promise.resolve()
  }
}

export function imageProvider(d: ImageDeps): ImageProvider {
  return d.cache ? new CachedImages(d, d.cache) : new PulledImages(d.docker)
}
