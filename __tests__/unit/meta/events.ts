// Loads the recorded event payloads in __tests__/fixtures/events into a MetaContext, with the event name, ref and
// sha the runner sets with each (runs.json: GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA), through the same
// contextFromGithub the action uses.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { contextFromGithub, type EventPayload, type MetaContext } from '../../../src/meta/context.js'
import type { EnvLike } from '../../../src/meta/env.js'

export const NOW = new Date('2024-05-02T03:17:42.123Z')

const DIR = join(process.cwd(), '__tests__/fixtures/events')

interface Run {
  eventName: string
  ref: string
  sha: string
}

export function loadEvent(file: string): EventPayload {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as EventPayload
}

const RUNS = JSON.parse(readFileSync(join(DIR, 'runs.json'), 'utf8')) as Record<string, Run | string | undefined>

export function eventContext(file: string, env: EnvLike = {}): MetaContext {
  const run = RUNS[file]
  if (run === undefined || typeof run === 'string') throw new Error(`no run recorded for ${file} in runs.json`)
  const gh = { ...run, payload: loadEvent(file), runId: 9012345678, serverUrl: 'https://github.com' }
  return contextFromGithub({ ...gh, repo: { owner: 'octo-org', repo: 'hello-world' } }, NOW, env)
}

/** Every fixture by a short name. */
export const EVENTS = {
  'push main': 'push-main.json',
  'push feature/x': 'push-feature-x.json',
  'push tag v1.2.3': 'push-tag-v1.2.3.json',
  'push tag v2.0.0-rc.1': 'push-tag-v2.0.0-rc.1.json',
  'push tag 1.2.3': 'push-tag-1.2.3.json',
  'push tag 1.2.3rc2': 'push-tag-1.2.3rc2.json',
  'push tag p1/v1.0.0': 'push-tag-p1-v1.0.0.json',
  pull_request: 'pull-request.json',
  pull_request_target: 'pull-request-target.json',
  schedule: 'schedule.json',
  workflow_dispatch: 'workflow-dispatch.json',
  release: 'release-published.json',
} as const

export type EventName = keyof typeof EVENTS

export function contextFor(name: EventName, env: EnvLike = {}): MetaContext {
  return eventContext(EVENTS[name], env)
}

/** The same event with another tag pushed (README tables list many tags for one rule). */
export function tagPush(tag: string, env: EnvLike = {}): MetaContext {
  return {
    ...contextFor('push tag v1.2.3', env),
    ref: `refs/tags/${tag}`,
    payload: { ...loadEvent('push-tag-1.2.3.json') },
  }
}
