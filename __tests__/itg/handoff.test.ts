/**
 * The leg -> merge handoff whatever the runner OS and tools of legs and merge: the legs and the merges are
 * separate processes of the bundled action, each with its own runner settings, against the results-service
 * emulator (artifacts) and a real registry. Windows and macOS runners are staged by RUNNER_OS and a PATH
 * without zstd (process.platform stays linux: nothing in the handoff reads it, see docs/handoff.md); a leg on a
 * self-hosted runner without zstd by its PATH. A control shows the same settings break the Actions cache:
 * an entry a runner with zstd saves is not found by a runner without it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { restoreCache, saveCache } from '@actions/cache'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crane, errorAnnotations, exampleCopy, runLocal } from './support/action.js'
import { startGhaCache, withEnv, type GhaCache } from './support/gha-cache.js'
import { pushBaseImage } from './support/images.js'
import { jobEnv, onPath, pathWithOnly } from './support/jobs.js'
import { startRegistry, type Registry } from './support/registry.js'
import { startResultsService, type ResultsService } from './support/results-service.js'
import { stopStarted } from './support/teardown.js'
import { itgSkipReason } from './support/tools.js'

const skip = itgSkipReason(['docker', 'docker-registry', 'crane', 'zstd'])
const d = skip ? describe.skip : describe

interface Index {
  manifests: { digest: string; platform: { os: string; architecture: string } }[]
  annotations?: Record<string, string>
}

d('handoff between legs and merge on any runner OS, with or without zstd', () => {
  let reg: Registry
  let service: ResultsService
  let base: string
  let context: string
  let workspace: string
  const noTools = mkdtempSync(join(tmpdir(), 'mp-empty-path-'))
  beforeAll(async () => {
    reg = await startRegistry()
    service = await startResultsService()
    base = pushBaseImage(reg.host)
    context = exampleCopy(`handoff ${String(Date.now())}`)
    workspace = mkdtempSync(join(tmpdir(), 'mp-workspace-'))
  })
  afterAll(async () => {
    await stopStarted(reg, service)
    for (const dir of [context, workspace, noTools]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('a merge on Windows and one on macOS, without zstd, find the legs a Linux runner with zstd and one without handed off', async () => {
    const image = `${reg.host}/acme/handoff`
    const dockerOnly = pathWithOnly(['docker'])
    expect(onPath('zstd', process.env.PATH ?? '')).toBe(true)
    expect(onPath('zstd', dockerOnly)).toBe(false)
    const leg = (platform: string, job: string, o: Parameters<typeof jobEnv>[3]) =>
      runLocal(
        { mode: 'build-platform', images: image, platforms: platform, context, 'build-args': `BASE_IMAGE=${base}` },
        jobEnv(service, 'os-run', job, o),
        workspace,
      )
    const [amd, arm] = await Promise.all([
      leg('linux/amd64', 'leg-amd64', { os: 'Linux', arch: 'X64' }), // GitHub-hosted: zstd installed
      leg('linux/arm64', 'leg-arm64', { os: 'Linux', arch: 'ARM64', path: dockerOnly }), // self-hosted, no zstd
    ])
    rmSync(dockerOnly, { recursive: true, force: true })
    for (const run of [amd, arm]) {
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
    }
    const legDigests = {
      ...(JSON.parse(amd.outputs['platform-digests'] ?? '{}') as Record<string, string>),
      ...(JSON.parse(arm.outputs['platform-digests'] ?? '{}') as Record<string, string>),
    }
    const handoffId = /handoff-id (\S+)\)/.exec(amd.main.stdout)?.[1] ?? ''
    expect(handoffId).toMatch(/^handoff-[0-9a-f]{12}$/)
    expect(
      service
        .artifacts()
        .map((a) => a.name)
        .sort(),
    ).toEqual([
      `multiarch-publish-handoff_${handoffId}_linux-amd64_attempt-1`,
      `multiarch-publish-handoff_${handoffId}_linux-arm64_attempt-1`,
    ])

    const merge = (tag: string, job: string, os: string) =>
      runLocal(
        {
          mode: 'merge',
          images: image,
          platforms: 'linux/amd64,linux/arm64',
          tags: tag,
          context,
          'build-args': `BASE_IMAGE=${base}`,
        },
        jobEnv(service, 'os-run', job, { os, arch: 'X64', path: noTools }),
        workspace,
      )
    // the same version (v1, the first tag) on both: the same index annotations
    const windows = await merge('v1\nwindows', 'merge-windows', 'Windows')
    expect(errorAnnotations(windows.main.stdout)).toEqual([])
    expect(windows.main.exitCode).toBe(0)
    const mac = await merge('v1\nmacos', 'merge-macos', 'macOS')
    expect(errorAnnotations(mac.main.stdout)).toEqual([])
    expect(mac.main.exitCode).toBe(0)

    // both found the same legs, and made the same index of them
    for (const run of [windows, mac]) {
      expect(JSON.parse(run.outputs['platform-digests'] ?? '{}')).toEqual(legDigests)
      expect(run.main.stdout).toMatch(/linux\/arm64: sha256:[0-9a-f]{64} \(from run attempt 1, artifact /)
    }
    expect(mac.outputs.digest).toBe(windows.outputs.digest)
    const index = JSON.parse(crane('manifest', `${image}:windows`)) as Index
    expect(
      Object.fromEntries(
        index.manifests
          .filter((m) => m.platform.os !== 'unknown')
          .map((m) => [`${m.platform.os}/${m.platform.architecture}`, m.digest]),
      ),
    ).toEqual(legDigests)
    expect(crane('digest', `${image}:macos`).trim()).toBe(windows.outputs.digest)
  })

  it('control: the same settings break the Actions cache, whose entry version depends on zstd', async () => {
    const cache: GhaCache = await startGhaCache()
    const dir = mkdtempSync(join(tmpdir(), 'mp-cache-control-'))
    try {
      const file = join(dir, 'leg.json')
      const key = `control-${String(Date.now())}`
      const env = (path: string) => ({ ...cache.env, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir, PATH: path })
      await withEnv(env(process.env.PATH ?? ''), async () => {
        writeFileSync(file, '{}')
        expect(await saveCache([file], key)).toBeGreaterThan(0)
      })
      // a runner without zstd asks for the gzip version of the entry: not found
      const without = await withEnv(env(noTools), () => restoreCache([file], key, [], { lookupOnly: true }))
      expect(without).toBeUndefined()
      // the same lookup with zstd finds it: zstd alone made the difference
      const withZstd = await withEnv(env(process.env.PATH ?? ''), () =>
        restoreCache([file], key, [], { lookupOnly: true }),
      )
      expect(withZstd).toBe(key)
    } finally {
      await cache.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
