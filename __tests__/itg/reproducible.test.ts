/**
 * Reproducible publishes: the merged index's created is the newest of its legs' image configs (or
 * SOURCE_DATE_EPOCH), never the clock, so merging the same legs again gives the same digest and moves no tag;
 * and a build with SOURCE_DATE_EPOCH labels and annotates with it, and BuildKit dates the configs with it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crane, errorAnnotations, exampleCopy, runLocal } from './support/action.js'
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
  annotations?: Record<string, string>
}
interface Config {
  created?: string
  config?: { Labels?: Record<string, string> }
}

const CREATED = 'org.opencontainers.image.created'
const SDE = '1700000000'
const SDE_ISO = '2023-11-14T22:13:20.000Z'

d('reproducible merges and builds', () => {
  let reg: Registry
  let service: ResultsService
  let base: string
  let context: string
  let workspace: string
  beforeAll(async () => {
    reg = await startRegistry()
    service = await startResultsService()
    base = pushBaseImage(reg.host)
    context = exampleCopy(`reproducible ${String(Date.now())}`)
    workspace = mkdtempSync(join(tmpdir(), 'mp-workspace-'))
  })
  afterAll(async () => {
    await stopStarted(reg, service)
    for (const dir of [context, workspace]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('dates the index with its newest leg, so a second merge of the same legs gives the same digest and moves no tag', async () => {
    const image = `${reg.host}/acme/repro`
    const build = { images: image, context, 'build-args': `BASE_IMAGE=${base}` }
    const legs = await Promise.all(
      ['linux/amd64', 'linux/arm64'].map((p) =>
        runLocal({ mode: 'build-platform', platforms: p, ...build }, jobEnv(service, 'repro', `leg-${p}`), workspace),
      ),
    )
    for (const run of legs) expect(run.main.exitCode).toBe(0)
    const merge = (attempt: number, env: Record<string, string> = {}, tags = 'v1\nlatest') =>
      runLocal(
        { mode: 'merge', platforms: 'linux/amd64,linux/arm64', tags, ...build },
        { ...jobEnv(service, 'repro', 'merge', { attempt }), ...env },
        workspace,
      )
    const first = await merge(1)
    expect(errorAnnotations(first.main.stdout)).toEqual([])
    const digest = first.outputs.digest ?? ''
    const index = JSON.parse(crane('manifest', `${image}@${digest}`)) as Index
    const configs = index.manifests
      .filter((m) => m.platform.os !== 'unknown')
      .map((m) => JSON.parse(crane('config', `${image}@${m.digest}`)) as Config)
    const newest = configs
      .map((c) => new Date(c.created ?? 0))
      .reduce((a, b) => (b > a ? b : a))
      .toISOString()
    expect(index.annotations?.[CREATED]).toBe(newest)
    expect(first.main.stdout).toContain(`created: ${newest} (the newest of the legs' images)`)

    // a re-run of the merge (attempt 2), a while later: the very same index; no tag moves
    await new Promise((r) => setTimeout(r, 1100))
    const second = await merge(2)
    expect(errorAnnotations(second.main.stdout)).toEqual([])
    expect(second.outputs.digest).toBe(digest)
    for (const tag of ['v1', 'latest']) {
      expect(second.main.stdout).toContain(`${image}:${tag} already points at ${digest}: not moved`)
      expect(crane('digest', `${image}:${tag}`).trim()).toBe(digest)
    }
    expect(second.summary).toContain('already the index: not moved')
    expect(second.summary).not.toContain('moved to the index')

    // SOURCE_DATE_EPOCH wins over the legs
    const pinned = await merge(3, { SOURCE_DATE_EPOCH: SDE }, 'pinned')
    expect(errorAnnotations(pinned.main.stdout)).toEqual([])
    const pinnedIndex = JSON.parse(crane('manifest', `${image}:pinned`)) as Index
    expect(pinnedIndex.annotations?.[CREATED]).toBe(SDE_ISO)
    expect(pinned.outputs.digest).not.toBe(digest)
  })

  it('a build with SOURCE_DATE_EPOCH: the index annotation, the labels and the configs give its time', async () => {
    const image = `${reg.host}/acme/sde`
    const run = await runLocal(
      { images: image, tags: 'v1', context, 'build-args': `BASE_IMAGE=${base}` },
      { SOURCE_DATE_EPOCH: SDE },
      workspace,
    )
    expect(errorAnnotations(run.main.stdout)).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs.labels?.split('\n')).toContain(`${CREATED}=${SDE_ISO}`)
    const index = JSON.parse(crane('manifest', `${image}:v1`)) as Index
    expect(index.annotations?.[CREATED]).toBe(SDE_ISO)
    for (const m of index.manifests.filter((x) => x.platform.os !== 'unknown')) {
      const config = JSON.parse(crane('config', `${image}@${m.digest}`)) as Config
      expect(new Date(config.created ?? '').toISOString()).toBe(SDE_ISO) // BuildKit read SOURCE_DATE_EPOCH
      expect(config.config?.Labels?.[CREATED]).toBe(SDE_ISO)
    }
  })
})
