// The contexts of docker/metadata-action's own test suite (__tests__/meta.test.ts and its fixtures/*.env), so its
// expected tags, labels, JSON and bake files can be compared one for one: repository octocat/Hello-World with
// default branch master, dates mocked to 2020-01-10T00:30:00.000Z.
import { contextFromGithub, type EventPayload, type MetaContext } from '../../../src/meta/context.js'
import type { EnvLike } from '../../../src/meta/env.js'

export const MA_NOW = new Date('2020-01-10T00:30:00.000Z')
export const DEV_SHA = '860c1904a1ce19322e91ac35af1ab07466440c37'
export const MASTER_SHA = '266574110acf203503badf966df2ea24b5d732d7'
const PR_SHA = 'a9c8c5828b91be19d9728548b24759e352367ef1'
const PR_HEAD_SHA = '3370e228f2209994d57af4427fe64e71bb79ac96'

const repository = {
  name: 'Hello-World',
  html_url: 'https://github.com/octocat/Hello-World',
  description: 'This your first repo!',
  license: { spdx_id: 'MIT' },
  default_branch: 'master',
}
const pullRequest = { number: 15, head: { sha: PR_HEAD_SHA, ref: 'feature' }, base: { ref: 'master' } }

function ma(eventName: string, ref: string, sha: string, payload: EventPayload = {}, env: EnvLike = {}): MetaContext {
  const gh = {
    eventName,
    ref,
    sha,
    payload: { repository, ...payload },
    runId: 123456789,
    serverUrl: 'https://github.com',
  }
  return contextFromGithub({ ...gh, repo: { owner: 'octocat', repo: 'Hello-World' } }, MA_NOW, env)
}

/** metadata-action's fixtures by file name. */
export const MA_EVENTS = {
  event_push_dev: () => ma('push', 'refs/heads/dev', DEV_SHA),
  event_push_master: () => ma('push', 'refs/heads/master', MASTER_SHA),
  event_push_invalidchars: () => ma('push', 'refs/heads/my/feature#1245', '983315b5e8d46e46fc4c49869e85e7ee5fb289ba'),
  event_workflow_dispatch: () => ma('workflow_dispatch', 'refs/heads/master', DEV_SHA),
  event_schedule: () => ma('schedule', 'refs/heads/master', DEV_SHA),
  event_release_created: () => ma('release', 'refs/tags/v1.1.1', DEV_SHA),
  event_pull_request: (env: EnvLike = {}) =>
    ma('pull_request', 'refs/pull/15/merge', PR_SHA, { number: 15, pull_request: pullRequest }, env),
  event_pull_request_target: (env: EnvLike = {}) =>
    ma('pull_request_target', 'refs/heads/master', MASTER_SHA, { number: 15, pull_request: pullRequest }, env),
  tag: (tag: string) =>
    ma('push', `refs/tags/${tag}`, DEV_SHA, tag === 'v1.1.1' ? { base_ref: 'refs/heads/master' } : {}),
}

export function ociLabels(revision: string, version: string): string[] {
  return [
    'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
    'org.opencontainers.image.description=This your first repo!',
    'org.opencontainers.image.licenses=MIT',
    `org.opencontainers.image.revision=${revision}`,
    'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
    'org.opencontainers.image.title=Hello-World',
    'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
    `org.opencontainers.image.version=${version}`,
  ]
}
