import * as core from '@actions/core'
import { rm } from 'node:fs/promises'
import { errorMessage } from './errors.js'
import { actionsLog, type Log } from './log.js'
import { removeBuilderArgs } from './buildx/builder.js'
import { actionsState, type StateStore } from './state.js'
import { execRunner, type Runner } from './tools/runner.js'

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
      try {
        const res = await d.runner.run('docker', removeBuilderArgs(builder), { env, silent: true })
        if (res.exitCode !== 0) d.log.warning(`could not remove builder ${builder}: ${res.stderr.trim()}`)
      } catch (e) {
        // e.g. docker is gone from PATH: the temporary files (the login config among them) still go below
        d.log.warning(`could not remove builder ${builder}: ${errorMessage(e)}`)
      }
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
    core.warning(`post step: ${errorMessage(e)}`)
  }
}
