// Issue 3: a second build through ../shared/tools/gha-cache-server shows cached steps.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { itgSkipReason } from './support/tools.js'
import { stopStarted } from './support/teardown.js'
import { startRegistry, type Registry } from './support/registry.js'
import { pushBaseImage } from './support/images.js'
import { startGhaCache, type GhaCache } from './support/gha-cache.js'
import { crane, errorAnnotations, pruneBuildCache, runLocal } from './support/action.js'
import {
  buildSteps,
  buildxCommandLine,
  cacheEntries,
  flagValues,
  imageContent,
  expectRunSteps,
  uniqueExampleCopy,
} from './support/cache-helpers.js'

const skip = itgSkipReason()
const d = skip ? describe.skip : describe

/** The example Dockerfile has two RUN steps, built for both platforms. */
const RUN_STEPS = ['linux/amd64 2/4', 'linux/amd64 3/4', 'linux/arm64 2/4', 'linux/arm64 3/4']
const allRunSteps = (cached: boolean) => Object.fromEntries(RUN_STEPS.map((s) => [s, cached]))

d('gha cache through the Actions cache service emulator', () => {
  let reg: Registry
  let base: string
  let gha: GhaCache
  const contexts: string[] = []
  /** A fresh copy of examples/hello with unique content, so nothing is cached from any other build. */
  const freshContext = (name: string) => {
    const dir = uniqueExampleCopy(name)
    contexts.push(dir)
    return dir
  }
  const inputs = (image: string, context: string, more: Record<string, string> = {}) => ({
    images: image,
    tags: 'latest',
    context,
    'build-args': `BASE_IMAGE=${base}`,
    ...more,
  })

  beforeAll(async () => {
    gha = await startGhaCache()
    reg = await startRegistry()
    base = pushBaseImage(reg.host)
  })
  afterAll(async () => {
    await stopStarted(gha, reg)
    for (const c of contexts) rmSync(c, { recursive: true, force: true })
  })

  it('exports to the service on the first build, and the second build (empty local cache) imports it: RUN steps CACHED', async () => {
    const image = `${reg.host}/acme/cached`
    const scope = `multiarch-publish-${reg.host.replace(':', '-')}-acme-cached`
    const context = freshContext('cached')

    pruneBuildCache()
    const first = await runLocal(inputs(image, context), gha.env)
    expect(errorAnnotations(first.main.stdout)).toEqual([])
    expect(first.main.exitCode).toBe(0)
    // cache: auto -> gha, because the job has the service
    expect(first.main.stdout).toContain('(cache: gha)')
    const cmd = buildxCommandLine(first.main.stdout)
    expect(flagValues(cmd, '--cache-from')).toEqual([`type=gha,scope=${scope}`])
    expect(flagValues(cmd, '--cache-to')).toEqual([`type=gha,scope=${scope},mode=min,ignore-error=true`])
    expect(first.main.stdout).toContain('exporting to GitHub Actions Cache')
    // nothing to import yet: every RUN step really ran
    expectRunSteps(first.main.stdout, allRunSteps(false))
    // the service now holds the cache index for this scope and the layer blobs it points to
    expect(await cacheEntries(gha.env, `index-${scope}-`)).toHaveLength(1)
    const blobs = await cacheEntries(gha.env, 'buildkit-blob-')
    expect(blobs.length).toBeGreaterThanOrEqual(RUN_STEPS.length)

    pruneBuildCache()
    const second = await runLocal(inputs(image, context), gha.env)
    expect(errorAnnotations(second.main.stdout)).toEqual([])
    expect(second.main.exitCode).toBe(0)
    const imported = buildSteps(second.main.stdout).filter((s) =>
      s.title.startsWith('importing cache manifest from gha'),
    )
    expect(imported).toHaveLength(1)
    expect(imported[0]?.errors).toEqual([])
    expectRunSteps(second.main.stdout, allRunSteps(true))
    // the second export adds no layer: they are all in the service already
    expect(await cacheEntries(gha.env, 'buildkit-blob-')).toHaveLength(blobs.length)

    // Same content, but NOT the same platform digests: the action stamps org.opencontainers.image.created (label
    // in the config, annotation on the manifest) with its own clock, and BuildKit sets the config's `created`.
    // So what is the same is the content: identical layer blobs (reused from the cache, not rebuilt) and
    // identical configs once the timestamps are left out.
    const digests1 = JSON.parse(first.outputs['platform-digests'] as string) as Record<string, string>
    const digests2 = JSON.parse(second.outputs['platform-digests'] as string) as Record<string, string>
    expect(Object.keys(digests2)).toEqual(['linux/amd64', 'linux/arm64'])
    expect(Object.keys(digests1)).toEqual(Object.keys(digests2))
    for (const platform of Object.keys(digests1)) {
      expect(imageContent(`${image}@${digests2[platform]}`)).toEqual(imageContent(`${image}@${digests1[platform]}`))
    }
    expect(crane('digest', `${image}:latest`).trim()).toBe(second.outputs.digest)
  })

  it('cache-mode: max exports with mode=max', async () => {
    const run = await runLocal(inputs(`${reg.host}/acme/max`, freshContext('max'), { 'cache-mode': 'max' }), gha.env)
    expect(errorAnnotations(run.main.stdout)).toEqual([])
    expect(run.main.exitCode).toBe(0)
    const cacheTo = flagValues(buildxCommandLine(run.main.stdout), '--cache-to')
    expect(cacheTo).toEqual([
      `type=gha,scope=multiarch-publish-${reg.host.replace(':', '-')}-acme-max,mode=max,ignore-error=true`,
    ])
    expect(run.main.stdout).toContain('exporting to GitHub Actions Cache')
  })

  it('cache: none builds with no cache flags, even with the service there', async () => {
    const before = await cacheEntries(gha.env)
    const run = await runLocal(inputs(`${reg.host}/acme/nocache`, freshContext('none'), { cache: 'none' }), gha.env)
    expect(errorAnnotations(run.main.stdout)).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(run.main.stdout).toContain('(cache: none)')
    const cmd = buildxCommandLine(run.main.stdout)
    expect(cmd).not.toContain('--cache-from')
    expect(cmd).not.toContain('--cache-to')
    expect(run.main.stdout).not.toContain('importing cache manifest')
    expect(run.main.stdout).not.toContain('exporting to GitHub Actions Cache')
    expect(await cacheEntries(gha.env)).toHaveLength(before.length)
  })

  it('publishes when the cache service is down: import and export fail, the build does not', async () => {
    const down = await startGhaCache()
    await down.stop() // its variables still point at the now closed port
    const image = `${reg.host}/acme/cachedown`
    pruneBuildCache()
    const run = await runLocal(inputs(image, freshContext('down')), down.env)
    expect(errorAnnotations(run.main.stdout)).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(run.main.stdout).toContain('(cache: gha)')
    // BuildKit reports both cache steps as failed and goes on: a failed cache import is not fatal to a build,
    // and the export has ignore-error=true.
    const steps = buildSteps(run.main.stdout)
    for (const title of ['importing cache manifest from gha', 'exporting to GitHub Actions Cache']) {
      const step = steps.find((s) => s.title.startsWith(title))
      expect(step?.errors.join('\n')).toMatch(/connection refused/)
    }
    // ...and the action says so, instead of losing the cache silently
    const warnings = run.main.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(
      /^::warning::the GitHub Actions cache could not be read; building without it: .*connection refused/,
    )
    expect(warnings[1]).toMatch(
      /^::warning::the GitHub Actions cache could not be written; the image is unaffected: .*connection refused/,
    )
    expectRunSteps(run.main.stdout, allRunSteps(false))
    expect(crane('digest', `${image}:latest`).trim()).toBe(run.outputs.digest)
    expect(run.post?.exitCode).toBe(0)
  })
})
