import * as core from '@actions/core'
import { context as githubContext } from '@actions/github'
import { homedir } from 'node:os'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, writeFile, access } from 'node:fs/promises'
import { constants } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { errorMessage, InputError } from './errors.js'
import { parseInputs, type BuildSettings, type InputGetter } from './inputs.js'
import { actionsLog, type Log } from './log.js'
import { runBuild } from './modes/build.js'
import { buildOutputs, summaryMarkdown } from './outputs.js'
import { contextFromGithub, type MetaContext } from './meta/context.js'
import { imageTags, metaOutputs } from './meta/outputs.js'
import { withGithubToken } from './login/dockerconfig.js'
import { writeLogin } from './login/login.js'
import { hostArchitecture } from './plan/platforms.js'
import { registryPublisher } from './publish/publisher.js'
import { actionsState, type PostState, type StateStore } from './state.js'
import { registeredEmulators } from './tools/binfmt.js'
import { Docker } from './tools/docker.js'
import { execRunner, type Runner } from './tools/runner.js'

const getInput: InputGetter = (name) => core.getInput(name)

/** Bad paths are bad input too: checked before anything runs. */
export async function checkPaths(s: BuildSettings, cwd: string): Promise<void> {
  if (/^[a-z]+:\/\//i.test(s.context) || s.context.startsWith('git@')) return // a remote context: buildx fetches it
  const context = resolve(cwd, s.context)
  await access(context, constants.R_OK).catch(() => {
    throw new InputError('context', `expected a readable directory, '${s.context}' is not readable or does not exist`)
  })
  const file = s.file ? resolve(cwd, s.file) : join(context, 'Dockerfile')
  await access(file, constants.R_OK).catch(() => {
    throw new InputError(
      'file',
      `expected a readable Dockerfile, '${s.file ?? join(s.context, 'Dockerfile')}' is not readable or does not exist`,
    )
  })
}

export interface MainDeps {
  get: InputGetter
  runner: Runner
  log: Log
  state: StateStore
  env: NodeJS.ProcessEnv
}

/** The GitHub context; outside a workflow run (no GITHUB_REPOSITORY) its repository is empty. */
export function currentContext(env: NodeJS.ProcessEnv, now: Date): MetaContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  return contextFromGithub({ ...githubContext, payload: githubContext.payload, repo: { owner, repo } }, now)
}

export async function runMain(d: MainDeps): Promise<void> {
  const s = parseInputs(d.get, currentContext(d.env, new Date()), d.env)
  await checkPaths(s, process.cwd())
  for (const w of s.warnings) d.log.warning(w)
  const workDir = await mkdtemp(join(d.env.RUNNER_TEMP || tmpdir(), 'multiarch-publish-'))
  const dockerEnv = Object.fromEntries(Object.entries(d.env).filter((e): e is [string, string] => e[1] !== undefined))
  const postState: PostState = { tempDirs: [workDir], dockerEnv: pickDockerEnv(dockerEnv) }
  d.state.save(postState)
  for (const sec of s.secrets) core.setSecret(sec.value)
  const creds = withGithubToken(s.credentials, s.images, s.githubToken, githubContext.actor)
  if (creds.length > 0) {
    const login = await writeLogin(creds, {
      mask: (secret) => core.setSecret(secret),
      tempRoot: workDir,
      baseConfigDir: d.env.DOCKER_CONFIG || join(homedir(), '.docker'),
    })
    dockerEnv.DOCKER_CONFIG = login.env.DOCKER_CONFIG
    d.log.info(`Logged in to ${creds.map((c) => c.registry).join(', ')} (a private Docker config for this step)`)
  }
  const docker = new Docker(d.runner, dockerEnv)
  const result = await runBuild(s, {
    docker,
    log: d.log,
    state: d.state,
    postState,
    hostArch: hostArchitecture(process.arch),
    registeredEmulators: () => registeredEmulators(),
    writeConfig: async (toml) => {
      const path = join(workDir, 'buildkitd.toml')
      await writeFile(path, toml)
      return path
    },
    uniqueName: `multiarch-publish-${randomBytes(6).toString('hex')}`,
    publisher: registryPublisher({ env: dockerEnv, log: d.log }),
    env: d.env,
    workDir,
    readFile: (p) => readFile(p, 'utf8'),
    clock: () => Date.now(),
  })
  const meta = metaOutputs(imageTags(s.images, s.tags), s.version, labelsObject(s.labels), s.annotations)
  for (const [k, v] of Object.entries({ ...meta, ...buildOutputs(result) })) core.setOutput(k, v)
  if (d.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(result)).write()
}

function labelsObject(labels: readonly string[]): Record<string, string> {
  return Object.fromEntries(labels.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))
}

/** The variables that choose the daemon and the docker config, so the post step talks to the same ones. */
function pickDockerEnv(env: Record<string, string>): Record<string, string> {
  const keys = ['DOCKER_HOST', 'DOCKER_CONFIG', 'DOCKER_CONTEXT', 'DOCKER_CERT_PATH', 'DOCKER_TLS_VERIFY']
  return Object.fromEntries(keys.filter((k) => env[k] !== undefined).map((k) => [k, env[k] as string]))
}

/** The action's main step: the one try/catch that turns any failure into a failed step with an annotation. */
export async function main(): Promise<void> {
  try {
    await runMain({ get: getInput, runner: execRunner, log: actionsLog, state: actionsState, env: process.env })
  } catch (e) {
    core.setFailed(errorMessage(e))
  }
}
