/**
 * The results-service emulator (support/results-service.ts) checked against the official clients, as the shared
 * cache emulator is checked by its selftest: @actions/artifact 6 uploads (zip, several Azure blocks, a raw file),
 * lists, downloads; the service's refusals; and @actions/cache saving and restoring through it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DefaultArtifactClient } from '@actions/artifact'
import { restoreCache, saveCache } from '@actions/cache'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startGhaCache, withEnv, type GhaCache } from './support/gha-cache.js'
import { startResultsService, type ResultsService } from './support/results-service.js'
import { stopStarted } from './support/teardown.js'

describe('results-service emulator with @actions/artifact and @actions/cache', () => {
  let cache: GhaCache
  let service: ResultsService
  let root: string
  const client = new DefaultArtifactClient()
  beforeAll(async () => {
    cache = await startGhaCache()
    service = await startResultsService({ cache })
    root = mkdtempSync(join(tmpdir(), 'mp-results-'))
  })
  afterAll(async () => {
    await stopStarted(service, cache)
    rmSync(root, { recursive: true, force: true })
  })

  /** Runs fn as a step of `job` in workflow run `run`, in its own workspace (or the one given). */
  function step<T>(run: string, job: string, fn: (workspace: string) => Promise<T>, ws?: string): Promise<T> {
    const workspace = ws ?? mkdtempSync(join(root, 'ws-'))
    const runnerTemp = mkdtempSync(join(root, 'temp-'))
    const env = { ...service.jobEnv(run, job), GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp }
    return withEnv(env, () => fn(workspace))
  }

  it('uploads a zip from one job; another job of the run lists and downloads it; another run does not see it', async () => {
    const id = await step('r1', 'leg', async (ws) => {
      writeFileSync(join(ws, 'leg.json'), '{"a":1}')
      const up = await client.uploadArtifact('one', [join(ws, 'leg.json')], ws, { retentionDays: 1 })
      expect(up.size).toBeGreaterThan(0)
      return up.id
    })
    const stored = service.artifacts().find((a) => a.name === 'one')
    expect(stored).toMatchObject({ run: 'r1', job: 'leg', finalized: true, contentType: 'application/zip' })
    const days = ((stored?.expiresAt?.getTime() ?? 0) - Date.now()) / 86400e3
    expect(days).toBeGreaterThan(0.9)
    expect(days).toBeLessThan(1.1)

    await step('r1', 'merge', async (ws) => {
      const { artifacts } = await client.listArtifacts()
      expect(artifacts.map((a) => [a.id, a.name])).toEqual([[id, 'one']])
      const dir = join(ws, 'in')
      const res = await client.downloadArtifact(id ?? 0, { path: dir, expectedHash: stored?.digest ?? '' })
      expect(res.digestMismatch).toBe(false)
      expect(readFileSync(join(dir, 'leg.json'), 'utf8')).toBe('{"a":1}')
    })
    await step('r2', 'merge', async () => {
      expect((await client.listArtifacts()).artifacts).toEqual([])
    })
  })

  it('takes an upload of several Azure blocks (over the 8 MiB chunk size) and gives it back byte for byte', async () => {
    const data = randomBytes(9 << 20) // incompressible: the zip stays over 8 MiB
    await step('r3', 'big', async (ws) => {
      writeFileSync(join(ws, 'big.bin'), data)
      await client.uploadArtifact('big', [join(ws, 'big.bin')], ws, { compressionLevel: 0 })
    })
    expect(service.requests.filter((r) => r === 'blob PUT?comp=block').length).toBeGreaterThanOrEqual(2)
    await step('r3', 'reader', async (ws) => {
      const [big] = (await client.listArtifacts()).artifacts
      await client.downloadArtifact(big?.id ?? 0, { path: join(ws, 'out') })
      expect(readFileSync(join(ws, 'out', 'big.bin')).equals(data)).toBe(true)
    })
  })

  it('takes a raw file (skipArchive) and serves it raw', async () => {
    await step('r4', 'raw', async (ws) => {
      writeFileSync(join(ws, 'note.json'), '{"raw":true}')
      await client.uploadArtifact('ignored', [join(ws, 'note.json')], ws, { skipArchive: true })
    })
    expect(service.artifacts().find((a) => a.run === 'r4')).toMatchObject({
      name: 'note.json',
      contentType: 'application/json',
    })
    await step('r4', 'reader', async (ws) => {
      const [raw] = (await client.listArtifacts()).artifacts
      const out = join(ws, 'out')
      mkdirSync(out)
      await client.downloadArtifact(raw?.id ?? 0, { path: out })
      expect(readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(['{"raw":true}'])
    })
  })

  it('refuses a second artifact of one name in the run (a re-run uploading it again), as GitHub does', async () => {
    const upload = (job: string) =>
      step('r5', job, async (ws) => {
        writeFileSync(join(ws, 'f.txt'), job)
        return client.uploadArtifact('same', [join(ws, 'f.txt')], ws)
      })
    await upload('attempt-1')
    await expect(upload('attempt-2')).rejects.toThrow(
      /\(409\) Conflict: an artifact with this name already exists on the workflow run/,
    )
  })

  it('refuses a token it did not mint, and backend ids that are not the token’s', async () => {
    const env = service.jobEnv('r6', 'x')
    const [head, body] = (env.ACTIONS_RUNTIME_TOKEN ?? '').split('.')
    const forged = `${head ?? ''}.${body ?? ''}.${'A'.repeat(43)}`
    const post = (token: string, json: object) =>
      fetch(`${service.url}twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(json),
      })
    const claims = JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')) as { scp: string }
    const [, run, job] = (claims.scp.split(' ')[1] ?? '').split(':')
    expect((await post(forged, { workflow_run_backend_id: run, workflow_job_run_backend_id: job })).status).toBe(401)
    const other = await post(env.ACTIONS_RUNTIME_TOKEN ?? '', {
      workflow_run_backend_id: 'x',
      workflow_job_run_backend_id: job,
    })
    expect(other.status).toBe(403)
    expect(((await other.json()) as { code: string }).code).toBe('permission_denied')
    const ok = await post(env.ACTIONS_RUNTIME_TOKEN ?? '', {
      workflow_run_backend_id: run,
      workflow_job_run_backend_id: job,
    })
    expect(await ok.json()).toEqual({ artifacts: [] })
  })

  it('passes the cache service through: @actions/cache saves and restores with the job token', async () => {
    const key = `results-${String(Date.now())}`
    const ws = mkdtempSync(join(root, 'ws-'))
    const file = join(ws, 'c.txt')
    await step(
      'r7',
      'save',
      async () => {
        writeFileSync(file, 'cached')
        expect(await saveCache([file], key)).toBeGreaterThan(0)
        rmSync(file)
      },
      ws,
    )
    await step(
      'r7',
      'restore',
      async () => {
        expect(await restoreCache([file], key)).toBe(key)
        expect(readFileSync(file, 'utf8')).toBe('cached')
      },
      ws,
    )
    expect(service.requests).toContain('cache POST /twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry')
    // the job token is this service's: the cache emulator itself would refuse it
    const direct = await fetch(
      `${cache.env.ACTIONS_RESULTS_URL ?? ''}twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${service.jobEnv('r7', 'x').ACTIONS_RUNTIME_TOKEN ?? ''}`,
        },
        body: JSON.stringify({ key, version: 'v' }),
      },
    )
    expect(direct.status).toBe(401)
  })
})
