import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../../src/errors.js'
import {
  imageCacheKey,
  imageCacheKeyPrefix,
  imageProvider,
  type ImageCache,
  type ImageDeps,
} from '../../../../src/modes/build/images.js'
import type { ImageSnapshot } from '../../../../src/modes/build/image-snapshot.js'
import type { FacadeContent } from '../../../../src/registry-facade/routes.js'
import type { Facade } from '../../../../src/registry-facade/server.js'
import type { Clock } from '../../../../src/oci/retry.js'
import { parseDigest, type Digest } from '../../../../src/oci/types.js'
import { Docker } from '../../../../src/tools/docker.js'
import { commandRetry, commandRetryPolicy } from '../../../../src/tools/retry.js'
import type { RunResult, Runner } from '../../../../src/tools/runner.js'
import { memoryLog } from '../../support/memory-log.js'

const IMAGE = '127.0.0.1:5000/moby/buildkit:buildx-stable-1'
const BINFMT = '127.0.0.1:5000/tonistiigi/binfmt:latest'
const D1 = parseDigest(`sha256:${'1'.repeat(64)}`)
const D2 = parseDigest(`sha256:${'2'.repeat(64)}`)
const PREFIX = 'multiarch-publish-image-127.0.0.1-5000-moby-buildkit-buildx-stable-1-amd64-'
const S429 =
  'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n'
const S503 = `Error response from daemon: unexpected status from HEAD request to http://127.0.0.1:5000/v2/moby/buildkit/manifests/buildx-stable-1: 503 Service Unavailable\n`
const NOT_FOUND = `Error response from daemon: manifest for ${IMAGE} not found: manifest unknown: manifest unknown\n`
const FACADE = '127.0.0.1:9'
const LOCAL = `${FACADE}/moby/buildkit:buildx-stable-1`

