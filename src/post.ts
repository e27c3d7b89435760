import { rm } from 'node:fs/promises'
import { errorMessage } from './errors.js'
import { actionsLog, type Log } from './log.js'
import { builderContainer, removeBuilderArgs } from './buildx/builder.js'
import { actionsState, type PostState, type StateStore } from './state.js'
import { execRunner, type Runner } from './tools/runner.js'
import { workflow } from './workflow/commands.js'

type Docker = (args: string[]) => Promise<void>

/**
 * A docker-container builder is this job's alone and its state is thrown away: its container is killed instead of
 * stopped gracefully (`buildx rm` waits for BuildKit to shut down), then its volume, buildx's entry and the local tag of its image go at once.
 */
async function removeBuilder(builder: string, state: PostState, docker: Docker): Promise<void> {
  const untag = (state.untag ?? []).map((tag) => ['rmi', tag])
  if (state.builderDriver !== 'docker-container') {
    await docker(removeBuilderArgs(builder))
    await Promise.all(untag.map((args) => docker(args)))
    return
  }
  const { container, volume } = builderContainer(builder)
  await docker(['rm', '--force', container])
  await Promise.all([
    docker(['volume', 'rm', '--force', volume]),
    docker(removeBuilderArgs(builder)),
    ...untag.map((args) => docker(args)),
  ])
}

/** Cleanup: removes the builder and temporary files, even after a failed or cancelled main. Warns, never fails. */
export async function runPost(d: {
  runner: Runner
  log: Log
  state: StateStore
  env: NodeJS.ProcessEnv
}): Promise<void> {
  const state = d.state.load()
  const env = { ...(d.env as Record<string, string>), ...(state.dockerEnv ?? {}) }
  const dockerFor =
    (what: string): Docker =>
    async (args) => {
      try {
        const res = await d.runner.run('docker', args, { env, silent: true })
        if (res.exitCode !== 0) d.log.warning(`could not remove ${what}: ${res.stderr.trim()}`)
      } catch (e) {
        // e.g. docker is gone from PATH: the temporary files (the login config among them) still go below
        d.log.warning(`could not remove ${what}: ${errorMessage(e)}`)
      }
    }
  if (state.builder) {
    const builder = state.builder
    await d.log.group(`Removing builder ${builder}`, () =>
      removeBuilder(builder, state, dockerFor(`builder ${builder}`)),
    )
  } else {
    // the step stopped after tagging the builder's image, before creating the builder
    for (const tag of state.untag ?? []) await dockerFor(`the tag ${tag}`)(['rmi', tag])
  }
  for (const dir of state.tempDirs) {
    await rm(dir, { recursive: true, force: true }).catch((e: unknown) => {
      d.log.warning(`could not remove ${dir}: ${errorMessage(e)}`)
    })
  }
}

export async function post(): Promise<void> {
  try {
    await runPost({ runner: execRunner, log: actionsLog, state: actionsState, env: process.env })
  } catch (e) {
    workflow.warning(`post step: ${errorMessage(e)}`)
  }
}
