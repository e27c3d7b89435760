// Issue 13: retries where publishing really fails, and no image pull on a warm run. The action's defaults
// (docker-container, qemu auto) with the real BuildKit and binfmt images, served through a fault-injecting proxy in
// front of a registry on loopback (503, 429 with Retry-After, resets), and the Actions cache emulator.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ActionRun } from '../../scripts/run-action.mjs'
import { crane, errorAnnotations } from './support/action.js'
import { withoutEmulators } from './support/binfmt.js'
import { buildSteps, cacheEntries, expectRunSteps, uniqueExampleCopy } from './support/cache-helpers.js'
import { anyOf, faultOnce, outage, startFaultProxy, type Fault, type FaultProxy } from './support/fault-proxy.js'
import { startGhaCache, type GhaCache } from './support/gha-cache.js'
import { imageCopies, imageId, imageNames, labelledCopy, removeFromDaemon, viaHost } from './support/image-copies.js'
import { dockerEnv, pushBaseImage } from './support/images.js'
import { startRegistry, type Registry } from './support/registry.js'
import { stopStarted } from './support/teardown.js'
import {
  builderName,
  containerSkipReason,
  leftBehind,
  runContainer,
  testImages,
  type BuilderTraces,
  type TestImages,
} from './support/test-images.js'

const skip = containerSkipReason()
const d = skip ? describe.skip : describe

const NO_TRACES: BuilderTraces = { containers: [], volumes: [], builders: [], tags: [] }
const ALL_RUN_STEPS = ['linux/amd64 2/4', 'linux/amd64 3/4', 'linux/arm64 2/4', 'linux/arm64 3/4']

interface Index {
  manifests: { digest: string; platform: { os: string; architecture: string } }[]
}

/** The platform -> digest map of the index the registry serves (attestation entries left out). */
function servedPlatforms(ref: string): Record<string, string> {
  const index = JSON.parse(crane('manifest', ref)) as Index
  return Object.fromEntries(
    index.manifests
      .filter((m) => m.platform.os !== 'unknown')
      .map((m) => [`${m.platform.os}/${m.platform.architecture}`, m.digest]),
  )
}

/** The log of each `docker buildx build` the step ran, split at the echoed command lines. */
function buildAttempts(stdout: string): string[] {
  const parts = stdout.split(/^\[command\]\S*docker buildx build .*$/m)
  return parts.slice(1)
}

