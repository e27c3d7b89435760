/**
 * What tags and labels are computed from: a plain object, built once from the `@actions/github` context so that
 * everything in src/meta stays pure and testable with recorded event payloads. `contextFromGithub` applies
 * metadata-action's workflow-context rules (src/context.ts there): pull_request_target's ref,
 * DOCKER_METADATA_PR_HEAD_SHA, DOCKER_METADATA_SHORT_SHA_LENGTH, and the commit date from the payload.
 */
import { metaEnv, type EnvLike } from './env.js'

/** The parts of a GitHub event payload that tags and labels read. */
export interface EventPayload {
  repository?: {
    name?: string
    html_url?: string
    description?: string | null
    default_branch?: string
    license?: { spdx_id?: string | null } | null
    /** Whether the repository is private: build-push-action's default provenance depends on it. */
    private?: boolean
  }
  /** pull_request and pull_request_target events */
  number?: number
  pull_request?: { number: number; head?: { sha?: string; ref?: string }; base?: { ref?: string } }
  /** Push events: the branch a pushed tag points into, when GitHub knows it. */
  base_ref?: string | null
  /** Push events: the pushed commits, and the one the ref now points to. */
  commits?: readonly { id: string; timestamp: string }[]
  head_commit?: { id: string; timestamp: string } | null
}

export interface MetaContext {
  eventName: string
  /** refs/heads/<branch>, refs/tags/<tag>, refs/pull/<n>/merge */
  ref: string
  sha: string
  payload: EventPayload
  runId: number
  /** owner/name */
  repository: string
  /** https://github.com */
  serverUrl: string
  /** The time of the run: `{{date}}` expressions, and the `created` label unless `created` says otherwise. */
  now: Date
  /**
   * The `org.opencontainers.image.created` value when it is not `now`: SOURCE_DATE_EPOCH for a reproducible build,
   * or `null` to leave the key out (the merge adds the legs' time once it has read them).
   */
  created?: Date | null
  /** The commit's date for `{{commit_date}}`; `now` when unknown (as metadata-action falls back). */
  commitDate?: Date
  /** Length of `{{sha}}` and `type=sha` (DOCKER_METADATA_SHORT_SHA_LENGTH); 7 when absent. */
  shortShaLength?: number
}

/** The fields of `@actions/github`'s `context` this module reads (its `Context` type is not exported). */
export interface GithubContextLike {
  eventName: string
  ref: string
  sha: string
  payload: object
  runId: number
  serverUrl: string
  repo: { owner: string; repo: string }
}

/**
 * Maps `github.context` to a MetaContext. `now` and the environment are passed in, so the clock and `process`
 * stay outside. Throws InputError for a DOCKER_METADATA_* variable that cannot be read.
 */
export function contextFromGithub(ctx: GithubContextLike, now: Date, env: EnvLike = {}): MetaContext {
  const options = metaEnv(env)
  const payload = ctx.payload as EventPayload
  let { ref, sha } = ctx
  if (/pull_request_target/.test(ctx.eventName) && payload.number !== undefined) {
    ref = `refs/pull/${String(payload.number)}/merge`
  }
  const headSha = payload.pull_request?.head?.sha
  if (options.prHeadSha && /pull_request/.test(ctx.eventName) && headSha !== undefined) sha = headSha
  const meta: MetaContext = {
    eventName: ctx.eventName,
    ref,
    sha,
    payload,
    runId: ctx.runId,
    repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
    serverUrl: ctx.serverUrl,
    now,
  }
  const commitDate = commitDateFromPayload(payload, sha)
  if (commitDate) meta.commitDate = commitDate
  if (options.shortShaLength !== undefined) meta.shortShaLength = options.shortShaLength
  return meta
}

/**
 * The commit date a push payload records for `sha` (a pushed commit, or the head commit). Undefined otherwise:
 * metadata-action then asks the GitHub API (GET /repos/{owner}/{repo}/commits/{sha}, committer date) and falls
 * back to the current date; that request is the caller's to make.
 */
export function commitDateFromPayload(payload: EventPayload, sha: string): Date | undefined {
  const stamp =
    payload.commits?.find((c) => c.id === sha)?.timestamp ??
    (payload.head_commit?.id === sha ? payload.head_commit.timestamp : undefined)
  if (stamp === undefined) return undefined
  const date = new Date(stamp)
  return Number.isNaN(date.getTime()) ? undefined : date
}
