import { getExecOutput } from '@actions/exec'

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

const TAIL_LINES = 12

/** The last lines of stderr, where buildx, docker and friends say what went wrong. */
export function stderrTail(stderr: string, lines = TAIL_LINES): string {
  return stderr.trimEnd().split('\n').slice(-lines).join('\n')
}

/** A process that exited non-zero. Failure is decided by the exit code, never by stderr being non-empty. */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderr: string,
    readonly stdout = '',
  ) {
    const tail = stderrTail(stderr)
    super(`${command} ${args.join(' ')} exited with code ${exitCode}${tail ? `:\n${tail}` : ''}`)
    this.name = 'CommandError'
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

/** The real runner, on @actions/exec. */
export const execRunner: Runner = {
  async run(command, args, options = {}) {
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
