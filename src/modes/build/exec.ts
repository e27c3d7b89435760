/** Running one `docker buildx build`: its environment, its failure in words, its metadata file. */
import { GIT_AUTH_ENV, secretEnvName } from '../../buildx/argv.js'
import { CACHE_ENV_VARS } from '../../buildx/cache.js'
import { parseBuildMetadata, type BuildMetadata } from '../../buildx/metadata.js'
import { buildFailure, pushFailure } from '../../buildx/progress.js'
import type { BuildSettings } from '../../settings.js'
import type { Docker } from '../../tools/docker.js'
import { CommandError, stderrTail } from '../../tools/runner.js'

/**
 * The environment buildx gets on top of the job's: the cache service variables, the secrets (`secrets` and the
 * GitHub token under names of this action's; `secret-envs` under their own), and the ssh-agent socket.
 */
export function buildEnv(s: BuildSettings, env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of CACHE_ENV_VARS) if (env[k] !== undefined) out[k] = env[k]
  s.secrets.forEach((sec, i) => (out[secretEnvName(i)] = sec.value))
  for (const e of s.secretEnvs) {
    const value = env[e.env]
    if (value !== undefined) out[e.env] = value
  }
  if (s.gitAuth) out[GIT_AUTH_ENV] = s.gitAuth.token
  const sock = env.SSH_AUTH_SOCK
  if (s.ssh.some((x) => x.agent) && sock !== undefined) out.SSH_AUTH_SOCK = sock
  return out
}

/**
 * A failed build in words: the step (platform, stage, instruction) it stopped at, not the command line; for
 * `call: check`, what buildx printed about the problems it found; a push that failed (after how many attempts).
 * Anything else is returned as it is.
 */
export function explainFailure(s: Pick<BuildSettings, 'call'>, e: unknown): unknown {
  if (!(e instanceof CommandError)) return e
  if (s.call !== undefined) {
    const said = [e.stdout, e.stderr].map((t) => stderrTail(t, 20)).filter((t) => t.trim() !== '')
    return new Error(
      `call: ${s.call} failed (exit code ${String(e.exitCode)}):\n${said.join('\n')}\nnothing was pushed`,
    )
  }
  const step = buildFailure(e.stderr)
  if (step !== undefined) return new Error(`the build failed at ${step}\nnothing was pushed, no tag was moved`)
  const push = pushFailure(e.stderr)
  if (push === undefined) return e
  const r = e.retries
  const tries = r
    ? ` (${r.reason}; gave up after ${String(r.attempts)} attempts in ${(r.elapsedMs / 1000).toFixed(1)}s)`
    : ''
  return new Error(`the push by digest failed${tries}: ${push}\nno tag was moved`)
}

/** Runs a build with its output in the log; returns buildx's progress output. Throws the failure in words. */
export async function buildOrExplain(
  s: BuildSettings,
  docker: Docker,
  args: string[],
  env: Record<string, string>,
): Promise<string> {
  try {
    return await docker.build(args, env)
  } catch (e) {
    throw explainFailure(s, e)
  }
}

/** buildx writes no metadata for some runs (call: check writes `{}`); a missing file is empty metadata. */
export async function readMetadata(readFile: (path: string) => Promise<string>, path: string): Promise<BuildMetadata> {
  let text: string
  try {
    text = await readFile(path)
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ENOENT') return { raw: '{}' }
    throw e
  }
  return parseBuildMetadata(text)
}