/** The image manifests (not the attestations, not the list) a build exported: `exporting manifest sha256:...`. */
function exportedManifests(buildLog: string): string[] {
  const digests = [...buildLog.matchAll(/^#\d+ exporting manifest (sha256:[0-9a-f]{64})/gm)].map((m) => m[1] as string)
  return [...new Set(digests)].sort()
}

const retryLines = (stdout: string) =>
  stdout.split('\n').filter((l) => / failed \(.*\): attempt \d+ of \d+ in /.test(l))

d('resilience: retries through a faulty registry, images from the Actions cache', () => {
  let source: TestImages
  let reg: Registry
  let base: string
  const contexts: string[] = []
  const context = (name: string) => {
    const dir = uniqueExampleCopy(name)
    contexts.push(dir)
    return dir
  }

  beforeAll(async () => {
    source = testImages() as TestImages
    reg = await startRegistry()
    base = pushBaseImage(reg.host) // straight from the registry: the base image is part of the build, not retried
  })
  afterAll(async () => {
    await stopStarted(reg)
    for (const c of contexts) rmSync(c, { recursive: true, force: true })
  })

  describe('a registry that fails now and then (503, 429 with Retry-After, resets)', () => {
    let proxy: FaultProxy
    let images: TestImages
    let run: ActionRun
    let seconds: number
    const image = () => `${proxy.host}/acme/flaky`

    beforeAll(async () => {
      const copies = imageCopies(source, reg.host, 'flaky')
      // Outages of 1.5 s on each image and on the push's uploads: longer than dockerd's and BuildKit's own retries
      // (a single fault is absorbed there: BuildKit retries a 503 or a reset of its push for seconds, not a 429),
      // so the action's retries carry them through. Then single faults on the action's own registry client.
      proxy = await startFaultProxy(
        reg.host,
        anyOf(
          outage(1500, ['503', 'reset'], { repository: 'flaky/binfmt' }),
          outage(1500, ['429'], { repository: 'flaky/buildkit' }),
          outage(1500, ['429'], { method: 'POST', kind: 'upload', repository: 'acme/flaky' }),
          faultOnce([
            { method: 'GET', kind: 'manifest', repository: 'acme/flaky', fault: '503' },
            { method: 'PUT', kind: 'manifest', repository: 'acme/flaky', fault: 'reset' },
          ]),
        ),
      )
      images = viaHost(copies, proxy.host)
      const started = Date.now()
      run = await withoutEmulators(() =>
        runContainer({
          images: image(),
          tags: 'latest',
          context: context('flaky'),
          'build-args': `BASE_IMAGE=${base}`,
          'buildkit-image': images.buildkit,
          'binfmt-image': images.binfmt,
          cache: 'none',
        }),
      )
      seconds = (Date.now() - started) / 1000
      removeFromDaemon(images.buildkit, images.binfmt)
    })
    afterAll(() => stopStarted(proxy))

    it('publishes: every output matches what the registry serves', () => {
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      const digest = run.outputs.digest as string
      const direct = `${reg.host}/acme/flaky`
      expect(crane('digest', `${direct}:latest`).trim()).toBe(digest)
      expect(run.outputs.image).toBe(`${image()}@${digest}`)
      expect(run.outputs.platforms).toBe('linux/amd64,linux/arm64')
      expect(JSON.parse(run.outputs['platform-digests'] as string)).toEqual(servedPlatforms(`${direct}@${digest}`))
    })

    it('met every kind of fault on the images and on the push', () => {
      const faulted = new Set(proxy.log.filter((r) => r.fault).map((r) => `${r.fault} ${r.repository}`))
      expect([...faulted].sort()).toEqual(
        expect.arrayContaining(['429 acme/flaky', '429 flaky/buildkit', '503 flaky/binfmt']),
      )
      expect(new Set(proxy.log.map((r) => r.fault).filter(Boolean))).toEqual(new Set<Fault>(['503', '429', 'reset']))
      // the images did travel through the proxy: their config blobs (new, with the copies' labels) were pulled
      expect(
        proxy.count({ method: 'GET', kind: 'blob', repository: 'flaky/buildkit', fault: undefined }),
      ).toBeGreaterThan(0)
      expect(
        proxy.count({ method: 'GET', kind: 'blob', repository: 'flaky/binfmt', fault: undefined }),
      ).toBeGreaterThan(0)
    })

    it('logs each retry with its reason', () => {
      const lines = retryLines(run.main.stdout).map((l) => l.replace(/: attempt \d+ of 8 in \d+\.\ds$/, ''))
      const binfmt = [
        `Pulling ${images.binfmt} failed (HTTP 503)`,
        `Pulling ${images.binfmt} failed (connection reset)`,
      ]
      const buildkit = `Pulling ${images.buildkit} failed (rate limited (HTTP 429))`
      const push = 'The push failed (rate limited (HTTP 429))'
      expect(lines).toEqual(expect.arrayContaining([buildkit, push]))
      expect(lines.some((l) => binfmt.includes(l))).toBe(true)
      expect(lines.filter((l) => ![...binfmt, buildkit, push].includes(l))).toEqual([])
    })

    it('ran the build again only to push: every step CACHED, the same image manifests', () => {
      const attempts = buildAttempts(run.main.stdout)
      expect(attempts.length).toBeGreaterThanOrEqual(2)
      const [first, ...rest] = attempts as [string, ...string[]]
      expectRunSteps(first, Object.fromEntries(ALL_RUN_STEPS.map((s) => [s, false])))
      for (const again of rest) {
        expectRunSteps(again, Object.fromEntries(ALL_RUN_STEPS.map((s) => [s, true])))
        // same content, same digests: the platform images pushed again are the ones the first attempt made
        expect(exportedManifests(again)).toEqual(exportedManifests(first))
      }
      const served = Object.values(servedPlatforms(`${reg.host}/acme/flaky@${run.outputs.digest as string}`)).sort()
      expect(served.every((m) => exportedManifests(first).includes(m))).toBe(true)
      expect(seconds).toBeLessThan(120)
    })

    it('removes the builder', () => {
      expect(run.post?.exitCode).toBe(0)
      expect(leftBehind(run.main.stdout)).toEqual(NO_TRACES)
    })
  })

  it('a registry that refuses everything: fails within the bound, naming the image, nothing tagged, no builder left', async () => {
    const copies = imageCopies(source, reg.host, 'refused')
    const faults: Fault[] = ['503', '429', 'reset']
    const proxy = await startFaultProxy(reg.host, (_r, n) => faults[n % faults.length])
    const gha = await startGhaCache()
    try {
      const images = viaHost(copies, proxy.host)
      const started = Date.now()
      const run = await withoutEmulators(() =>
        runContainer(
          {
            images: `${proxy.host}/acme/refused`,
            tags: 'latest',
            context: 'examples/hello',
            'build-args': `BASE_IMAGE=${base}`,
            'buildkit-image': images.buildkit,
            'binfmt-image': images.binfmt,
            'retry-timeout': '10',
          },
          gha.env,
        ),
      )
      const seconds = (Date.now() - started) / 1000
      expect(run.main.exitCode).toBe(1)
      const errors = errorAnnotations(run.main.stdout)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(
        new RegExp(
          `^the image '127\\.0\\.0\\.1:\\d+/refused/(buildkit|binfmt):[a-z-0-9]+' \\((buildkit|binfmt)-image\\) could not be pulled: ` +
            `(HTTP 503|rate limited \\(HTTP 429\\)|connection reset); gave up after \\d+ attempts in \\d+\\.\\ds`,
        ),
      )
      const gaveUpAfter = Number(/in (\d+\.\d)s/.exec(errors[0] as string)?.[1])
      expect(gaveUpAfter).toBeLessThanOrEqual(10)
      expect(retryLines(run.main.stdout).length).toBeGreaterThanOrEqual(2)
      // bound: 10 s of retries from the first failure, after a HEAD for the cache key (at most 3 quick attempts)
      expect(seconds).toBeLessThan(45)
      expect(run.main.stdout).not.toMatch(/\[command\]\S*docker buildx build /)
      expect(() => crane('ls', `${reg.host}/acme/refused`)).toThrow()
      expect(run.post?.exitCode).toBe(0)
      expect(leftBehind(run.main.stdout)).toEqual(NO_TRACES)
      expect(await cacheEntries(gha.env, 'multiarch-publish-image-')).toEqual([])
      removeFromDaemon(images.buildkit, images.binfmt)
    } finally {
      await stopStarted(gha, proxy)
    }
  })

  it('a push the registry keeps refusing: retried (from the cache: only pushing) within the bound, then a clear error; nothing tagged, no builder left', async () => {
    // every blob upload of the image refused: BuildKit retries for a few seconds, then the action runs it again
    const proxy = await startFaultProxy(reg.host, (r) => (r.kind === 'upload' ? '503' : undefined))
    try {
      const image = `${proxy.host}/acme/push-refused`
      const started = Date.now()
      const run = await runContainer({
        images: image,
        tags: 'latest',
        context: context('push-refused'),
        'build-args': `BASE_IMAGE=${base}`,
        cache: 'none',
        'retry-timeout': '10',
      })
      const seconds = (Date.now() - started) / 1000
      expect(run.main.exitCode).toBe(1)
      const errors = errorAnnotations(run.main.stdout)
      expect(errors).toHaveLength(1)
      expect(errors[0]).toMatch(
        new RegExp(
          `^the push by digest failed \\(HTTP 503; gave up after [2-4] attempts in \\d+\\.\\ds\\): ` +
            `failed to push ${proxy.host}/acme/push-refused: unavailable%0Ano tag was moved$`,
        ),
      )
      expect(retryLines(run.main.stdout)[0]).toMatch(/^The push failed \(HTTP 503\): attempt 2 of 8 in /)
      const attempts = buildAttempts(run.main.stdout)
      expect(attempts.length).toBeGreaterThanOrEqual(2)
      for (const again of attempts.slice(1)) {
        expectRunSteps(again, Object.fromEntries(ALL_RUN_STEPS.map((s) => [s, true])))
        expect(buildSteps(again).some((s) => s.title.startsWith('exporting to image') && s.errors.length > 0)).toBe(
          true,
        )
      }
      expect(seconds).toBeLessThan(90)
      expect(run.outputs.digest).toBeUndefined()
      expect(() => crane('digest', `${reg.host}/acme/push-refused:latest`)).toThrow()
      expect(run.post?.exitCode).toBe(0)
      expect(leftBehind(run.main.stdout)).toEqual(NO_TRACES)
    } finally {
      await proxy.stop()
    }
  })

  it('a build error is never retried, even when its output reports a reset connection', async () => {
    const dir = context('build-error')
    writeFileSync(
      join(dir, 'Dockerfile'),
      'ARG BASE_IMAGE\nFROM $BASE_IMAGE\nRUN ["sh", "-c", "echo read: connection reset by peer >&2; exit 1"]\n',
    )
    const run = await runContainer({
      images: `${reg.host}/acme/build-error`,
      tags: 'latest',
      context: dir,
      'build-args': `BASE_IMAGE=${base}`,
      platforms: 'linux/amd64',
      cache: 'none',
    })
    expect(run.main.exitCode).toBe(1)
    expect(errorAnnotations(run.main.stdout).join('\n')).toContain('the build failed at [2/2] RUN')
    expect(buildAttempts(run.main.stdout)).toHaveLength(1)
    expect(retryLines(run.main.stdout)).toEqual([])
    expect(() => crane('digest', `${reg.host}/acme/build-error:latest`)).toThrow()
    expect(leftBehind(run.main.stdout)).toEqual(NO_TRACES)
  })

  describe('the images in the Actions cache (cache service emulator, a proxy counting requests)', () => {
    let gha: GhaCache
    beforeAll(async () => {
      gha = await startGhaCache()
    })
    afterAll(() => stopStarted(gha))

    it('a second job loads both images from the cache: zero blob pulls of either from the registry', async () => {
      const copies = imageCopies(source, reg.host, 'warm')
      const proxy = await startFaultProxy(reg.host, () => undefined)
      try {
        const images = viaHost(copies, proxy.host)
        const inputs = {
          images: `${reg.host}/acme/warm`,
          tags: 'latest',
          context: 'examples/hello',
          'build-args': `BASE_IMAGE=${base}`,
          'buildkit-image': images.buildkit,
          'binfmt-image': images.binfmt,
          cache: 'none',
        }
        const blobPulls = () => ({
          buildkit: proxy.count({ method: 'GET', kind: 'blob', repository: 'warm/buildkit' }),
          binfmt: proxy.count({ method: 'GET', kind: 'blob', repository: 'warm/binfmt' }),
        })

        // job 1, cold: both pulled through the proxy, then kept in the cache
        const first = await withoutEmulators(() => runContainer(inputs, gha.env))
        expect(errorAnnotations(first.main.stdout)).toEqual([])
        expect(first.main.exitCode).toBe(0)
        const pulled = blobPulls()
        expect(pulled.buildkit).toBeGreaterThan(0)
        expect(pulled.binfmt).toBeGreaterThan(0)
        for (const ref of [images.buildkit, images.binfmt]) {
          expect(first.main.stdout).toMatch(
            new RegExp(`^${ref}: kept in the Actions cache \\(multiarch-publish-image-`, 'm'),
          )
        }
        const entries = await cacheEntries(gha.env, 'multiarch-publish-image-')
        expect(entries.map((e) => e.cacheKey).sort()).toEqual(
          [images.binfmt, images.buildkit]
            .map((ref) => {
              const digest = execFileSync('crane', ['digest', '--insecure', ref.replace(proxy.host, reg.host)])
                .toString()
                .trim()
              return `multiarch-publish-image-${ref.replace(/[^A-Za-z0-9._-]+/g, '-')}-amd64-${digest.replace(':', '-')}`
            })
            .sort(),
        )

        // job 2, a fresh runner: the daemon has neither image
        removeFromDaemon(images.buildkit, images.binfmt)
        expect([imageId(images.buildkit), imageId(images.binfmt)]).toEqual([undefined, undefined])
        proxy.log.length = 0
        const second = await withoutEmulators(() => runContainer(inputs, gha.env))
        expect(errorAnnotations(second.main.stdout)).toEqual([])
        expect(second.main.exitCode).toBe(0)
        expect(blobPulls()).toEqual({ buildkit: 0, binfmt: 0 })
        expect(proxy.count({ kind: 'blob' })).toBe(0)
        // and no manifest GET either (what Docker Hub counts as a pull): one HEAD per image, the action's own (for
        // the cache key); buildx's boot asks nothing (it pulls its image at every boot, a HEAD when the daemon has
        // it, unless the image runs under the action's local tag)
        expect(proxy.count({ method: 'GET', kind: 'manifest' })).toBe(0)
        expect(proxy.count({ method: 'HEAD', kind: 'manifest', repository: 'warm/buildkit' })).toBe(1)
        expect(proxy.count({ method: 'HEAD', kind: 'manifest', repository: 'warm/binfmt' })).toBe(1)
        for (const ref of [images.buildkit, images.binfmt]) {
          expect(second.main.stdout).toMatch(
            new RegExp(`^${ref}: loaded from the Actions cache \\(multiarch-publish-image-.*\\); nothing pulled$`, 'm'),
          )
          // pulled from the action's loopback registry, then named as asked: no name of that registry is left
          const names = imageNames(ref)
          expect(names.tags).toEqual([ref])
          expect(names.digests.filter((n) => !n.startsWith(`${proxy.host}/`))).toEqual([])
        }
        // the binfmt image ran at once by the name the loopback registry gave it (its own given after the boot)
        const ran = /docker run --privileged --rm (\S+)\/warm\/binfmt:latest --install arm64/.exec(second.main.stdout)
        expect(ran?.[1]).toMatch(/^127\.0\.0\.1:\d+$/)
        expect(ran?.[1]).not.toBe(proxy.host)
        expect(second.outputs.platforms).toBe('linux/amd64,linux/arm64')
        expect(crane('digest', `${reg.host}/acme/warm:latest`).trim()).toBe(second.outputs.digest)
        for (const r of [first, second]) expect(leftBehind(r.main.stdout)).toEqual(NO_TRACES)
        removeFromDaemon(images.buildkit, images.binfmt)
      } finally {
        await proxy.stop()
      }
    })

    it('rate limited (429) with an older copy in the cache: that copy, with a warning, and the publish goes on', async () => {
      const copies = imageCopies(source, reg.host, 'limited')
      let blocked = false
      // then the registry answers HEAD requests (as Docker Hub does, free of its pull limit) and refuses every GET
      const proxy = await startFaultProxy(reg.host, (r) =>
        r.repository === 'limited/buildkit' && r.method === 'GET' && blocked ? '429' : undefined,
      )
      try {
        const images = viaHost(copies, proxy.host)
        const inputs = {
          images: `${reg.host}/acme/limited`,
          tags: 'latest',
          context: 'examples/hello',
          'build-args': `BASE_IMAGE=${base}`,
          'buildkit-image': images.buildkit,
          cache: 'none',
        }
        const first = await runContainer(inputs, gha.env)
        expect(first.main.exitCode).toBe(0)
        const older = imageId(images.buildkit) as string
        expect(first.main.stdout).toContain(`${images.buildkit}: kept in the Actions cache`)

        // a newer image under the same tag, a fresh runner, and the registry's pull limit reached
        const newer = labelledCopy(copies.buildkit, copies.buildkit, `limited-newer-${Date.now()}`)
        expect(newer).not.toBe(older)
        removeFromDaemon(images.buildkit)
        blocked = true
        let ran: string | undefined
        const second = await runContainer(inputs, gha.env, {
          beforePost: ({ main }) => {
            const container = `buildx_buildkit_${builderName(main.stdout) as string}0`
            ran = execFileSync('docker', ['inspect', '--format', '{{.Image}}', container], { env: dockerEnv() })
              .toString()
              .trim()
          },
        })
        expect(errorAnnotations(second.main.stdout)).toEqual([])
        expect(second.main.exitCode).toBe(0)
        const warnings = second.main.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
        expect(warnings).toEqual([
          `::warning::buildkit-image: the registry refused '${images.buildkit}' (rate limited (HTTP 429)); using the copy ` +
            `the Actions cache kept from an earlier run (multiarch-publish-image-${images.buildkit.replace(/[^A-Za-z0-9._-]+/g, '-')}-amd64-${older.replace(':', '-')}), which may be older than the registry's`,
        ])
        // a 429 with an older copy at hand is not waited out
        expect(retryLines(second.main.stdout)).toEqual([])
        expect(proxy.count({ fault: '429' })).toBeGreaterThan(0)
        expect(ran).toBe(older)
        expect(crane('digest', `${reg.host}/acme/limited:latest`).trim()).toBe(second.outputs.digest)
        expect(leftBehind(second.main.stdout)).toEqual(NO_TRACES)
        removeFromDaemon(images.buildkit)
      } finally {
        await proxy.stop()
      }
    })
  })
})