/** The image of a digest: its two blobs (config and layer), named after it. */
function snapshotOf(digest: Digest): ImageSnapshot {
  const n = digest.slice(-1)
  return {
    digest,
    manifests: [{ digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', bytes: new Uint8Array() }],
    blobs: [
      { digest: parseDigest(`sha256:c${n.repeat(63)}`), size: 1 },
      { digest: parseDigest(`sha256:a${n.repeat(63)}`), size: 2 },
    ],
  }
}

/**
 * A daemon that answers `docker image inspect`, `pull`, `tag` and `image rm` from what it holds. Pulls from the
 * registry fail with the given stderr in turn (exit code 1), then succeed; a pull from the facade (the action's
 * loopback registry) succeeds when the facade serves every blob of its image (and says where each came from in
 * `lines`), or fails with `facadeFailure`.
 */
function fakeDaemon(
  pullFailures: string[] = [],
  present: string[] = [],
  facadeFailure?: string,
  tagFailure?: string,
  dirs: ReadonlySet<string> = new Set(),
) {
  const images = new Map(present.map((p) => [p, p]))
  const lines: string[] = []
  let served: Promise<FacadeContent | undefined> | undefined
  let reached = false
  const facade = {
    start(content: Promise<FacadeContent | undefined>): Promise<Facade> {
      served = content
      reached = false
      return Promise.resolve({
        host: FACADE,
        reached: () => reached,
        close: () => {
          lines.push('(facade closed)')
          served = undefined
          return Promise.resolve()
        },
      })
    },
  }
  /** The daemon's pull from the facade: it waits for the facade's answer. */
  const pullFromFacade = async (ref: string): Promise<RunResult> => {
    const fail = (stderr: string) => ({ exitCode: 1, stdout: '', stderr })
    if (facadeFailure?.includes('connection refused')) return fail(facadeFailure) // never reaches it
    reached = true
    const content = await served
    // a failure past the loopback registry: the cache's URLs (the fetched files still serve)
    if (content && facadeFailure && [...content.blobs.values()].some((b) => 'url' in b)) return fail(facadeFailure)
    if (!content || `${FACADE}/${content.repository}:${content.tag}` !== ref)
      return fail(`Error response from daemon: manifest for ${ref} not found: manifest unknown\n`)
    // a file removed before the daemon read it: the loopback registry drops the connection
    const gone = [...content.blobs.values()].some((b) => 'file' in b && !dirs.has(b.file.replace(/\/[^/]*$/, '')))
    if (gone) return fail('error pulling image configuration: download failed after attempts=6: EOF\n')
    const from = [...content.blobs.values()].map((b) => ('url' in b ? b.url : `file ${b.file}`))
    lines.push(`(blobs of ${content.manifests[0]?.digest} from ${from.join(', ')})`)
    images.set(ref, ref)
    return { exitCode: 0, stdout: `${ref}\n`, stderr: '' }
  }
  const runner: Runner = {
    run(command, args): Promise<RunResult> {
      lines.push([command, ...args].join(' '))
      const ok = (stdout = '') => Promise.resolve({ exitCode: 0, stdout, stderr: '' })
      const fail = (stderr: string) => Promise.resolve({ exitCode: 1, stdout: '', stderr })
      const [verb, ...rest] = args
      const last = rest.at(-1) ?? ''
      if (verb === 'image') return images.has(last) ? ok('sha256:x\n') : fail(`Error: No such image: ${last}\n`)
      if (verb === 'tag') {
        if (tagFailure) return fail(tagFailure)
        const id = images.get(rest[0] ?? '')
        if (!id) return fail(`No such image: ${rest[0]}`)
        images.set(last, id)
        return ok()
      }
      if (verb === 'pull' && last.startsWith(`${FACADE}/`)) return pullFromFacade(last)
      if (verb === 'pull') {
        const stderr = pullFailures.shift()
        if (stderr !== undefined) return fail(stderr)
        images.set(last, last)
        return ok(`${last}\n`)
      }
      return fail(`unexpected command: ${args.join(' ')}`)
    },
  }
  return { runner, lines, images, facade }
}

interface Entry {
  key: string
  snapshot: ImageSnapshot
}

/**
 * The cache service's semantics: exact key first, then the newest snapshot whose key starts with a restore key;
 * blobs kept by digest, shared by every snapshot. Shared by the runners of a test.
 */
function fakeCache() {
  const entries: Entry[] = []
  const blobs = new Set<string>()
  const calls: string[] = []
  const cache: ImageCache & { entries: Entry[]; blobs: Set<string>; calls: string[]; writable: boolean } = {
    entries,
    blobs,
    calls,
    writable: true,
    find(key, restoreKeys) {
      calls.push(`find ${[key, ...restoreKeys].join(' ')}`)
      const hit =
        entries.find((e) => e.key === key) ??
        restoreKeys.map((k) => entries.filter((e) => e.key.startsWith(k)).at(-1)).find(Boolean)
      return Promise.resolve(hit && { key: hit.key, url: `http://cache/${hit.key}` })
    },
    snapshot(hit) {
      const entry = entries.find((e) => e.key === hit.key)
      return entry ? Promise.resolve(entry.snapshot) : Promise.reject(new Error(`no entry ${hit.key}`))
    },
    blobUrls(snapshot) {
      calls.push(`blobUrls ${snapshot.digest}`)
      const kept = snapshot.blobs.filter((b) => blobs.has(b.digest))
      return Promise.resolve(new Map(kept.map((b) => [b.digest, `http://cache/${b.digest}`])))
    },
    save(key, snapshot, files) {
      calls.push(`save ${key}`)
      for (const b of snapshot.blobs) {
        if (!files.has(b.digest)) return Promise.reject(new Error(`no file for ${b.digest}`))
        blobs.add(b.digest)
      }
      if (entries.some((e) => e.key === key)) return Promise.resolve('exists' as const)
      entries.push({ key, snapshot })
      return Promise.resolve('saved' as const)
    },
  }
  return cache
}

type Cache = ReturnType<typeof fakeCache>

/** The shared cache with some of its functions replaced. */
function overriding(cache: Cache, part: Partial<ImageCache>): Cache {
  return Object.assign(Object.create(cache) as Cache, part)
}

function fakeClock(): Clock & { sleeps: number[] } {
  let t = 0
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => t,
    sleep: (ms) => {
      sleeps.push(ms)
      t += ms
      return Promise.resolve()
    },
    random: () => 0.5,
  }
}

/** A runner's setup: a fresh daemon, the registry serving `digest`, and the cache shared across runs. */
function runner(opts: {
  cache?: ImageCache
  digest?: Digest | Error
  pullFailures?: string[]
  present?: string[]
  fetchFailure?: Error
  facadeFailure?: string
  tagFailure?: string
  retryTimeout?: number
}) {
  const dirs = new Set<string>()
  const daemon = fakeDaemon(opts.pullFailures, opts.present, opts.facadeFailure, opts.tagFailure, dirs)
  const log = memoryLog()
  const clock = fakeClock()
  const fetches: string[] = []
  const untagged: string[] = []
  const retry = commandRetry({
    policy: commandRetryPolicy(opts.retryTimeout ?? 10),
    clock,
    log: (m) => {
      log.info(m)
    },
  })
  const d: ImageDeps = {
    docker: new Docker(daemon.runner, {}, retry),
    log,
    ...(opts.cache ? { cache: opts.cache } : {}),
    headDigest: (image) => {
      if (image !== IMAGE && image !== BINFMT) return Promise.reject(new Error(`HEAD of an unexpected image ${image}`))
      return opts.digest instanceof Error ? Promise.reject(opts.digest) : Promise.resolve(opts.digest)
    },
    fetchImage: (ref, digest, arch, dir, quick) => {
      if (arch !== 'amd64') return Promise.reject(new Error(`fetched for ${arch}, not the runner's amd64`))
      fetches.push(`fetch ${ref.repository}@${digest} into ${dir}${quick ? ' (quick)' : ''}`)
      if (opts.fetchFailure) return Promise.reject(opts.fetchFailure)
      if (!dirs.has(dir)) return Promise.reject(new Error(`${dir} was not made`))
      const snapshot = snapshotOf(digest)
      return Promise.resolve({
        snapshot,
        files: new Map(snapshot.blobs.map((b) => [b.digest, `${dir}/${b.digest.slice(7, 9)}`])),
      })
    },
    startFacade: (content) => daemon.facade.start(content),
    untagLater: (name) => {
      daemon.lines.push(`(post step: untag ${name})`)
      untagged.push(name)
    },
    arch: 'amd64',
    files: {
      mkdir: (path) => {
        dirs.add(path)
        return Promise.resolve(undefined)
      },
      rm: (path) => {
        dirs.delete(path)
        return Promise.resolve()
      },
    },
    dir: '.multiarch-publish-images',
  }
  return { provider: imageProvider(d), deps: d, daemon, log, clock, fetches, dirs, untagged }
}

const DIR = '.multiarch-publish-images/127.0.0.1-5000-moby-buildkit-buildx-stable-1'

/**
 * The daemon's lines of a pull through the facade, the blobs from `from` (the cache, or the fetched files); the
 * image gets its own name from settle().
 */
function facadePull(digest: Digest, from: 'cache' | 'files'): string[] {
  const n = digest.slice(-1)
  const where = (b: string) => (from === 'cache' ? `http://cache/sha256:${b}${n.repeat(63)}` : `file ${DIR}/${b}${n}`)
  return [
    `docker pull --quiet ${LOCAL}`,
    `(blobs of ${digest} from ${where('c')}, ${where('a')})`,
    '(facade closed)',
    `(post step: untag ${LOCAL})`,
  ]
}

/** The daemon's lines of a pull sent to the facade at once, while it turns out to have nothing to serve. */
const NOTHING_SERVED = [`docker pull --quiet ${LOCAL}`, '(facade closed)']

const INSPECT = `docker image inspect --format {{.Id}} ${IMAGE}`

describe('image cache keys', () => {
  it('name the image, the architecture and the digest; the prefix finds any digest of that image', () => {
    expect(imageCacheKeyPrefix(IMAGE, 'amd64')).toBe(PREFIX)
    expect(imageCacheKey(IMAGE, 'amd64', D1)).toBe(`${PREFIX}sha256-${'1'.repeat(64)}`)
    expect(imageCacheKey('docker.io/tonistiigi/binfmt:latest', 'arm64', D1)).toBe(
      `multiarch-publish-image-docker.io-tonistiigi-binfmt-latest-arm64-sha256-${'1'.repeat(64)}`,
    )
  })
})

describe('images through the Actions cache', () => {
  it('a miss: fetched by the action, pulled by the daemon from those files, saved; the next runner pulls it from the cache', async () => {
    const cache = fakeCache()
    const first = runner({ cache, digest: D1 })
    await first.provider.ensure(IMAGE, 'buildkit-image')
    expect(first.fetches).toEqual([`fetch moby/buildkit@${D1} into ${DIR}`])
    expect(first.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED, ...facadePull(D1, 'files')])
    // no copy of any digest: not asked for by the key
    expect(cache.calls).toEqual([`find ${PREFIX} ${PREFIX}`, `save ${imageCacheKey(IMAGE, 'amd64', D1)}`])
    expect(cache.entries.map((e) => e.key)).toEqual([imageCacheKey(IMAGE, 'amd64', D1)])
    expect(first.log.lines).toEqual([`${IMAGE}: kept in the Actions cache (${imageCacheKey(IMAGE, 'amd64', D1)})`])
    expect(first.dirs.size).toBe(0) // the fetched files are gone
    // named as asked; the loopback registry's name is the post step's to remove
    expect([...first.daemon.images.keys()]).toEqual([LOCAL])
    await first.provider.settle() // named as asked once the step can spare the daemon's time
    expect(first.daemon.lines.at(-1)).toBe(`docker tag ${LOCAL} ${IMAGE}`)
    expect([...first.daemon.images.keys()]).toEqual([LOCAL, IMAGE])
    expect(first.untagged).toEqual([LOCAL])

    const second = runner({ cache, digest: D1 })
    await second.provider.ensure(IMAGE, 'buildkit-image')
    expect(second.fetches).toEqual([])
    expect(second.daemon.lines).toEqual([INSPECT, ...facadePull(D1, 'cache')])
    // one lookup: the newest copy is the one of the registry's digest
    expect(cache.calls.slice(2)).toEqual([`find ${PREFIX} ${PREFIX}`, `blobUrls ${D1}`])
    expect(second.log.lines).toEqual([
      `${IMAGE}: loaded from the Actions cache (${imageCacheKey(IMAGE, 'amd64', D1)}); nothing pulled`,
    ])
    expect(second.untagged).toEqual([LOCAL])
    // run by the name it was pulled by at once; its own is given meanwhile
    expect(second.provider.nameOf(IMAGE)).toBe(LOCAL)
    await second.provider.settle()
    expect(second.daemon.images.get(IMAGE)).toBe(LOCAL)
  })

  it('an image the daemon has already: nothing pulled, fetched or saved', async () => {
    const cache = fakeCache()
    const r = runner({ cache, digest: D1, present: [IMAGE] })
    expect(await r.provider.ensure(IMAGE, 'buildkit-image')).toBe('present')
    // the daemon was sent to the loopback registry while it said whether it has the image: served nothing
    expect(r.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED])
    // asked while the daemon was (it answers slower than the cache on a warm run), then not used
    expect(cache.calls).toEqual([`find ${PREFIX} ${PREFIX}`])
    expect(r.fetches).toEqual([])
    expect(r.provider.nameOf(IMAGE)).toBe(IMAGE)
  })

  it('an image named by digest: pulled, never cached (a pulled image keeps the name it was pulled by)', async () => {
    const cache = fakeCache()
    const pinned = `127.0.0.1:5000/moby/buildkit@${D1}`
    const r = runner({ cache, digest: D1 })
    await r.provider.ensure(pinned, 'buildkit-image')
    expect(r.daemon.lines).toEqual([`docker image inspect --format {{.Id}} ${pinned}`, `docker pull --quiet ${pinned}`])
    expect(cache.calls).toEqual([])
    expect(r.log.lines).toEqual([
      `${pinned}: not kept in the Actions cache (an image named by digest can only be pulled by it)`,
    ])
  })

  it('a new digest at the registry: fetched and saved under the new key, the older copy left alone', async () => {
    const cache = fakeCache()
    await runner({ cache, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, digest: D2 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    // one attempt: an older copy is at hand should the registry refuse
    expect(r.fetches).toEqual([`fetch moby/buildkit@${D2} into ${DIR} (quick)`])
    expect(r.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED, ...facadePull(D2, 'files')])
    expect(cache.entries.map((e) => e.key)).toEqual([
      imageCacheKey(IMAGE, 'amd64', D1),
      imageCacheKey(IMAGE, 'amd64', D2),
    ])
    // the newest copy is of another digest: the key is asked for too (the newest was made ready meanwhile: it is
    // what a refusal of the registry falls back to)
    expect(cache.calls.slice(2)).toEqual([
      `find ${PREFIX} ${PREFIX}`,
      `blobUrls ${D1}`,
      `find ${imageCacheKey(IMAGE, 'amd64', D2)}`,
      `save ${imageCacheKey(IMAGE, 'amd64', D2)}`,
    ])
  })

  it('an older copy saved after the one of the digest: the copy of the digest is found by its key and pulled', async () => {
    const cache = fakeCache()
    await runner({ cache, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    await runner({ cache, digest: D2 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, digest: D1 }) // the tag moved back
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED, ...facadePull(D1, 'cache')])
    expect(r.log.lines).toEqual([
      `${IMAGE}: loaded from the Actions cache (${imageCacheKey(IMAGE, 'amd64', D1)}); nothing pulled`,
    ])
  })

  it('rate limited (429) with an older copy in the cache: one quick fetch, one pull, then that copy, with a warning', async () => {
    const cache = fakeCache()
    await runner({ cache, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, digest: D2, fetchFailure: new Error('HTTP 429'), pullFailures: [S429, S429, S429] })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.fetches).toEqual([`fetch moby/buildkit@${D2} into ${DIR} (quick)`])
    expect(r.daemon.lines).toEqual([
      INSPECT,
      ...NOTHING_SERVED,
      `docker pull --quiet ${IMAGE}`,
      ...facadePull(D1, 'cache'),
    ])
    expect(r.clock.sleeps).toEqual([]) // Docker Hub's limit is not waited out
    expect(r.log.lines).toEqual([
      `${IMAGE}: the action could not fetch it (HTTP 429); the daemon pulls it`,
      `warning: buildkit-image: the registry refused '${IMAGE}' (rate limited (HTTP 429)); using the copy the ` +
        `Actions cache kept from an earlier run (${imageCacheKey(IMAGE, 'amd64', D1)}), which may be older than the registry's`,
    ])
    expect(cache.entries).toHaveLength(1) // nothing new saved
  })

  it('a registry that keeps failing (503) with an older copy: no digest, so no fetch; pull retried, then that copy', async () => {
    const cache = fakeCache()
    await runner({ cache, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, digest: new Error('HEAD: HTTP 503'), pullFailures: Array(20).fill(S503) })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.fetches).toEqual([])
    expect(r.clock.sleeps).toEqual([1000, 2000, 4000])
    expect(r.daemon.lines.filter((l) => l === `docker pull --quiet ${IMAGE}`)).toHaveLength(4)
    expect(r.daemon.lines.slice(-4)).toEqual(facadePull(D1, 'cache'))
    expect(r.log.lines[0]).toBe(`${IMAGE}: the registry did not say its digest (HEAD: HTTP 503)`)
    expect(r.log.lines.at(-1)).toMatch(
      /^warning: buildkit-image: the registry refused '.*' \(HTTP 503\); using the copy/,
    )
  })

  it('rate limited without an older copy: the fetch fails, the pull is retried within the bound, then an error', async () => {
    const r = runner({
      cache: fakeCache(),
      digest: D1,
      fetchFailure: new Error('HTTP 429'),
      pullFailures: Array(20).fill(S429),
    })
    const e = await r.provider.ensure(IMAGE, 'buildkit-image').catch((x: unknown) => x)
    expect(r.fetches).toEqual([`fetch moby/buildkit@${D1} into ${DIR}`])
    expect(e).not.toBeInstanceOf(InputError) // the input is right; the registry refuses
    expect((e as Error).message).toBe(
      `the image '${IMAGE}' (buildkit-image) could not be pulled: rate limited (HTTP 429); gave up after 4 attempts in 7.0s\n${S429.trim()}`,
    )
    expect(r.log.lines.filter((l) => l.startsWith('Pulling'))).toEqual([
      `Pulling ${IMAGE} failed (rate limited (HTTP 429)): attempt 2 of 8 in 1.0s`,
      `Pulling ${IMAGE} failed (rate limited (HTTP 429)): attempt 3 of 8 in 2.0s`,
      `Pulling ${IMAGE} failed (rate limited (HTTP 429)): attempt 4 of 8 in 4.0s`,
    ])
    expect(r.dirs.size).toBe(0)
  })

  it('an image the registry does not have: an error naming the input, at once, even with an older copy', async () => {
    const cache = fakeCache()
    await runner({ cache, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, digest: undefined, pullFailures: [NOT_FOUND] })
    const e = await r.provider.ensure(IMAGE, 'buildkit-image').catch((x: unknown) => x)
    expect(e).toBeInstanceOf(InputError)
    expect((e as Error).message).toBe(
      `input 'buildkit-image': the image '${IMAGE}' cannot be pulled:\n${NOT_FOUND.trim()}`,
    )
    expect(r.clock.sleeps).toEqual([])
    expect(r.daemon.lines.filter((l) => l.includes(FACADE))).toEqual([`docker pull --quiet ${LOCAL}`]) // sent at once
  })

  it('no digest from the registry (HEAD failed): pulled, and not saved (no key)', async () => {
    const cache = fakeCache()
    const r = runner({ cache, digest: new Error('no response (ECONNRESET)') })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED, `docker pull --quiet ${IMAGE}`])
    expect(cache.entries).toEqual([])
    expect(r.log.lines).toEqual([
      `${IMAGE}: the registry did not say its digest (no response (ECONNRESET))`,
      `${IMAGE}: not kept in the Actions cache (the registry gave no digest to key it by)`,
    ])
  })

  it('a fetch that fails: the daemon pulls from the registry, and nothing is saved', async () => {
    const cache = fakeCache()
    const r = runner({ cache, digest: D1, fetchFailure: new Error('the blob sha256:a1 arrived as 3 bytes of ...') })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED, `docker pull --quiet ${IMAGE}`])
    expect(cache.entries).toEqual([])
    expect(r.log.lines).toEqual([
      `${IMAGE}: the action could not fetch it (the blob sha256:a1 arrived as 3 bytes of ...); the daemon pulls it`,
      `${IMAGE}: not kept in the Actions cache (the action could not fetch it)`,
    ])
    expect(r.dirs.size).toBe(0)
  })

  it('a snapshot whose blobs the cache no longer holds: fetched, and its blobs saved again', async () => {
    const cache = fakeCache()
    await runner({ cache, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    cache.blobs.clear() // evicted
    const r = runner({ cache, digest: D1 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED, ...facadePull(D1, 'files')])
    expect(r.log.lines).toEqual([
      `${IMAGE}: the Actions cache no longer holds 2 of its blobs (${imageCacheKey(IMAGE, 'amd64', D1)})`,
      `${IMAGE}: the Actions cache already holds ${imageCacheKey(IMAGE, 'amd64', D1)}`,
    ])
    expect(cache.blobs.size).toBe(2)
  })

  it('a cache service that cannot be asked: a warning, then the fetch; the save is still tried', async () => {
    const cache = fakeCache()
    const down = overriding(cache, { find: () => Promise.reject(new Error('the cache service answered 503: busy')) })
    const r = runner({ cache: down, digest: D1 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED, ...facadePull(D1, 'files')])
    expect(r.log.lines).toEqual([
      `warning: ${IMAGE}: the Actions cache could not be asked for ${PREFIX}: the cache service answered 503: busy`,
      `${IMAGE}: kept in the Actions cache (${imageCacheKey(IMAGE, 'amd64', D1)})`,
    ])
  })

  it('an entry that cannot be read: a warning naming the entry, then the fetch', async () => {
    const cache = fakeCache()
    await runner({ cache, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const broken = overriding(cache, {
      snapshot: () => Promise.reject(new Error('not an image snapshot of this version')),
    })
    const r = runner({ cache: broken, digest: D1 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED, ...facadePull(D1, 'files')])
    expect(r.log.lines[0]).toBe(
      `warning: ${IMAGE}: could not load it from the Actions cache entry ${imageCacheKey(IMAGE, 'amd64', D1)}: ` +
        'not an image snapshot of this version',
    )
  })

  it('a daemon that cannot reach the loopback registry: a warning, the pull from the registry, and not asked again', async () => {
    const cache = fakeCache()
    await runner({ cache, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const refused = `Error response from daemon: Get "http://${FACADE}/v2/": dial tcp ${FACADE}: connect: connection refused\n`
    const r = runner({ cache, digest: D1, facadeFailure: refused })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([
      INSPECT,
      `docker pull --quiet ${LOCAL}`, // once: nothing worth another attempt on loopback
      '(facade closed)',
      `docker pull --quiet ${IMAGE}`,
    ])
    expect(r.fetches).toEqual([]) // the fetched files could not be served either
    expect(r.log.lines[0]).toBe(
      `warning: ${IMAGE}: the daemon cannot reach the action's loopback registry; the images are pulled from ` +
        `their registries: docker pull --quiet ${LOCAL} exited with code 1:\n${refused.trim()}`,
    )
    // the next image goes straight to its registry
    await r.provider.ensure(BINFMT, 'binfmt-image')
    expect(r.daemon.lines.slice(4)).toEqual([
      `docker image inspect --format {{.Id}} ${BINFMT}`,
      `docker pull --quiet ${BINFMT}`,
    ])
  })

  it('a cached copy the daemon reaches but cannot pull: a warning (URLs redacted), then fetched; the cache still used', async () => {
    const cache = fakeCache()
    await runner({ cache, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const broken =
      'Error response from daemon: failed to copy: httpReadSeeker: failed open: unexpected status code ' +
      'http://cache/blob?sig=SECRET&se=2026: 403 Forbidden\n'
    const r = runner({ cache, digest: D1, facadeFailure: broken })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([
      INSPECT,
      `docker pull --quiet ${LOCAL}`,
      '(facade closed)',
      ...facadePull(D1, 'files'),
    ])
    expect(r.log.lines).toEqual([
      `warning: ${IMAGE}: the copy from the Actions cache could not be pulled; pulling it instead: docker pull ` +
        `--quiet ${LOCAL} exited with code 1:\nError response from daemon: failed to copy: httpReadSeeker: failed ` +
        'open: unexpected status code http://cache/blob?sig=REDACTED&se=REDACTED: 403 Forbidden',
      `${IMAGE}: the Actions cache already holds ${imageCacheKey(IMAGE, 'amd64', D1)}`,
    ])
    expect(r.log.lines.join('\n')).not.toContain('SECRET')
  })

  it('an image the daemon has: the questions already asked are not said, even when they failed', async () => {
    const cache = fakeCache()
    const down = overriding(cache, { find: () => Promise.reject(new Error('the cache service answered 503: busy')) })
    const r = runner({ cache: down, digest: new Error('HEAD: HTTP 503'), present: [IMAGE] })
    expect(await r.provider.ensure(IMAGE, 'buildkit-image')).toBe('present')
    await new Promise((resolve) => setImmediate(resolve))
    expect(r.log.lines).toEqual([])
  })

  it('a cache this job may only read: fetched and pulled from those files, not saved', async () => {
    const cache = fakeCache()
    cache.writable = false
    const r = runner({ cache, digest: D1 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED, ...facadePull(D1, 'files')])
    expect(cache.calls).toEqual([`find ${PREFIX} ${PREFIX}`])
    expect(r.log.lines).toEqual([`${IMAGE}: not kept in the Actions cache (read-only for this job)`])
  })

  it('a save the service refuses (another job saved it first) or that fails: the step goes on', async () => {
    const cache = fakeCache()
    cache.entries.push({ key: imageCacheKey(IMAGE, 'amd64', D1), snapshot: snapshotOf(D2) })
    cache.blobs.add('sha256:none') // the entry's blobs are not kept: it is not used
    const refused = runner({ cache, digest: D1 })
    await refused.provider.ensure(IMAGE, 'buildkit-image')
    expect(refused.log.lines.at(-1)).toBe(
      `${IMAGE}: the Actions cache already holds ${imageCacheKey(IMAGE, 'amd64', D1)}`,
    )
    const refusing = overriding(cache, { save: () => Promise.resolve('refused' as const) })
    const r2 = runner({ cache: refusing, digest: parseDigest(`sha256:${'3'.repeat(64)}`) })
    await r2.provider.ensure(IMAGE, 'buildkit-image')
    expect(r2.log.lines).toEqual([
      `${IMAGE}: not kept in the Actions cache (the cache service would not keep ${imageCacheKey(IMAGE, 'amd64', parseDigest(`sha256:${'3'.repeat(64)}`))})`,
    ])
    const failing = overriding(cache, {
      save: () => Promise.reject(new Error('the upload of the cache entry x was answered 500')),
    })
    const r = runner({ cache: failing, digest: D2 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED, ...facadePull(D2, 'files')]) // the image is there all the same
    expect(r.log.lines).toEqual([
      `warning: ${IMAGE}: not kept in the Actions cache: the upload of the cache entry x was answered 500`,
    ])
  })
})

describe('a daemon that cannot say whether it has the image', () => {
  it('the step fails with its error; the pull sent to the loopback registry meanwhile ends quietly', async () => {
    const cache = fakeCache()
    const r = runner({ cache, digest: D1 })
    const docker = new Docker(r.daemon.runner, {})
    const failing: ImageDeps['docker'] = {
      hasImage: () => Promise.reject(new Error('spawn docker ENOENT')),
      pull: (image, transient) => docker.pull(image, transient),
      tag: (a, b) => docker.tag(a, b),
    }
    const provider = imageProvider({ ...r.deps, docker: failing })
    await expect(provider.ensure(IMAGE, 'buildkit-image')).rejects.toThrow('spawn docker ENOENT')
    await new Promise((resolve) => setImmediate(resolve))
    expect(r.daemon.lines).toEqual(NOTHING_SERVED)
    expect(r.log.lines).toEqual([])
  })
})

describe('naming while the build runs', () => {
  it('settleLater() starts the naming, finish() waits for it; an image is named once', async () => {
    const cache = fakeCache()
    await runner({ cache, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, digest: D1 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    r.provider.settleLater()
    await r.provider.finish()
    expect(r.daemon.lines.filter((l) => l.startsWith('docker tag'))).toEqual([`docker tag ${LOCAL} ${IMAGE}`])
    expect(r.daemon.images.get(IMAGE)).toBe(LOCAL)
  })
})

describe('a miss is saved while the step goes on', () => {
  it('ensure() does not wait for the upload; finish() does (and names the image), then the fetched files go', async () => {
    const cache = fakeCache()
    let upload: () => void = () => {}
    const slow = overriding(cache, {
      save: (key, snapshot, files) =>
        new Promise((resolve) => {
          upload = () => {
            resolve(cache.save(key, snapshot, files))
          }
        }),
    })
    const r = runner({ cache: slow, digest: D1 })
    expect(await r.provider.ensure(IMAGE, 'buildkit-image')).toBe('fetched')
    expect(r.daemon.lines).toEqual([INSPECT, ...NOTHING_SERVED, ...facadePull(D1, 'files')])
    expect(r.dirs).toEqual(new Set([DIR])) // still being uploaded
    expect(r.log.lines).toEqual([])
    expect(r.daemon.lines).not.toContain(`docker tag ${LOCAL} ${IMAGE}`)
    const finished = r.provider.finish()
    upload()
    await finished
    expect(r.daemon.lines).toContain(`docker tag ${LOCAL} ${IMAGE}`) // named, if settle() had not named it
    expect(r.log.lines).toEqual([`${IMAGE}: kept in the Actions cache (${imageCacheKey(IMAGE, 'amd64', D1)})`])
    expect(r.dirs.size).toBe(0)
  })
})

describe('the name an image pulled from the loopback registry is run by', () => {
  it("is that registry's until settle(); a failure to give it its own is a warning, and it still runs", async () => {
    const cache = fakeCache()
    await runner({ cache, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, digest: D1, tagFailure: 'Error response from daemon: no space left on device\n' })
    expect(await r.provider.ensure(IMAGE, 'buildkit-image')).toBe('fetched')
    expect(r.provider.nameOf(IMAGE)).toBe(LOCAL)
    await r.provider.settle()
    expect(r.log.lines).toEqual([
      `${IMAGE}: loaded from the Actions cache (${imageCacheKey(IMAGE, 'amd64', D1)}); nothing pulled`,
      `warning: ${IMAGE}: pulled as ${LOCAL}, but not named ${IMAGE}: docker tag ${LOCAL} ${IMAGE} exited with code 1:\n` +
        'Error response from daemon: no space left on device',
    ])
  })
})

describe('images without the cache (cache-images: false, or no cache service)', () => {
  it('pulled, with retries; no HEAD, no fetch, no save', async () => {
    const r = runner({ digest: new Error('HEAD must not run'), pullFailures: [S503] })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([INSPECT, `docker pull --quiet ${IMAGE}`, `docker pull --quiet ${IMAGE}`])
    expect(r.log.lines).toEqual([`Pulling ${IMAGE} failed (HTTP 503): attempt 2 of 8 in 1.0s`])
    expect(r.fetches).toEqual([])
    expect(r.provider.nameOf(IMAGE)).toBe(IMAGE)
  })
})
