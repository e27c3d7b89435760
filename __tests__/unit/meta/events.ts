// Loads the recorded event payloads in __tests__/fixtures/events into a MetaContext, with the ref and sha the
// runner would set (GITHUB_REF / GITHUB_SHA) for that event.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EventPayload, MetaContext } from '../../../src/meta/context.js'

export const NOW = new Date('2024-05-02T03:17:42.123Z')

interface Recorded extends EventPayload {
  ref?: string
  after?: string
  pull_request?: EventPayload['pull_request'] & { merge_commit_sha?: string }
}

const MAIN_SHA = '860c1904a1ce19322e91ac35af1ab07466440c37'

export function loadEvent(file: string): Recorded {
  return JSON.parse(readFileSync(join(process.cwd(), '__tests__/fixtures/events', file), 'utf8')) as Recorded
}

export function eventContext(file: string, eventName: string): MetaContext {
  const payload = loadEvent(file)
  const pr = payload.pull_request
  return {
    eventName,
    ref: pr ? `refs/pull/${pr.number}/merge` : (payload.ref ?? 'refs/heads/main'),
    sha: pr?.merge_commit_sha ?? payload.after ?? MAIN_SHA,
    payload,
    runId: 9012345678,
    repository: 'octo-org/hello-world',
    serverUrl: 'https://github.com',
    now: NOW,
  }
}

/** [name, file, eventName] of every fixture. */
export const EVENTS = {
  'push main': ['push-main.json', 'push'],
  'push feature/x': ['push-feature-x.json', 'push'],
  'push tag v1.2.3': ['push-tag-v1.2.3.json', 'push'],
  'push tag v2.0.0-rc.1': ['push-tag-v2.0.0-rc.1.json', 'push'],
  'push tag 1.2.3': ['push-tag-1.2.3.json', 'push'],
  pull_request: ['pull-request.json', 'pull_request'],
  schedule: ['schedule.json', 'schedule'],
  workflow_dispatch: ['workflow-dispatch.json', 'workflow_dispatch'],
} as const

export type EventName = keyof typeof EVENTS

export function contextFor(name: EventName): MetaContext {
  const [file, eventName] = EVENTS[name]
  return eventContext(file, eventName)
}
