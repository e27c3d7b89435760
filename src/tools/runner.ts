import { stderrTail } from '../text/lines.js'

export interface RunOptions {
  /** Environment for the process; defaults to this process's environment. */
  env?: Record<string, string>
  cwd?: string
  input?: string
  /** Do not echo the command's output to the log (its output is still captured). */
  silent?: boolean
}

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** Runs a process. The only seam between the action and the programs it drives. */
export interface Runner {
  run(command: string, args: readonly string[], options?: RunOptions): Promise<RunResult>
}

export { stderrTail }

/** A process that exited non-zero. Failure is decided by the exit code, never by stderr being non-empty. */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderr: string,
    readonly stdout = '',
    /** Set when the command was retried: how often it ran, and why it failed for good. */
    readonly retries?: { attempts: number; elapsedMs: number; reason: string },
  ) {
    const tail = stderrTail(stderr)
    const tries = retries
      ? ` (${retries.reason}; gave up after ${retries.attempts} attempts in ${(retries.elapsedMs / 1000).toFixed(1)}s)`
      : ''
    super(`${command} ${args.join(' ')} exited with code ${exitCode}${tries}${tail ? `:\n${tail}` : ''}`)
    this.name = 'CommandError'
  }

  /** The same failure, saying how often it was tried in how long, and why it was worth trying again. */
  afterAttempts(attempts: number, elapsedMs: number, reason: string): CommandError {
    return new CommandError(this.command, this.args, this.exitCode, this.stderr, this.stdout, {
      attempts,
      elapsedMs,
      reason,
    })
  }
}

/** Runs and throws CommandError on a non-zero exit. */
export async function runChecked(
  runner: Runner,
  command: string,
  args: readonly string[],
  options?: RunOptions,
): Promise<RunResult> {
  const res = await runner.run(command, args, options)
  if (res.exitCode !== 0) throw new CommandError(command, args, res.exitCode, res.stderr, res.stdout)
  return res
}

/** The real runner, on @actions/exec (loaded with the first command: a merge runs none). */
export const execRunner: Runner = {
  async run(command, args, options = {}) {
    const { getExecOutput } = await import('@actions/exec')
    const res = await getExecOutput(command, [...args], {
      ignoreReturnCode: true,
      silent: options.silent ?? false,
      env: options.env,
      cwd: options.cwd,
      input: options.input === undefined ? undefined : Buffer.from(options.input),
    })
    return { exitCode: res.exitCode, stdout: res.stdout, stderr: res.stderr }
  },
}
