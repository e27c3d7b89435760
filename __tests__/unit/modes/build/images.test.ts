import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../../src/errors.js'
import {
  imageCacheKey,
  imageCacheKeyPrefix,
  imageProvider,
  type ImageCache,
  type ImageDeps,
} from '../../../../src/modes/build/images.js'
import type { Clock } from '../../../../src/oci/retry.js'
import { parseDigest, type Digest } from '../../../../src/oci/types.js'
import { Docker } from '../../../../src/tools/docker.js'
import { commandRetry, commandRetryPolicy } from '../../../../src/tools/retry.js'
import type { RunResult, Runner } from '../../../../src/tools/runner.js'
import { memoryLog } from '../../support/memory-log.js'

const IMAGE = '127.0.0.1:5000/moby/buildkit:buildx-stable-1'
const D1 = parseDigest(`sha256:${'1'.repeat(64)}`)
const D2 = parseDigest(`sha256:${'2'.repeat(64)}`)
const PREFIX = 'multiarch-publish-image-127.0.0.1-5000-moby-buildkit-buildx-stable-1-amd64-'
const ARCHIVE = '.multiarch-publish-images/127.0.0.1-5000-moby-buildkit-buildx-stable-1.tar'
const S429 =
  'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n'
const S503 = `Error response from daemon: unexpected status from HEAD request to http://127.0.0.1:5000/v2/moby/buildkit/manifests/buildx-stable-1: 503 Service Unavailable\n`
const NOT_FOUND = `Error response from daemon: manifest for ${IMAGE} not found: manifest unknown: manifest unknown\n`

/**
 * A daemon that answers `docker image inspect`, `pull` and `save` from what it holds; pulls fail with the given
 * stderr in turn (exit code 1), then succeed. Archives live in `files`.
 */
function fakeDaemon(files: Map<string, string>, pullFailures: string[] = [], present: string[] = []) {
  const images = new Set(present)
  const lines: string[] = []
  const runner: Runner = {
    run(command, args): Promise<RunResult> {
      lines.push([command, ...args].join(' '))
      const ok = (stdout = '') => Promise.resolve({ exitCode: 0, stdout, stderr: '' })
      const fail = (stderr: string) => Promise.resolve({ exitCode: 1, stdout: '', stderr })
      const [verb, ...rest] = args
      const last = rest.at(-1) ?? ''
      if (verb === 'image') return images.has(last) ? ok('sha256:x\n') : fail(`Error: No such image: ${last}\n`)
      if (verb === 'pull') {
        const stderr = pullFailures.shift()
        if (stderr !== undefined) return fail(stderr)
        images.add(last)
        return ok(`${last}\n`)
      }
      if (verb === 'save') {
        files.set(rest[1] ?? '', `archive of ${last}`)
        return ok()
      }
      return fail(`unexpected command: ${args.join(' ')}`)
    },
  }
  return { runner, lines, images }
}

type Daemon = ReturnType<typeof fakeDaemon>

interface Entry {
  key: string
  paths: string
  content: string
}

/**
 * The cache service's semantics: exact key first, then the newest entry whose key starts with a restore key, among
 * the entries of the same paths (their version). Shared by the runners of a test; `on(daemon)` is the cache as one
 * runner sees it: a load puts the entry's image into that runner's daemon (and says so in its lines).
 */
function fakeCache(files: Map<string, string>) {
  const entries: Entry[] = []
  const calls: string[] = []
  const cache = {
    entries,
    calls,
    find(path: string, key: string, restoreKeys: readonly string[]) {
      calls.push(`find ${[key, ...restoreKeys].join(' ')}`)
      const version = entries.filter((e) => e.paths === path)
      const hit =
        version.find((e) => e.key === key) ??
        restoreKeys.map((k) => version.filter((e) => e.key.startsWith(k)).at(-1)).find(Boolean)
      return Promise.resolve(hit && { key: hit.key, url: `http://cache/${hit.key}` })
    },
    save(path: string, key: string) {
      calls.push(`save ${key}`)
      if (entries.some((e) => e.key === key)) return Promise.resolve(-1)
      entries.push({ key, paths: path, content: files.get(path) ?? '' })
      return Promise.resolve(entries.length)
    },
    writable: true,
    on(daemon: Daemon): ImageCache {
      return {
        writable: cache.writable,
        find: (path, key, restoreKeys) => cache.find(path, key, restoreKeys),
        save: (path, key) => cache.save(path, key),
        load(hit) {
          daemon.lines.push(`(stream) ${hit.url} | docker load`)
          const entry = entries.find((e) => e.key === hit.key)
          if (!entry) return Promise.reject(new Error(`no entry ${hit.key}`))
          daemon.images.add(entry.content.replace('archive of ', ''))
          return Promise.resolve()
        },
      }
    },
  }
  return cache
}

