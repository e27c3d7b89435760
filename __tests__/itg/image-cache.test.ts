/**
 * The image cache end to end, with the real parts: the Actions cache emulator, a registry on loopback behind a
 * counting proxy, the action's fetch, its loopback registry and dockerd, with either image store (the test
 * daemon's containerd store, and a daemon of the test's own with the classic store, as GitHub's hosted runners
 * have). The image is an index of two platforms with provenance attestations, as the images on Docker Hub are: a
 * first runner fetches it and keeps it; a second pulls it from the cache, no blob from the registry, same ID.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import * as fs from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cacheServiceOf } from '../../src/cache-service/service.js'
import { actionsImageCache } from '../../src/modes/build/image-cache.js'
import { fetchImage } from '../../src/modes/build/image-fetch.js'
import { imageProvider, type ImageDeps } from '../../src/modes/build/images.js'
import { RegistryClient } from '../../src/oci/client.js'
import { parseReference } from '../../src/oci/reference.js'
import { startFacade } from '../../src/registry-facade/server.js'
import { Docker } from '../../src/tools/docker.js'
import { execRunner } from '../../src/tools/runner.js'
import { crane } from './support/action.js'
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.js'
import { startGhaCache, type GhaCache } from './support/gha-cache.js'
import { imageId, imageNames, removeFromDaemon } from './support/image-copies.js'
import { dockerEnv, pushBaseImage } from './support/images.js'
import { startRegistry, type Registry } from './support/registry.js'
import { stopStarted } from './support/teardown.js'
import { containerSkipReason } from './support/test-images.js'
import { memoryLog } from '../unit/support/memory-log.js'

const d = containerSkipReason() ? describe.skip : describe

/** A daemon of the test's own with Docker's classic image store (scripts/dockerd.sh); returns its stop. */
function classicDaemon(): { host: string; stop: () => void } {
  const env = {
    ...process.env,
    MULTIARCH_PUBLISH_DOCKERD_DIR: '/run/multiarch-publish-itg-classic',
    MULTIARCH_PUBLISH_DOCKERD_DATA: '/var/lib/multiarch-publish-itg-classic/docker',
    MULTIARCH_PUBLISH_DOCKERD_CONTAINERD_STORE: 'false',
  }
  const host = execFileSync('bash', ['scripts/dockerd.sh', 'start'], { env }).toString().trim()
  return {
    host,
    stop: () => {
      execFileSync('bash', ['scripts/dockerd.sh', 'stop'], { env })
      rmSync(env.MULTIARCH_PUBLISH_DOCKERD_DATA, { recursive: true, force: true })
    },
  }
}

d.each([['containerd'], ['classic']])('images through the Actions cache, end to end (%s image store)', (store) => {
  let daemon: { host: string; stop: () => void } | undefined
  const before = process.env.DOCKER_HOST
  let reg: Registry
  let proxy: FaultProxy
  let gha: GhaCache
  let dir: string
  let image: string
  const untagged: string[] = []

  /** One runner's provider: the action's real parts, the test daemon. */
  function provider() {
    const service = cacheServiceOf(gha.env)
    if (!service) throw new Error('no cache service')
    const log = memoryLog()
    const client = () => new RegistryClient({ insecureRegistries: [proxy.host] })
    const deps: ImageDeps = {
      docker: new Docker(execRunner, dockerEnv()),
      log,
      cache: actionsImageCache(service, () => {}),
      headDigest: async (ref) => (await client().headManifest(parseReference(ref)))?.digest,
      fetchImage: (ref, digest, arch, into) => fetchImage(client(), ref, digest, arch, into),
      startFacade,
      untagLater: (name) => untagged.push(name),
      arch: 'amd64',
      files: fs,
      dir,
    }
    return { images: imageProvider(deps), log }
  }

  beforeAll(async () => {
    reg = await startRegistry()
    proxy = await startFaultProxy(reg.host, () => undefined)
    gha = await startGhaCache()
    dir = mkdtempSync(join(tmpdir(), 'mp-image-cache-'))
    // built on the test daemon (its builder makes the index), then pulled by the daemon under test
    const pushed = pushBaseImage(reg.host, 'attested/busybox', `${store}-${Date.now()}`, true)
    image = pushed.replace(reg.host, proxy.host)
    if (store === 'classic') {
      daemon = classicDaemon()
      process.env.DOCKER_HOST = daemon.host // dockerEnv() and the helpers use it
    }
  })
  afterAll(async () => {
    removeFromDaemon(...untagged)
    await stopStarted(proxy, gha, reg)
    rmSync(dir, { recursive: true, force: true })
    daemon?.stop()
    if (before === undefined) delete process.env.DOCKER_HOST
    else process.env.DOCKER_HOST = before
  })

  it(`runs on a daemon with the ${store} image store`, async () => {
    expect(await new Docker(execRunner, dockerEnv()).containerdStore()).toBe(store === 'containerd')
  })

  it('is an index with attestation manifests', () => {
    const index = JSON.parse(crane('manifest', image.replace(proxy.host, reg.host))) as {
      manifests: { platform: { os: string }; annotations?: Record<string, string> }[]
    }
    expect(index.manifests.filter((m) => m.platform.os === 'unknown')).toHaveLength(2)
  })

  it('a first runner fetches and keeps it; a second pulls it from the cache: no blob from the registry, the same ID', async () => {
    removeFromDaemon(image)
    const first = provider()
    expect(await first.images.ensure(image, 'binfmt-image')).toBe('fetched')
    await first.images.finish() // named, and saved
    expect(first.log.lines.filter((l) => l.startsWith('warning'))).toEqual([])
    expect(first.log.lines.at(-1)).toMatch(/: kept in the Actions cache \(multiarch-publish-image-/)
    const id = imageId(image)
    expect(id).toBeDefined()

    removeFromDaemon(image, ...untagged.splice(0))
    expect(imageId(image)).toBeUndefined()
    proxy.log.length = 0
    const second = provider()
    expect(await second.images.ensure(image, 'binfmt-image')).toBe('fetched')
    await second.images.finish()
    expect(second.log.lines).toEqual([
      expect.stringMatching(/: loaded from the Actions cache \(multiarch-publish-image-.*\); nothing pulled$/),
    ])
    expect(proxy.count({ kind: 'blob' })).toBe(0)
    expect(proxy.count({ method: 'GET', kind: 'manifest' })).toBe(0)
    expect(imageId(image)).toBe(id)
    expect(second.images.nameOf(image)).toMatch(/^127\.0\.0\.1:\d+\/attested\/busybox:\w+-\d+$/)
    expect(imageNames(image).tags).toEqual(expect.arrayContaining([image, second.images.nameOf(image)]))
  })
})
