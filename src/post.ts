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
 * stopped gracefully (`buildx rm` waits for BuildKit to shut down), then its volume and buildx's entry go at once.
 */
async function removeBuilder(builder: string, driver: PostState['builderDriver'], docker: Docker): Promise<void> {
  if (driver !== 'docker-container') {
    await docker(removeBuilderArgs(builder))
    return
  }
  const { container, volume } = builderContainer(builder)
  await docker(['rm', '--force', container])
  await Promise.all([docker(['volume', 'rm', '--force', volume]), docker(removeBuilderArgs(builder))])
}

/** Cleanup: removes the builder and temporary files, even after a failed or cancelled main. Warns, never fails. */
export async function runPost(d: {
  runner: Runner
  log: Log
  state: StateStore
  env: NodeJS.ProcessEnv
}): Promise<void> {
  const state = d.state.load()
  if (state.builder) {
    const builder = state.builder
    await d.log.group(`Removing builder ${builder}`, async () => {
      const env = { ...(d.env as Record<string, string>), ...(state.dockerEnv ?? {}) }
      const docker: Docker = async (args) => {
        try {
          const res = await d.runner.run('docker', args, { env, silent: true })
          if (res.exitCode !== 0) d.log.warning(`could not remove builder ${builder}: ${res.stderr.trim()}`)
        } catch (e) {
          // e.g. docker is gone from PATH: the temporary files (the login config among them) still go below
          d.log.warning(`could not remove builder ${builder}: ${errorMessage(e)}`)
        }
      }
      await removeBuilder(builder, state.builderDriver, docker)
    })
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
