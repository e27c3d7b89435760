import type { RunOptions, RunResult, Runner } from '../../../src/tools/runner.js'

export interface Call {
  command: string
  args: string[]
  env?: Record<string, string>
}

/**
 * A Runner for what cannot run on this machine (the docker-container driver, the binfmt image): records every
 * command line and answers from a table keyed by the command line's start.
 */
export function recordingRunner(answers: [prefix: string, result: Partial<RunResult>][] = []) {
  const calls: Call[] = []
  const runner: Runner = {
    run(command: string, args: readonly string[], options?: RunOptions): Promise<RunResult> {
      calls.push({ command, args: [...args], env: options?.env })
      const line = [command, ...args].join(' ')
      const hit = answers.find(([prefix]) => line.startsWith(prefix))
      return Promise.resolve({ exitCode: 0, stdout: '', stderr: '', ...(hit?.[1] ?? {}) })
    },
  }
  return { runner, calls, lines: () => calls.map((c) => [c.command, ...c.args].join(' ')) }
}
