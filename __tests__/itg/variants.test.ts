/**
 * Several builds of one image in one workflow run: two variants (two Dockerfiles) each run their legs and their
 * merge, and each merge joins its own legs (default handoff-ids, derived from the builds). The legs' GHA cache
 * scopes stay apart too. And the bad inputs: a merge looking under another handoff-id than its legs', platforms
 * that differ from the legs', a second leg of one platform under one handoff-id, an id no artifact name can hold:
 * each an error naming the input, nothing tagged.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActionRun } from '../../scripts/run-action.mjs'
import { crane, errorAnnotations, exampleCopy, runLocal } from './support/action.js'
import { buildxCommandLine, flagValues } from './support/cache-helpers.js'
import { startGhaCache, type GhaCache } from './support/gha-cache.js'
import { pushBaseImage } from './support/images.js'
import { jobEnv } from './support/jobs.js'
import { startRegistry, type Registry } from './support/registry.js'
import { startResultsService, type ResultsService } from './support/results-service.js'
import { stopStarted } from './support/teardown.js'
import { itgSkipReason } from './support/tools.js'

const skip = itgSkipReason(['docker', 'docker-registry', 'crane'])
const d = skip ? describe.skip : describe

interface Index {
  manifests: { digest: string; platform: { os: string; architecture: string } }[]
}

const platformsOf = (index: Index) =>
  Object.fromEntries(
    index.manifests
      .filter((m) => m.platform.os !== 'unknown')
      .map((m) => [`${m.platform.os}/${m.platform.architecture}`, m.digest]),
  )

const legDigests = (runs: ActionRun[]) =>
  Object.assign({}, ...runs.map((r) => JSON.parse(r.outputs['platform-digests'] ?? '{}') as object)) as Record<
    string,
    string
  >

async function tags(url: string, repository: string): Promise<string[]> {
  const res = await fetch(`${url}/v2/${repository}/tags/list`)
  if (res.status === 404) return []
  return ((await res.json()) as { tags?: string[] | null }).tags ?? []
}

d('two variants of one image in one run, each merging its own legs', () => {
  let reg: Registry
  let gha: GhaCache
  let service: ResultsService
  let base: string
  let context: string
  let workspace: string
  let image: string
  const variants = { slim: 'Dockerfile', full: 'Dockerfile.full' }
  const legs: Record<string, ActionRun[]> = {}

  const build = (variant: keyof typeof variants) => ({
    images: image,
    context,
    file: join(context, variants[variant]),
    'build-args': `BASE_IMAGE=${base}`,
  })
  const leg = (variant: keyof typeof variants, platform: string, job = `${variant}-${platform}`) =>
    runLocal(
      { mode: 'build-platform', platforms: platform, ...build(variant) },
      jobEnv(service, 'variants', job),
      workspace,
    )
  const merge = (inputs: Record<string, string>, job: string) =>
    runLocal(
      { mode: 'merge', platforms: 'linux/amd64,linux/arm64', ...inputs },
      jobEnv(service, 'variants', job),
      workspace,
    )

  beforeAll(async () => {
    reg = await startRegistry()
    gha = await startGhaCache()
    service = await startResultsService({ cache: gha })
    base = pushBaseImage(reg.host)
    image = `${reg.host}/acme/variants`
    context = exampleCopy(`variants ${String(Date.now())}`)
    const dockerfile = readFileSync(join(context, 'Dockerfile'), 'utf8')
    writeFileSync(join(context, 'Dockerfile.full'), `${dockerfile}RUN ["sh", "-c", "echo full > /variant"]\n`)
    workspace = mkdtempSync(join(tmpdir(), 'mp-workspace-'))
    // the legs of both variants, in the same workflow run; two at a time
    legs.slim = await Promise.all([leg('slim', 'linux/amd64'), leg('slim', 'linux/arm64')])
    legs.full = await Promise.all([leg('full', 'linux/amd64'), leg('full', 'linux/arm64')])
  })
  afterAll(async () => {
    await stopStarted(reg, service, gha)
    for (const dir of [context, workspace]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('hands off each variant under its own handoff-id, with its own GHA cache scope', () => {
    const runs = [...(legs.slim ?? []), ...(legs.full ?? [])]
    for (const run of runs) {
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      expect(run.main.stdout).not.toMatch(/::warning::.*cache/i)
    }
    const ids = runs.map((r) => /handoff-id (\S+)\)/.exec(r.main.stdout)?.[1])
    expect(ids[0]).toBe(ids[1])
    expect(ids[2]).toBe(ids[3])
    expect(ids[0]).not.toBe(ids[2])
    expect(service.artifacts().map((a) => a.name)).toHaveLength(4)
    const scopes = runs.map((r) => flagValues(buildxCommandLine(r.main.stdout), '--cache-to')[0])
    expect(new Set(scopes).size).toBe(4) // per variant and per platform
    expect(scopes[2]).toContain('Dockerfile.full-linux-amd64')
    // the legs' cache export went through the results service to the cache emulator
    expect(service.requests.some((r) => r.includes('CacheService/CreateCacheEntry'))).toBe(true)
  })

  it("each variant's merge joins its own legs", async () => {
    const slim = await merge({ ...build('slim'), tags: 'slim' }, 'merge-slim')
    const full = await merge({ ...build('full'), tags: 'full' }, 'merge-full')
    for (const run of [slim, full]) {
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
    }
    const slimLegs = legDigests(legs.slim ?? [])
    const fullLegs = legDigests(legs.full ?? [])
    expect(slimLegs['linux/amd64']).not.toBe(fullLegs['linux/amd64'])
    expect(platformsOf(JSON.parse(crane('manifest', `${image}:slim`)) as Index)).toEqual(slimLegs)
    expect(platformsOf(JSON.parse(crane('manifest', `${image}:full`)) as Index)).toEqual(fullLegs)
  })

  it('a merge whose handoff-id is not its legs’ fails naming handoff-id, and tags nothing', async () => {
    // the full variant's merge without its build-args: it derives another id than any leg's
    const lost = await merge({ ...build('full'), 'build-args': '', tags: 'lost' }, 'merge-lost')
    expect(lost.main.exitCode).toBe(1)
    expect(errorAnnotations(lost.main.stdout).join('\n')).toMatch(
      /^input 'handoff-id': the merge looks for the legs of handoff-id 'variants-[0-9a-f]{12}', but this run's legs of linux\/amd64, linux\/arm64 were handed off under 'variants-[0-9a-f]{12}' \(linux-amd64, linux-arm64\), 'variants-[0-9a-f]{12}' \(linux-amd64, linux-arm64\): give the legs and the merge one handoff-id .*nothing was pushed/,
    )
    const given = await merge({ ...build('full'), tags: 'lost', 'handoff-id': 'app-other' }, 'merge-given')
    expect(errorAnnotations(given.main.stdout).join('\n')).toMatch(/^input 'handoff-id': .*'app-other'/)
    expect(await tags(reg.url, 'acme/variants')).not.toContain('lost')
  })

  it("a merge whose platforms differ from the legs' fails naming platforms, and tags nothing", async () => {
    const fewer = await merge({ ...build('slim'), platforms: 'linux/amd64', tags: 'fewer' }, 'merge-fewer')
    expect(errorAnnotations(fewer.main.stdout).join('\n')).toMatch(
      /^input 'platforms': expected linux\/amd64, which differ from the legs' platforms: the legs of handoff-id '\S+' also hold linux\/arm64; nothing was pushed/,
    )
    const more = await merge(
      { ...build('slim'), platforms: 'linux/amd64,linux/arm64,linux/s390x', tags: 'more' },
      'merge-more',
    )
    expect(errorAnnotations(more.main.stdout).join('\n')).toMatch(
      /^input 'platforms': .* hold no linux\/s390x \(is it one of their platforms\? did its leg fail\?\); nothing was pushed/,
    )
    const now = await tags(reg.url, 'acme/variants')
    expect(now).not.toContain('fewer')
    expect(now).not.toContain('more')
  })

  it('a second leg of one platform under one handoff-id in the run fails naming handoff-id', async () => {
    const again = await leg('slim', 'linux/amd64', 'slim-again')
    expect(again.main.exitCode).toBe(1)
    expect(errorAnnotations(again.main.stdout).join('\n')).toMatch(
      /^input 'handoff-id': another leg of this workflow run already handed off linux\/amd64 under handoff-id '\S+' in attempt 1 .*no tag was moved/,
    )
  })

  it('refuses a handoff-id that an artifact name or a cache key cannot hold, before building', async () => {
    const bad = await runLocal(
      { mode: 'build-platform', platforms: 'linux/amd64', ...build('slim'), 'handoff-id': 'acme/app,slim' },
      jobEnv(service, 'variants', 'bad-id'),
      workspace,
    )
    expect(bad.main.exitCode).toBe(1)
    expect(errorAnnotations(bad.main.stdout)).toEqual([
      expect.stringMatching(/^input 'handoff-id': expected only letters, digits, '\.', '_' and '-'/),
    ])
    expect(bad.main.stdout).not.toContain('buildx build')
  })

  it('a leg without the artifact service (outside a workflow run) fails before it builds', async () => {
    const run = await runLocal({ mode: 'build-platform', platforms: 'linux/amd64', ...build('slim') }, {}, workspace)
    expect(run.main.exitCode).toBe(1)
    expect(errorAnnotations(run.main.stdout).join('\n')).toMatch(
      /the Actions artifact service is not available to this step/,
    )
    expect(run.main.stdout).not.toContain('buildx build')
  })
})
