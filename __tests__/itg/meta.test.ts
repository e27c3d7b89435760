/**
 * mode: meta end to end: the bundle run as a runner runs it, with recorded event payloads (GITHUB_EVENT_PATH and
 * the variables the runner sets with them). No Docker, no registry: the outputs metadata-action users read.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../../scripts/run-action.mjs'

const EVENTS = join(process.cwd(), '__tests__', 'fixtures', 'events')
const RUNS = JSON.parse(readFileSync(join(EVENTS, 'runs.json'), 'utf8')) as Record<
  string,
  { eventName: string; ref: string; sha: string }
>

function eventEnv(file: string): Record<string, string> {
  const run = RUNS[file]
  if (!run) throw new Error(`no run for ${file} in runs.json`)
  return {
    GITHUB_EVENT_PATH: join(EVENTS, file),
    GITHUB_EVENT_NAME: run.eventName,
    GITHUB_REF: run.ref,
    GITHUB_SHA: run.sha,
    GITHUB_REPOSITORY: 'octo-org/hello-world',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1234',
  }
}

const TAGS = [
  'type=schedule',
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=sha',
].join('\n')

async function meta(file: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  const run = await runAction({
    inputs: { mode: 'meta', images: 'ghcr.io/Octo-Org/Hello-World', tags: TAGS, ...inputs },
    env: { ...eventEnv(file), ...env },
  })
  expect(run.main.stderr).toBe('')
  expect(run.main.exitCode).toBe(0)
  return run
}

describe('mode: meta through the runner harness', () => {
  it.each([
    ['push-tag-v1.2.3.json', ['1.2.3', '1.2', 'sha-860c190', 'latest'], '1.2.3'],
    ['push-tag-v2.0.0-rc.1.json', ['2.0.0-rc.1', 'sha-f00dfac'], '2.0.0-rc.1'],
    ['push-main.json', ['main', 'sha-860c190'], 'main'],
    ['push-feature-x.json', ['feature-x', 'sha-a1b2c3d'], 'feature-x'],
    ['pull-request.json', ['pr-42', 'sha-5a8e2c1'], 'pr-42'],
    ['schedule.json', ['nightly', 'main', 'sha-860c190'], 'nightly'],
  ])('%s -> %j', async (file, tagNames, version) => {
    const run = await meta(file)
    expect(run.outputs['tag-names']?.split('\n')).toEqual(tagNames)
    expect(run.outputs.tags?.split('\n')).toEqual(tagNames.map((t) => `ghcr.io/octo-org/hello-world:${t}`))
    expect(run.outputs.version).toBe(version)
    expect(run.main.stdout).toContain("'ghcr.io/Octo-Org/Hello-World' is used as 'ghcr.io/octo-org/hello-world'")
  })

  it('sets labels, annotations, json and bake files as metadata-action does', async () => {
    // the bake files outlive the step (a later step reads them): a runner temp folder that outlives the harness
    const runnerTemp = mkdtempSync(join(tmpdir(), 'mp-meta-'))
    const run = await meta(
      'push-tag-v1.2.3.json',
      { labels: 'org.opencontainers.image.vendor=Octo' },
      { RUNNER_TEMP: runnerTemp },
    )
    const labels = run.outputs.labels?.split('\n') ?? []
    expect(labels).toContain('org.opencontainers.image.version=1.2.3')
    expect(labels).toContain('org.opencontainers.image.revision=860c1904a1ce19322e91ac35af1ab07466440c37')
    expect(labels).toContain('org.opencontainers.image.vendor=Octo')
    expect(run.outputs.annotations?.split('\n')).toContain('manifest:org.opencontainers.image.version=1.2.3')
    const json = JSON.parse(run.outputs.json ?? '') as { tags: string[]; 'tag-names': string[]; labels: object }
    expect(json['tag-names']).toEqual(['1.2.3', '1.2', 'sha-860c190', 'latest'])
    const bake = JSON.parse(readFileSync(run.outputs['bake-file-tags'] ?? '', 'utf8')) as {
      target: Record<string, { tags: string[]; args: Record<string, string> }>
    }
    expect(bake.target['docker-metadata-action']?.tags).toEqual(json.tags)
    expect(bake.target['docker-metadata-action']?.args).toEqual({
      DOCKER_META_IMAGES: 'ghcr.io/octo-org/hello-world',
      DOCKER_META_VERSION: '1.2.3',
    })
    expect(run.outputs['bake-file-tags']?.startsWith(runnerTemp)).toBe(true)
    expect(run.post?.exitCode).toBe(0)
    rmSync(runnerTemp, { recursive: true, force: true })
  })

  it('fails on a tags line that is a whole image reference, naming the input', async () => {
    const run = await runAction({
      inputs: { mode: 'meta', images: 'ghcr.io/acme/app', tags: 'ghcr.io/acme/app:latest' },
      env: eventEnv('push-main.json'),
    })
    expect(run.main.exitCode).not.toBe(0)
    expect(run.main.stdout).toMatch(/::error::input 'tags': .*ghcr\.io\/acme\/app:latest/)
  })
})
