/** What every step that talks to registries sets up: a private temp dir, the Docker env, the registry login. */
import { mkdtemp, rm } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorMessage } from '../errors.js'
import type { Log } from '../log.js'
import type { Credential } from '../login/credentials.js'
import { withGithubToken } from '../login/dockerconfig.js'
import { writeLogin } from '../login/login.js'
import type { PostState, StateStore } from '../state.js'
import { workflow } from '../workflow/commands.js'

export interface Workspace {
  /** Removed by the post step. */
  workDir: string
  /** The environment for docker and for the registry client (DOCKER_CONFIG points at the login, if any). */
  env: Record<string, string>
  postState: PostState
}

/** The variables that choose the daemon and the docker config, so the post step talks to the same ones. */
const DOCKER_VARS = ['DOCKER_HOST', 'DOCKER_CONFIG', 'DOCKER_CONTEXT', 'DOCKER_CERT_PATH', 'DOCKER_TLS_VERIFY']

/**
 * `forPost`: the post step removes the directory (a mode that leaves a builder behind). Otherwise the mode removes
 * it itself (`removeWorkspace`) and leaves the post step nothing to do.
 */
export async function prepareWorkspace(
  opts: { credentials: Credential[]; images: string[]; githubToken: string; actor: string },
  d: { env: NodeJS.ProcessEnv; log: Log; state: StateStore },
  forPost: boolean,
): Promise<Workspace> {
  const workDir = await mkdtemp(join(d.env.RUNNER_TEMP || tmpdir(), 'multiarch-publish-'))
  const env = Object.fromEntries(Object.entries(d.env).filter((e): e is [string, string] => e[1] !== undefined))
  const dockerEnv = Object.fromEntries(
    DOCKER_VARS.filter((k) => env[k] !== undefined).map((k) => [k, env[k] as string]),
  )
  const postState: PostState = { tempDirs: [workDir], dockerEnv }
  if (forPost) d.state.save(postState)
  const creds = withGithubToken(opts.credentials, opts.images, opts.githubToken, opts.actor)
  if (creds.length > 0) {
    const login = await writeLogin(creds, {
      mask: (secret) => {
        workflow.setSecret(secret)
      },
      tempRoot: workDir,
      baseConfigDir: env.DOCKER_CONFIG || join(homedir(), '.docker'),
    })
    env.DOCKER_CONFIG = login.env.DOCKER_CONFIG
    d.log.info(`Logged in to ${creds.map((c) => c.registry).join(', ')} (a private Docker config for this step)`)
  }
  return { workDir, env, postState }
}

/** Removes the workspace (and the login in it) at the end of a mode that has no post work. */
export async function removeWorkspace(ws: Workspace, log: Log): Promise<void> {
  await rm(ws.workDir, { recursive: true, force: true }).catch((e: unknown) => {
    log.warning(`could not remove ${ws.workDir}: ${errorMessage(e)}`)
  })
}
