/**
 * What tags and labels are computed from: a plain object, built once from the `@actions/github` context so that
 * everything in src/meta stays pure and testable with recorded event payloads.
 */

/** The parts of a GitHub event payload that tags and labels read. */
export interface EventPayload {
  repository?: {
    name?: string
    html_url?: string
    description?: string | null
    default_branch?: string
    license?: { spdx_id?: string | null } | null
  }
  pull_request?: { number: number; head?: { sha?: string; ref?: string }; base?: { ref?: string } }
  /** Push events: the branch a pushed tag points into, when GitHub knows it. */
  base_ref?: string | null
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
  /** The build time: `created` label and `{{date}}` expressions. */
  now: Date
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

/** Maps `github.context` to a MetaContext. `now` is passed in, so the clock stays outside. */
export function contextFromGithub(ctx: GithubContextLike, now: Date): MetaContext {
  return {
    eventName: ctx.eventName,
    ref: ctx.ref,
    sha: ctx.sha,
    payload: ctx.payload,
    runId: ctx.runId,
    repository: `${ctx.repo.owner}/${ctx.repo.repo}`,
    serverUrl: ctx.serverUrl,
    now,
  }
}
