// The action's defaults end to end (driver docker-container, qemu auto) with the real BuildKit and binfmt images
// (../shared/images, pushed to a test registry by global-setup): a cold run, the gha cache across two fresh
// builders, a platform failing half-way, and images that do not exist.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ActionRun } from '../../scripts/run-action.mjs'
import { crane, errorAnnotations, exampleCopy, fileInImage } from './support/action.js'
import { readEntries, withoutEmulators, type BinfmtEntry } from './support/binfmt.js'
import { buildxCommandLine, cacheEntries, expectRunSteps, uniqueExampleCopy } from './support/cache-helpers.js'
import { startFaultProxy } from './support/fault-proxy.js'
import { removeFromDaemon } from './support/image-copies.js'
import { startGhaCache, type GhaCache } from './support/gha-cache.js'
import { dockerEnv, pushBaseImage } from './support/images.js'
import { startRegistry, type Registry } from './support/registry.js'
import { stopStarted } from './support/teardown.js'
import {
  builderName,
  builderTraces,
  containerSkipReason,
  leftBehind,
  runContainer,
  testImages,
  type BuilderTraces,
  type TestImages,
} from './support/test-images.js'

const skip = containerSkipReason()
const d = skip ? describe.skip : describe

interface Index {
  manifests: { digest: string; platform: { os: string; architecture: string } }[]
}

const NO_TRACES: BuilderTraces = { containers: [], volumes: [], builders: [], tags: [] }

/** The `[command]...` line @actions/exec echoed for a command containing `needle`, and its position in stdout. */
function commandAt(stdout: string, needle: string): number {
  const lines = stdout.split('\n')
  const i = lines.findIndex((l) => l.startsWith('[command]') && l.includes(needle))
  if (i < 0) throw new Error(`no echoed command with '${needle}' in:\n${stdout}`)
  return i
}

/** What buildkitd logged when its worker started: `found worker "...", labels=..., platforms=[linux/amd64 ...]`. */
function workerPlatforms(builder: string): string[] {
  const res = spawnSync('docker', ['logs', `buildx_buildkit_${builder}0`], { env: dockerEnv() })
  if (res.status !== 0) throw new Error(`docker logs buildx_buildkit_${builder}0: ${res.stderr.toString()}`)
  const log = res.stderr.toString() // buildkitd logs to stderr
  const m = /found worker .*platforms=\[([^\]]*)\]/.exec(log)
  if (!m) throw new Error(`buildkitd logged no worker:\n${log}`)
  return (m[1] as string).split(' ')
}

