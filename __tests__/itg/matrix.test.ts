import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { itgSkipReason } from './support/tools.js'
import { stopStarted } from './support/teardown.js'
import { startRegistry, type Registry } from './support/registry.js'
import { startGhaCache, type GhaCache } from './support/gha-cache.js'
import { pushBaseImage } from './support/images.js'
import { crane, errorAnnotations, exampleCopy, runLocal } from './support/action.js'

const skip = itgSkipReason()
const d = skip ? describe.skip : describe

interface Index {
  manifests: { digest: string; platform: { os: string; architecture: string }; annotations?: Record<string, string> }[]
}

/** The repository's tags as the registry lists them ([] when it has none, or knows only untagged manifests). */
async function tagsOf(url: string, repository: string): Promise<string[]> {
  const res = await fetch(`${url}/v2/${repository}/tags/list`)
  const body = (await res.json()) as { tags?: string[] | null; errors?: { code: string }[] }
  if (res.status === 404 && body.errors?.[0]?.code === 'NAME_UNKNOWN') return []
  expect(res.status).toBe(200)
  return body.tags ?? []
}

const platformsOf = (index: Index) =>
  Object.fromEntries(
    index.manifests
      .filter((m) => m.platform.os !== 'unknown')
      .map((m) => [`${m.platform.os}/${m.platform.architecture}`, m.digest]),
  )

d('native-runner matrix: two legs and a merge, each its own process, handing off through the Actions cache', () => {
  let reg: Registry
  let gha: GhaCache
  let base: string
  let context: string
  let workspace: string
  beforeAll(async () => {
    reg = await startRegistry()
    gha = await startGhaCache()
    base = pushBaseImage(reg.host)
    context = exampleCopy(`matrix ${Date.now()}`)
    workspace = mkdtempSync(join(tmpdir(), 'mp-workspace-'))
  })
  afterAll(async () => {
    await stopStarted(reg, gha)
    rmSync(context, { recursive: true, force: true })
    rmSync(workspace, { recursive: true, force: true })
  })

  /** A job of workflow run `runId`, attempt `attempt`, with the cache service. */
  const job = (runId: string, attempt: string) => ({
    ...gha.env,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: attempt,
    GITHUB_REPOSITORY: 'acme/app',
  })
  const leg = (image: string, platform: string, runId: string) =>
    runLocal(
      {
        mode: 'build-platform',
        images: image,
        platforms: platform,
        tags: 'v1',
        context,
        'build-args': `BASE_IMAGE=${base}`,
      },
      job(runId, '1'),
      workspace,
    )
  const merge = (image: string, tags: string, runId: string, attempt: string) =>
    runLocal(
      { mode: 'merge', images: image, platforms: 'linux/amd64,linux/arm64', tags },
      job(runId, attempt),
      workspace,
    )

  it('publishes one index with exactly both legs, and a re-run of the merge alone works', async () => {
    const image = `${reg.host}/acme/matrix`
    const [amd, arm] = await Promise.all([leg(image, 'linux/amd64', '100'), leg(image, 'linux/arm64', '100')])
    for (const run of [amd, arm]) {
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      // legs push by digest only: the tag is left to the merge
      expect(run.main.stdout).toContain(
        '::notice::build-platform pushes by digest only; the tags (v1) are pushed by the merge step',
      )
      expect(run.outputs.tags).toBe('') // nothing was tagged by a leg
    }
    expect(() => crane('digest', `${image}:v1`)).toThrow()
    const legDigests = {
      ...(JSON.parse(amd.outputs['platform-digests'] as string) as Record<string, string>),
      ...(JSON.parse(arm.outputs['platform-digests'] as string) as Record<string, string>),
    }
    expect(Object.keys(legDigests).sort()).toEqual(['linux/amd64', 'linux/arm64'])

    const merged = await merge(image, 'v1\nlatest', '100', '1')
    expect(errorAnnotations(merged.main.stdout)).toEqual([])
    expect(merged.main.exitCode).toBe(0)
    expect(merged.main.stdout).not.toContain('docker buildx') // the merge needs no docker
    const digest = merged.outputs.digest as string
    for (const tag of ['v1', 'latest']) expect(crane('digest', `${image}:${tag}`).trim()).toBe(digest)
    expect(merged.outputs.tags).toBe(`${image}:v1\n${image}:latest`)
    const index = JSON.parse(crane('manifest', `${image}:v1`)) as Index
    expect(platformsOf(index)).toEqual(legDigests)
    expect(merged.outputs.platforms).toBe('linux/amd64,linux/arm64')
    expect(JSON.parse(merged.outputs['platform-digests'] as string)).toEqual(legDigests)
    expect(merged.outputs.image).toBe(`${image}@${digest}`)

    // re-run of the merge job only (attempt 2): finds the legs of attempt 1. The index differs only by its
    // `created` annotation (a new merge, a new time); its platform manifests are the legs'.
    const rerun = await merge(image, 'v1-rerun', '100', '2')
    expect(errorAnnotations(rerun.main.stdout)).toEqual([])
    expect(rerun.main.exitCode).toBe(0)
    expect(rerun.main.stdout).toMatch(/linux\/arm64: sha256:[0-9a-f]{64} \(from run attempt 1\)/)
    expect(JSON.parse(rerun.outputs['platform-digests'] as string)).toEqual(legDigests)
    expect(crane('digest', `${image}:v1-rerun`).trim()).toBe(rerun.outputs.digest)
    expect(platformsOf(JSON.parse(crane('manifest', `${image}:v1-rerun`)) as Index)).toEqual(legDigests)
  })

  it('fails the merge, names the missing platform and pushes nothing when a leg is missing', async () => {
    const image = `${reg.host}/acme/matrix-missing`
    const amd = await leg(image, 'linux/amd64', '200')
    expect(amd.main.exitCode).toBe(0)
    const merged = await merge(image, 'v1', '200', '1')
    expect(merged.main.exitCode).toBe(1)
    expect(errorAnnotations(merged.main.stdout).join('\n')).toMatch(
      /no leg handed off linux\/arm64 for .*nothing was pushed/,
    )
    expect(() => crane('digest', `${image}:v1`)).toThrow()
    expect(await tagsOf(reg.url, 'acme/matrix-missing')).toEqual([]) // no tag at all
  })
})
