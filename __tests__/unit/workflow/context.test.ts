/** The run's context read directly (src/workflow/context.ts) against @actions/github's `context`, field by field. */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readRunContext } from '../../../src/workflow/context.js'

const saved = { ...process.env }
const GITHUB_VARS = Object.keys(process.env).filter((k) => k.startsWith('GITHUB_'))

afterEach(() => {
  process.env = { ...saved }
})

/** @actions/github builds its `context` when it is imported: a fresh import per environment. */
async function theirs(): Promise<Record<string, unknown>> {
  let ctx: Record<string, unknown> = {}
  await jest.isolateModulesAsync(async () => {
    const { context } = await import('@actions/github')
    const repo = process.env.GITHUB_REPOSITORY ? context.repo : { owner: '', repo: '' }
    // outside a runner these are undefined, whatever the types say
    const field = (v: string | undefined) => v ?? ''
    ctx = {
      eventName: field(context.eventName),
      sha: field(context.sha),
      ref: field(context.ref),
      actor: field(context.actor),
      runId: context.runId,
      serverUrl: context.serverUrl,
      repo,
      payload: context.payload,
    }
  })
  return ctx
}

function setEnv(vars: Record<string, string>): void {
  for (const k of GITHUB_VARS) Reflect.deleteProperty(process.env, k)
  Object.assign(process.env, vars)
}

describe('readRunContext', () => {
  it('reads a push run as @actions/github does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-context-'))
    try {
      const event = join(dir, 'event.json')
      writeFileSync(event, JSON.stringify({ ref: 'refs/tags/v1.2.3', repository: { name: 'Widget', private: false } }))
      setEnv({
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        GITHUB_REF: 'refs/tags/v1.2.3',
        GITHUB_ACTOR: 'octocat',
        GITHUB_RUN_ID: '123456789',
        GITHUB_SERVER_URL: 'https://ghes.example.com',
        GITHUB_REPOSITORY: 'Acme/Widget',
      })
      const ours = readRunContext(process.env)
      expect(ours).toEqual(await theirs())
      expect(ours.repo).toEqual({ owner: 'Acme', repo: 'Widget' })
      expect(ours.runId).toBe(123456789)
      expect(ours.payload).toEqual({ ref: 'refs/tags/v1.2.3', repository: { name: 'Widget', private: false } })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('is empty outside a runner, with github.com as the server', async () => {
    setEnv({})
    const ours = readRunContext(process.env)
    expect(ours).toEqual(await theirs())
    expect(ours.serverUrl).toBe('https://github.com')
    expect(ours.runId).toBeNaN()
  })

  it('says when the event file is missing and reads an empty payload, as @actions/github does', async () => {
    setEnv({ GITHUB_EVENT_PATH: '/nonexistent/event.json', GITHUB_EVENT_NAME: 'workflow_dispatch' })
    const lines: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk))
      return true
    })
    try {
      const ours = readRunContext(process.env)
      const oursLines = lines.splice(0)
      expect(ours).toEqual(await theirs())
      // @actions/github builds two contexts on import, so it says it twice
      expect([...new Set(lines)]).toEqual(oursLines)
      expect(oursLines).toEqual(['GITHUB_EVENT_PATH /nonexistent/event.json does not exist\n'])
    } finally {
      spy.mockRestore()
    }
  })
})