d('docker-container driver, real BuildKit and binfmt images', () => {
  let images: TestImages
  let reg: Registry
  let base: string
  const contexts: string[] = []
  const context = (dir: string) => (contexts.push(dir), dir)

  beforeAll(async () => {
    images = testImages() as TestImages
    reg = await startRegistry()
    base = pushBaseImage(reg.host) // with the host's QEMU (docker driver), before any test unregisters it
  })
  afterAll(async () => {
    await stopStarted(reg)
    for (const c of contexts) rmSync(c, { recursive: true, force: true })
  })

  describe('a cold run: no QEMU emulator registered on the machine', () => {
    let run: ActionRun
    let image: string
    let builder: string
    let registered: BinfmtEntry[]
    let beforePost: BuilderTraces & { workerPlatforms: string[] }
    let afterPost: BuilderTraces

    beforeAll(async () => {
      image = `${reg.host}/acme/cold`
      // a fresh runner: neither image in the daemon, both pulled by the step
      removeFromDaemon(images.buildkit, images.binfmt)
      await withoutEmulators(async () => {
        run = await runContainer(
          {
            images: image,
            tags: 'latest\nv1',
            context: context(exampleCopy(`cold ${Date.now()}`)),
            'build-args': `BASE_IMAGE=${base}`,
          },
          {},
          {
            beforePost: ({ main }) => {
              builder = builderName(main.stdout) as string
              beforePost = { ...builderTraces(builder), workerPlatforms: workerPlatforms(builder) }
            },
          },
        )
        registered = readEntries()
      })
      afterPost = builderTraces(builder)
    })

    it('installs only the missing emulator (arm64), with the binfmt image', () => {
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      expect(run.main.stdout).toContain(`QEMU: installing arm64 with ${images.binfmt}`)
      const install = run.main.stdout.split('\n')[commandAt(run.main.stdout, ' run --privileged')] as string
      expect(install).toMatch(new RegExp(` run --privileged --rm ${images.binfmt} --install arm64$`))
      // registered by the image (its interpreter and flags), and nothing more than was missing
      expect(registered.map((e) => [e.name, e.interpreter, e.flags])).toEqual([
        ['qemu-aarch64', '/usr/bin/qemu-aarch64', 'POCF'],
      ])
    })

    it('creates a docker-container builder from the BuildKit image, which builds both platforms', () => {
      const create = run.main.stdout.split('\n')[commandAt(run.main.stdout, ' buildx create ')] as string
      // the BuildKit image just pulled, under the builder's own local tag that buildx cannot pull: the boot asks
      // no registry
      const local = `127.0.0.1:0/multiarch-publish/buildkit:${builder}`
      expect(run.main.stdout).toContain(
        `Builder image: ${images.buildkit}, as ${local} (booted from the copy just made present)`,
      )
      expect(create).toContain(`--driver docker-container --driver-opt image=${local} `)
      expect(beforePost.tags).toEqual([local])
      expect(run.main.stdout + run.main.stderr).toContain(`pulling failed, using local image ${local}`)
      // created and booted in one call, no second buildx call for the platforms
      expect(create).toMatch(/ --bootstrap$/)
      expect(run.main.stdout).not.toContain(' buildx inspect ')
      expect(run.main.stdout).toContain(
        `Builder '${builder}' booted: builds linux/amd64, linux/arm64 (linux/arm64 under QEMU)`,
      )
      expect(beforePost.containers).toEqual([`buildx_buildkit_${builder}0`])
    })

    it("starts the builder's worker after the emulators are registered: it lists linux/arm64 from the start", () => {
      // BuildKit reads the registered emulators once, when its worker starts (scripts/qemu-order.mjs): a worker
      // started before the registration never lists linux/arm64
      expect(beforePost.workerPlatforms).toContain('linux/arm64')
    })

    it('logs that the emulators were registered before the builder boots, right before the bootstrap', () => {
      const lines = run.main.stdout.split('\n')
      const bootstrap = commandAt(run.main.stdout, ' buildx create ')
      const said = lines.indexOf('QEMU: emulators registered before the builder boots')
      expect(said).toBeGreaterThan(commandAt(run.main.stdout, ' run --privileged'))
      expect(said).toBeLessThan(bootstrap)
    })

    it('pushes by digest, verifies, then tags: every output matches what the registry serves', () => {
      const cmd = buildxCommandLine(run.main.stdout)
      expect(cmd).toContain('push-by-digest=true')
      expect(cmd).not.toMatch(/ (-t|--tag) /)
      const digest = run.outputs.digest as string
      expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(run.outputs.image).toBe(`${image}@${digest}`)
      expect(run.outputs.platforms).toBe('linux/amd64,linux/arm64')
      expect(run.outputs.tags?.split('\n')).toEqual([`${image}:latest`, `${image}:v1`])
      for (const tag of ['latest', 'v1']) expect(crane('digest', `${image}:${tag}`).trim()).toBe(digest)
      const index = JSON.parse(crane('manifest', `${image}@${digest}`)) as Index
      const served = Object.fromEntries(
        index.manifests
          .filter((m) => m.platform.os !== 'unknown')
          .map((m) => [`${m.platform.os}/${m.platform.architecture}`, m.digest]),
      )
      expect(Object.keys(served)).toEqual(['linux/amd64', 'linux/arm64'])
      expect(JSON.parse(run.outputs['platform-digests'] as string)).toEqual(served)
      expect(
        (JSON.parse(run.outputs.metadata as string) as { 'containerimage.digest'?: string })['containerimage.digest'],
      ).toBe(digest)
      // the RUN step ran on each platform, under QEMU for arm64
      expect(fileInImage(`${image}@${served['linux/arm64']}`, '/arch').trim()).toBe('aarch64')
      expect(fileInImage(`${image}@${served['linux/amd64']}`, '/arch').trim()).toBe('x86_64')
    })

    it('the post step removes the builder: its container, its volume and its buildx entry', () => {
      expect(beforePost.volumes).toEqual([`buildx_buildkit_${builder}0_state`])
      expect(beforePost.builders).toEqual([builder])
      expect(run.post?.exitCode).toBe(0)
      expect(run.post?.stdout).toContain(`Removing builder ${builder}`)
      expect(afterPost).toEqual(NO_TRACES)
    })
  })

  describe('QEMU before the builder needs it', () => {
    it('registers the emulators before the builder boots, even when the binfmt image comes slower than the BuildKit image', async () => {
      // Each request for the binfmt image waits 1 s: under the concurrent setup the BuildKit worker then starts
      // before the registration, never lists linux/arm64, and the platform check fails (scripts/qemu-order.mjs).
      const proxy = await startFaultProxy(images.binfmt.split('/')[0] as string, () => undefined, { delayMs: 1000 })
      try {
        const slowBinfmt = images.binfmt.replace(/^[^/]+/, proxy.host)
        let worker: string[] = []
        const run = await withoutEmulators(() =>
          runContainer(
            {
              images: `${reg.host}/acme/slow-binfmt`,
              tags: 'latest',
              context: 'examples/hello',
              'build-args': `BASE_IMAGE=${base}`,
              'binfmt-image': slowBinfmt,
            },
            {},
            { beforePost: ({ main }) => void (worker = workerPlatforms(builderName(main.stdout) as string)) },
          ),
        )
        expect(errorAnnotations(run.main.stdout)).toEqual([])
        expect(run.main.stdout).toContain(`QEMU: installing arm64 with ${slowBinfmt}`)
        expect(run.main.exitCode).toBe(0)
        expect(worker).toContain('linux/arm64')
        expect(run.outputs.platforms).toBe('linux/amd64,linux/arm64')
        expect(leftBehind(run.main.stdout)).toEqual(NO_TRACES)
      } finally {
        await proxy.stop()
      }
    })
  })

  describe('the GitHub Actions cache (type=gha) through the cache service emulator', () => {
    let gha: GhaCache
    beforeAll(async () => {
      gha = await startGhaCache()
    })
    afterAll(() => stopStarted(gha))

    it('a second job, on a fresh builder, imports what the first exported: RUN steps CACHED', async () => {
      const image = `${reg.host}/acme/container-cached`
      const dir = context(uniqueExampleCopy('container'))
      const inputs = { images: image, tags: 'latest', context: dir, 'build-args': `BASE_IMAGE=${base}` }
      const steps = (cached: boolean) =>
        Object.fromEntries(
          ['linux/amd64 2/4', 'linux/amd64 3/4', 'linux/arm64 2/4', 'linux/arm64 3/4'].map((s) => [s, cached]),
        )

      const first = await runContainer(inputs, gha.env)
      expect(errorAnnotations(first.main.stdout)).toEqual([])
      expect(first.main.exitCode).toBe(0)
      expect(first.main.stdout).toContain('QEMU: qemu-aarch64 already registered')
      expect(first.main.stdout).toContain('(cache: gha)')
      expectRunSteps(first.main.stdout, steps(false))
      expect(first.main.stdout).toContain('exporting to GitHub Actions Cache')
      expect(await cacheEntries(gha.env, 'index-')).toHaveLength(1)

      const second = await runContainer(inputs, gha.env)
      expect(errorAnnotations(second.main.stdout)).toEqual([])
      expect(second.main.exitCode).toBe(0)
      // a fresh builder each job: another name, so the steps can only come from the service
      expect(builderName(second.main.stdout)).not.toBe(builderName(first.main.stdout))
      expectRunSteps(second.main.stdout, steps(true))
      expect(crane('digest', `${image}:latest`).trim()).toBe(second.outputs.digest)
      for (const r of [first, second]) expect(leftBehind(r.main.stdout)).toEqual(NO_TRACES)
    })
  })

  it('fails on a RUN step that exits 1 on arm64 only: names the platform and the step, moves no tag, removes the builder', async () => {
    const dir = context(exampleCopy())
    writeFileSync(
      join(dir, 'Dockerfile'),
      'ARG BASE_IMAGE\nFROM $BASE_IMAGE\nARG TARGETARCH\nRUN ["sh", "-c", "test $TARGETARCH != arm64"]\n',
    )
    const image = `${reg.host}/acme/container-broken`
    const run = await runContainer({ images: image, tags: 'latest', context: dir, 'build-args': `BASE_IMAGE=${base}` })
    expect(run.main.exitCode).not.toBe(0)
    // The failing step as buildx names it: platform, step number, instruction. (Not just somewhere in the error:
    // an echoed command line holds --platform linux/amd64,linux/arm64, and the Dockerfile excerpt the RUN line.)
    const errors = errorAnnotations(run.main.stdout).join('\n')
    // BuildKit names the step with its arguments expanded
    expect(errors).toContain('the build failed at [linux/arm64 2/2] RUN ["sh", "-c", "test arm64 != arm64"]')
    expect(run.outputs.digest).toBeUndefined()
    expect(() => crane('digest', `${image}:latest`)).toThrow()
    expect(run.post?.exitCode).toBe(0)
    expect(leftBehind(run.main.stdout)).toEqual(NO_TRACES)
  })

  describe.each([
    ['buildkit-image', 'moby/buildkit:no-such-tag'],
    ['binfmt-image', 'tonistiigi/binfmt:no-such-tag'],
  ])('%s that the registry does not have', (input, missing) => {
    it('fails within seconds naming the input and the image; nothing pushed, no builder left', async () => {
      const ref = `${images.buildkit.split('/')[0]}/${missing}`
      const image = `${reg.host}/acme/bad-${input}`
      const started = Date.now()
      // cold, so that qemu: auto has an emulator to install with binfmt-image
      const run = await withoutEmulators(() =>
        runContainer({
          images: image,
          tags: 'latest',
          context: 'examples/hello',
          'build-args': `BASE_IMAGE=${base}`,
          [input]: ref,
        }),
      )
      const seconds = (Date.now() - started) / 1000
      expect(run.main.exitCode).toBe(1)
      const errors = errorAnnotations(run.main.stdout)
      expect(errors.join('\n')).toContain(`input '${input}'`)
      expect(errors.join('\n')).toContain(ref)
      expect(seconds).toBeLessThan(20)
      expect(run.main.stdout).not.toContain(' buildx build ')
      expect(() => crane('ls', image)).toThrow()
      expect(run.post?.exitCode).toBe(0)
      expect(leftBehind(run.main.stdout)).toEqual(NO_TRACES)
    })
  })

  describe('QEMU only when something runs emulated: a cross-compiling Dockerfile on a machine without emulators', () => {
    let run: ActionRun
    let registered: BinfmtEntry[]
    const image = () => `${reg.host}/acme/cross`

    beforeAll(async () => {
      const dir = context(exampleCopy())
      // the RUN runs on the build platform ($BUILDPLATFORM, native); the target stage only copies its result
      writeFileSync(
        join(dir, 'Dockerfile'),
        [
          'ARG BASE_IMAGE',
          'FROM --platform=$BUILDPLATFORM $BASE_IMAGE AS build',
          'ARG TARGETARCH',
          'RUN ["sh", "-c", "echo built for $TARGETARCH > /arch"]',
          'FROM scratch',
          'COPY --from=build /arch /arch',
          '',
        ].join('\n'),
      )
      await withoutEmulators(async () => {
        run = await runContainer({ images: image(), tags: 'latest', context: dir, 'build-args': `BASE_IMAGE=${base}` })
        registered = readEntries()
      })
    })

    it('publishes linux/amd64 + linux/arm64 without registering any emulator, and says why', () => {
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      expect(registered.filter((e) => e.name.startsWith('qemu-'))).toEqual([])
      expect(run.main.stdout).not.toContain('QEMU: installing')
      expect(run.main.stdout).toContain('QEMU: not needed, nothing runs emulated (linux/arm64 build natively)')
      expect(run.main.stdout).toMatch(/QEMU: linux\/arm64: no RUN runs emulated/)
      expect(run.outputs.platforms).toBe('linux/amd64,linux/arm64')
    })

    it('built each platform from the native stage', () => {
      const served = JSON.parse(run.outputs['platform-digests'] as string) as Record<string, string>
      expect(fileInImage(`${image()}@${served['linux/arm64'] ?? ''}`, '/arch').trim()).toBe('built for arm64')
      expect(fileInImage(`${image()}@${served['linux/amd64'] ?? ''}`, '/arch').trim()).toBe('built for amd64')
      expect(crane('digest', `${image()}:latest`).trim()).toBe(run.outputs.digest)
    })
  })

  describe('image names as users write them (ghcr.io/${{ github.repository }} has capitals)', () => {
    it('publishes <registry>/Acme/Widget to acme/widget, with a notice, and every output says so', async () => {
      const run = await runContainer({
        images: `${reg.host}/Acme/Widget`,
        tags: 'latest',
        platforms: 'linux/amd64',
        context: context(exampleCopy()),
        'build-args': `BASE_IMAGE=${base}`,
      })
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      const image = `${reg.host}/acme/widget`
      expect(run.main.stdout).toContain(`::notice::images: '${reg.host}/Acme/Widget' is used as '${image}'`)
      expect(crane('digest', `${image}:latest`).trim()).toBe(run.outputs.digest)
      expect(run.outputs.image).toBe(`${image}@${run.outputs.digest ?? ''}`)
      expect(run.outputs.tags).toBe(`${image}:latest`)
      expect(crane('ls', `${reg.host}/acme/widget`).trim()).toBe('latest')
    })
  })
})
