/**
 * The workflow run's context, read from the runner's environment and the event payload file: the fields of
 * `@actions/github`'s `context` the action uses, read the same way (a unit test compares the two), without loading
 * that package and its Octokit.
 */
import { existsSync, readFileSync } from 'node:fs'
import { EOL } from 'node:os'
import type { Env } from './commands.js'

export interface RunContext {
  eventName: string
  sha: string
  ref: string
  actor: string
  runId: number
  serverUrl: string
  repo: { owner: string; repo: string }
  payload: Record<string, unknown>
}

/** The event payload; {} outside a runner, or (with a line saying so) when its file is missing. */
function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`)
  return {}
}

/** Outside a workflow run (no GITHUB_* variables) every field is empty (runId NaN). */
export function readRunContext(env: Env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    runId: parseInt(env.GITHUB_RUN_ID ?? '', 10),
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    repo: { owner, repo },
    payload: readPayload(env.GITHUB_EVENT_PATH),
  }
}