/** The shared cache with some of its functions replaced, in every runner that uses it. */
function overriding(cache: ReturnType<typeof fakeCache>, part: Partial<ImageCache>) {
  return { on: (daemon: Daemon): ImageCache => ({ ...cache.on(daemon), ...part }) }
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
  cache?: Pick<ReturnType<typeof fakeCache>, 'on'>
  files: Map<string, string>
  digest?: Digest | Error
  pullFailures?: string[]
  present?: string[]
  retryTimeout?: number
}) {
  const daemon = fakeDaemon(opts.files, opts.pullFailures, opts.present)
  const log = memoryLog()
  const clock = fakeClock()
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
    ...(opts.cache ? { cache: opts.cache.on(daemon) } : {}),
    headDigest: (image) => {
      if (image !== IMAGE) return Promise.reject(new Error(`HEAD of an unexpected image ${image}`))
      return opts.digest instanceof Error ? Promise.reject(opts.digest) : Promise.resolve(opts.digest)
    },
    arch: 'amd64',
    files: {
      mkdir: () => Promise.resolve(undefined),
      rm: (path) => {
        opts.files.delete(path)
        return Promise.resolve()
      },
    },
    dir: '.multiarch-publish-images',
  }
  return { provider: imageProvider(d), daemon, log, clock }
}

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
  it('a miss: pulled once, saved under the key with its digest; the next runner loads it and pulls nothing', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    const first = runner({ cache, files, digest: D1 })
    await first.provider.ensure(IMAGE, 'buildkit-image')
    expect(first.daemon.lines).toEqual([
      `docker image inspect --format {{.Id}} ${IMAGE}`,
      `docker pull --quiet ${IMAGE}`,
      `docker save --output ${ARCHIVE} ${IMAGE}`,
    ])
    // no copy of any digest: not asked for by the key
    expect(cache.calls).toEqual([`find ${PREFIX} ${PREFIX}`, `save ${imageCacheKey(IMAGE, 'amd64', D1)}`])
    expect(cache.entries).toEqual([
      { key: imageCacheKey(IMAGE, 'amd64', D1), paths: ARCHIVE, content: `archive of ${IMAGE}` },
    ])
    expect(first.log.lines).toEqual([`${IMAGE}: kept in the Actions cache (${imageCacheKey(IMAGE, 'amd64', D1)})`])
    expect(files.size).toBe(0) // the archive is gone

    const second = runner({ cache, files, digest: D1 })
    await second.provider.ensure(IMAGE, 'buildkit-image')
    expect(second.daemon.lines).toEqual([
      `docker image inspect --format {{.Id}} ${IMAGE}`,
      `(stream) http://cache/${imageCacheKey(IMAGE, 'amd64', D1)} | docker load`,
      `docker image inspect --format {{.Id}} ${IMAGE}`,
    ])
    // one lookup: the newest copy is the one of the registry's digest
    expect(cache.calls.slice(2)).toEqual([`find ${PREFIX} ${PREFIX}`])
    expect(second.log.lines).toEqual([
      `${IMAGE}: loaded from the Actions cache (${imageCacheKey(IMAGE, 'amd64', D1)}); nothing pulled`,
    ])
    expect(files.size).toBe(0) // nothing written on the way
  })

  it('an image the daemon has already: nothing else runs', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    const r = runner({ cache, files, digest: D1, present: [IMAGE] })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([`docker image inspect --format {{.Id}} ${IMAGE}`])
    expect(cache.calls).toEqual([])
  })

  it('a new digest at the registry: pulled and saved under the new key, the older copy left alone', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    await runner({ cache, files, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, files, digest: D2 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines.filter((l) => !l.startsWith('docker image inspect'))).toEqual([
      `docker pull --quiet ${IMAGE}`,
      `docker save --output ${ARCHIVE} ${IMAGE}`,
    ])
    expect(cache.entries.map((e) => e.key)).toEqual([
      imageCacheKey(IMAGE, 'amd64', D1),
      imageCacheKey(IMAGE, 'amd64', D2),
    ])
    // the newest copy is of another digest: the key is asked for too
    expect(cache.calls.slice(2)).toEqual([
      `find ${PREFIX} ${PREFIX}`,
      `find ${imageCacheKey(IMAGE, 'amd64', D2)}`,
      `save ${imageCacheKey(IMAGE, 'amd64', D2)}`,
    ])
  })

  it('an older copy saved after the one of the digest: the copy of the digest is found by its key and loaded', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    await runner({ cache, files, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    await runner({ cache, files, digest: D2 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, files, digest: D1 }) // the tag moved back
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines.filter((l) => !l.startsWith('docker image inspect'))).toEqual([
      `(stream) http://cache/${imageCacheKey(IMAGE, 'amd64', D1)} | docker load`,
    ])
    expect(r.log.lines).toEqual([
      `${IMAGE}: loaded from the Actions cache (${imageCacheKey(IMAGE, 'amd64', D1)}); nothing pulled`,
    ])
  })

  it('rate limited (429) with an older copy in the cache: that copy, at once, with a warning', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    await runner({ cache, files, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, files, digest: D2, pullFailures: [S429, S429, S429] })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([
      `docker image inspect --format {{.Id}} ${IMAGE}`,
      `docker pull --quiet ${IMAGE}`,
      `(stream) http://cache/${imageCacheKey(IMAGE, 'amd64', D1)} | docker load`,
      `docker image inspect --format {{.Id}} ${IMAGE}`,
    ])
    expect(r.clock.sleeps).toEqual([]) // Docker Hub's limit is not waited out
    expect(r.log.lines).toEqual([
      `warning: buildkit-image: the registry refused '${IMAGE}' (rate limited (HTTP 429)); using the copy the ` +
        `Actions cache kept from an earlier run (${imageCacheKey(IMAGE, 'amd64', D1)}), which may be older than the registry's`,
    ])
    expect(cache.entries).toHaveLength(1) // nothing new saved
  })

  it('a registry that keeps failing (503) with an older copy: retried within the bound, then that copy', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    await runner({ cache, files, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, files, digest: new Error('HEAD: HTTP 503'), pullFailures: Array(20).fill(S503) })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.clock.sleeps).toEqual([1000, 2000, 4000])
    expect(r.daemon.lines.filter((l) => l.startsWith('docker pull'))).toHaveLength(4)
    expect(r.log.lines[0]).toBe(`${IMAGE}: the registry did not say its digest (HEAD: HTTP 503)`)
    expect(r.log.lines.at(-1)).toMatch(
      /^warning: buildkit-image: the registry refused '.*' \(HTTP 503\); using the copy/,
    )
  })

  it('rate limited without an older copy: retried within the bound, then an error saying why', async () => {
    const files = new Map<string, string>()
    const r = runner({ cache: fakeCache(files), files, digest: D1, pullFailures: Array(20).fill(S429) })
    const e = await r.provider.ensure(IMAGE, 'buildkit-image').catch((x: unknown) => x)
    expect(e).not.toBeInstanceOf(InputError) // the input is right; the registry refuses
    expect((e as Error).message).toBe(
      `the image '${IMAGE}' (buildkit-image) could not be pulled: rate limited (HTTP 429); gave up after 4 attempts in 7.0s\n${S429.trim()}`,
    )
    expect(r.log.lines.filter((l) => l.startsWith('Pulling'))).toEqual([
      `Pulling ${IMAGE} failed (rate limited (HTTP 429)): attempt 2 of 8 in 1.0s`,
      `Pulling ${IMAGE} failed (rate limited (HTTP 429)): attempt 3 of 8 in 2.0s`,
      `Pulling ${IMAGE} failed (rate limited (HTTP 429)): attempt 4 of 8 in 4.0s`,
    ])
  })

  it('an image the registry does not have: an error naming the input, at once, even with an older copy', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    await runner({ cache, files, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const r = runner({ cache, files, digest: undefined, pullFailures: [NOT_FOUND] })
    const e = await r.provider.ensure(IMAGE, 'buildkit-image').catch((x: unknown) => x)
    expect(e).toBeInstanceOf(InputError)
    expect((e as Error).message).toBe(
      `input 'buildkit-image': the image '${IMAGE}' cannot be pulled:\n${NOT_FOUND.trim()}`,
    )
    expect(r.clock.sleeps).toEqual([])
    expect(r.daemon.lines.filter((l) => l.startsWith('(stream)'))).toEqual([])
  })

  it('no digest from the registry (HEAD failed): pulled, and not saved (no key)', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    const r = runner({ cache, files, digest: new Error('no response (ECONNRESET)') })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines.filter((l) => !l.startsWith('docker image inspect'))).toEqual([
      `docker pull --quiet ${IMAGE}`,
    ])
    expect(cache.entries).toEqual([])
    expect(r.log.lines).toEqual([
      `${IMAGE}: the registry did not say its digest (no response (ECONNRESET))`,
      `${IMAGE}: not kept in the Actions cache (the registry gave no digest to key it by)`,
    ])
  })

  it('an entry that does not hold the image: a warning, then the pull', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    cache.entries.push({ key: imageCacheKey(IMAGE, 'amd64', D1), paths: ARCHIVE, content: 'archive of other/image:1' })
    const r = runner({ cache, files, digest: D1 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines.filter((l) => !l.startsWith('docker image inspect'))).toEqual([
      `(stream) http://cache/${imageCacheKey(IMAGE, 'amd64', D1)} | docker load`,
      `docker pull --quiet ${IMAGE}`,
      `docker save --output ${ARCHIVE} ${IMAGE}`,
    ])
    expect(r.log.lines[0]).toBe(
      `warning: ${IMAGE}: the Actions cache entry ${imageCacheKey(IMAGE, 'amd64', D1)} does not hold this image; pulling it`,
    )
  })

  it('a cache service that cannot be asked: a warning, then the pull; the save is still tried', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    const down = overriding(cache, { find: () => Promise.reject(new Error('the cache service answered 503: busy')) })
    const r = runner({ cache: down, files, digest: D1 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines.filter((l) => !l.startsWith('docker image inspect'))).toEqual([
      `docker pull --quiet ${IMAGE}`,
      `docker save --output ${ARCHIVE} ${IMAGE}`,
    ])
    expect(r.log.lines).toEqual([
      `warning: ${IMAGE}: the Actions cache could not be asked for ${PREFIX}: the cache service answered 503: busy`,
      `${IMAGE}: kept in the Actions cache (${imageCacheKey(IMAGE, 'amd64', D1)})`,
    ])
  })

  it('an entry whose download or load fails: a warning naming the entry, then the pull', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    await runner({ cache, files, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const broken = overriding(cache, {
      load: () => Promise.reject(new Error('docker load --quiet exited with code 1:\nunexpected EOF')),
    })
    const r = runner({ cache: broken, files, digest: D1 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines.filter((l) => !l.startsWith('docker image inspect'))).toEqual([
      `docker pull --quiet ${IMAGE}`,
      `docker save --output ${ARCHIVE} ${IMAGE}`,
    ])
    expect(r.log.lines[0]).toBe(
      `warning: ${IMAGE}: could not load it from the Actions cache entry ${imageCacheKey(IMAGE, 'amd64', D1)}; ` +
        'pulling it: docker load --quiet exited with code 1:\nunexpected EOF',
    )
  })

  it('a cache this job may only read: pulled, and not saved (no archive written)', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    cache.writable = false
    const r = runner({ cache, files, digest: D1 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines.filter((l) => !l.startsWith('docker image inspect'))).toEqual([
      `docker pull --quiet ${IMAGE}`,
    ])
    expect(cache.calls).toEqual([`find ${PREFIX} ${PREFIX}`])
    expect(r.log.lines).toEqual([`${IMAGE}: not kept in the Actions cache (read-only for this job)`])
  })

  it('the copy of the digest does not load and the registry rate-limits: no older copy, so the pull is retried', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    await runner({ cache, files, digest: D1 }).provider.ensure(IMAGE, 'buildkit-image')
    const broken = overriding(cache, { load: () => Promise.reject(new Error('unexpected EOF')) })
    const r = runner({ cache: broken, files, digest: D1, pullFailures: [S429] })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines.filter((l) => l.startsWith('docker pull'))).toHaveLength(2)
    expect(r.clock.sleeps).toEqual([1000])
  })

  it('a save the service refuses (another job saved it first) or that fails: the step goes on', async () => {
    const files = new Map<string, string>()
    const cache = fakeCache(files)
    cache.entries.push({ key: imageCacheKey(IMAGE, 'amd64', D1), paths: 'elsewhere.tar', content: '' })
    const refused = runner({ cache, files, digest: D1 })
    await refused.provider.ensure(IMAGE, 'buildkit-image')
    expect(refused.log.lines).toEqual([])
    const failing = overriding(cache, { save: () => Promise.reject(new Error('upload failed: 500')) })
    const r = runner({ cache: failing, files, digest: D2 })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.log.lines).toEqual([`warning: ${IMAGE}: not kept in the Actions cache: upload failed: 500`])
  })
})

describe('images without the cache (cache-images: false, or no cache service)', () => {
  it('pulled, with retries; no HEAD, no save', async () => {
    const files = new Map<string, string>()
    const r = runner({ files, digest: new Error('HEAD must not run'), pullFailures: [S503] })
    await r.provider.ensure(IMAGE, 'buildkit-image')
    expect(r.daemon.lines).toEqual([
      `docker image inspect --format {{.Id}} ${IMAGE}`,
      `docker pull --quiet ${IMAGE}`,
      `docker pull --quiet ${IMAGE}`,
    ])
    expect(r.log.lines).toEqual([`Pulling ${IMAGE} failed (HTTP 503): attempt 2 of 8 in 1.0s`])
  })
})
