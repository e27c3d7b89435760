import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { itgSkipReason } from './support/tools.js'
import { stopStarted } from './support/teardown.js'
import { startRegistry, type Registry } from './support/registry.js'
import { jobEnv } from './support/jobs.js'
import { startResultsService, type ResultsService } from './support/results-service.js'
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

d('native-runner matrix: two legs and a merge, each its own process, handing off through artifacts', () => {
  let reg: Registry
  let service: ResultsService
  let base: string
  let context: string
  let workspace: string
  /** What the legs build, which the merge gets too. */
  const build = { context: '', 'build-args': '' }
  beforeAll(async () => {
    reg = await startRegistry()
    service = await startResultsService()
    base = pushBaseImage(reg.host)
    context = exampleCopy(`matrix ${Date.now()}`)
    build.context = context
    build['build-args'] = `BASE_IMAGE=${base}`
    workspace = mkdtempSync(join(tmpdir(), 'mp-workspace-'))
  })
  afterAll(async () => {
    await stopStarted(reg, service)
    rmSync(context, { recursive: true, force: true })
    rmSync(workspace, { recursive: true, force: true })
  })

  /** Job `name` of workflow run `runId`, attempt `attempt`. */
  const job = (runId: string, attempt: string, name: string) =>
    jobEnv(service, runId, name, { attempt: Number(attempt) })
  const leg = (image: string, platform: string, runId: string) =>
    runLocal(
      {
        mode: 'build-platform',
        images: image,
        platforms: platform,
        tags: 'v1',
        ...build,
      },
      job(runId, '1', `leg-${platform}`),
      workspace,
    )
  // the merge gets the legs' context and build-args: it derives their handoff-id from them
  const merge = (image: string, tags: string, runId: string, attempt: string) =>
    runLocal(
      { mode: 'merge', images: image, platforms: 'linux/amd64,linux/arm64', tags, ...build },
      job(runId, attempt, 'merge'),
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

    // re-run of the merge job only (attempt 2): finds the legs of attempt 1, and makes the very same index (its
    // created is the legs', not the clock's): the tags that point at it already do not move
    const rerun = await merge(image, 'v1\nv1-rerun', '100', '2')
    expect(errorAnnotations(rerun.main.stdout)).toEqual([])
    expect(rerun.main.exitCode).toBe(0)
    expect(rerun.main.stdout).toMatch(/linux\/arm64: sha256:[0-9a-f]{64} \(from run attempt 1, artifact /)
    expect(rerun.outputs.digest).toBe(digest)
    expect(rerun.main.stdout).toContain(`${image}:v1 already points at ${digest}: not moved`)
    expect(rerun.summary).toContain(`| \`${image}:v1\` | already the index: not moved |`)
    expect(rerun.summary).toContain(`| \`${image}:v1-rerun\` | moved to the index |`)
    expect(rerun.summary).toMatch(/\| linux\/arm64 \| `sha256:[0-9a-f]{64}` \| 1 \|/)
    expect(JSON.parse(rerun.outputs['platform-digests'] as string)).toEqual(legDigests)
    expect(crane('digest', `${image}:v1-rerun`).trim()).toBe(digest)
  })

  it('fails the merge, names the missing platform and pushes nothing when a leg is missing', async () => {
    const image = `${reg.host}/acme/matrix-missing`
    const amd = await leg(image, 'linux/amd64', '200')
    expect(amd.main.exitCode).toBe(0)
    const merged = await merge(image, 'v1', '200', '1')
    expect(merged.main.exitCode).toBe(1)
    expect(errorAnnotations(merged.main.stdout).join('\n')).toMatch(
      /input 'platforms': .* hold no linux\/arm64 \(is it one of their platforms\? did its leg fail\?\); nothing was pushed/,
    )
    expect(() => crane('digest', `${image}:v1`)).toThrow()
    expect(await tagsOf(reg.url, 'acme/matrix-missing')).toEqual([]) // no tag at all
  })
})
