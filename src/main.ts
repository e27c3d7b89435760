import * as core from '@actions/core'
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

export async function runMain(d: MainDeps): Promise<void> {
  const s = parseInputs(d.get)
  await checkPaths(s, process.cwd())
  const workDir = await mkdtemp(join(d.env.RUNNER_TEMP || tmpdir(), 'multiarch-publish-'))
  const dockerEnv = Object.fromEntries(Object.entries(d.env).filter((e): e is [string, string] => e[1] !== undefined))
  const postState: PostState = { tempDirs: [workDir], dockerEnv: pickDockerEnv(dockerEnv) }
  d.state.save(postState)
  for (const sec of s.secrets) core.setSecret(sec.value)
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
    publisher: registryPublisher({ env: d.env, log: d.log }),
    env: d.env,
    workDir,
    readFile: (p) => readFile(p, 'utf8'),
    clock: () => Date.now(),
  })
  for (const [k, v] of Object.entries(buildOutputs(result))) core.setOutput(k, v)
  if (d.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(result)).write()
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
