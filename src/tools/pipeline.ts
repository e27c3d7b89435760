/**
 * Processes joined as a shell joins them with `|`, fed from a stream: the thin wrapper for a download that goes
 * straight into a program (`tar` unpacking it, `docker load` reading that) without a file between them.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'
import { CommandError } from './runner.js'

export interface Stage {
  command: string
  args: readonly string[]
  env?: Record<string, string>
}

interface Ended {
  code: number | null
  signal: NodeJS.Signals | null
  error?: Error
}

/** What a failed stage says: its exit code (or signal, or why it did not start) and its stderr. */
function stageError(stage: Stage, ended: Ended, stderr: string): CommandError {
  const why = ended.error ? `${ended.error.message}\n` : ended.signal ? `killed by ${ended.signal}\n` : ''
  return new CommandError(stage.command, stage.args, ended.code ?? -1, `${why}${stderr}`)
}

/** Pipes `from` into the first stage's stdin; a stdin that closes early (EPIPE) stops `from`: the stage's exit says why. */
function feed(from: Readable, to: Writable): void {
  to.on('error', () => {
    from.destroy()
  })
  from.pipe(to)
}

/**
 * Runs `stages`, each one's stdout into the next one's stdin, `source` into the first; resolves with the last one's
 * stdout once every stage exited 0. Otherwise throws: the source's error when it failed (the stages that lost their
 * input are its consequence), else every stage that failed, in order (a stage whose reader died fails too, so the
 * cause may be any of them).
 */
export async function runPipeline(source: Readable, stages: readonly Stage[]): Promise<string> {
  const running: Running[] = []
  try {
    for (const stage of stages) running.push(start(stage, running.at(-1)))
  } catch (e) {
    for (const r of running) r.proc.kill()
    source.destroy()
    throw e
  }
  const first = running[0]
  const last = running.at(-1)
  if (!first || !last) throw new Error('runPipeline: no stage to run')
  let stdout = ''
  last.proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
  })
  let sourceError: Error | undefined
  source.once('error', (e) => {
    sourceError = e
    first.proc.stdin.destroy() // the first stage sees its input end and fails on the truncated stream
  })
  feed(source, first.proc.stdin)
  const failed = (await Promise.all(running.map((r) => r.ended))).filter((e): e is CommandError => e !== undefined)
  if (sourceError) throw sourceError
  const [only, ...more] = failed
  if (!only) return stdout
  if (more.length === 0) throw only
  throw new Error(failed.map((f) => f.message).join('\n'))
}

interface Running {
  stage: Stage
  /** Its stdin is ours only for the first stage (the others read the stage before them). */
  proc: ChildProcessWithoutNullStreams
  /** Its failure once it ended, or undefined when it exited 0. */
  ended: Promise<CommandError | undefined>
}

/**
 * Starts a stage reading `before`'s stdout directly (the pipe handed over as its stdin: no copy through this
 * process; the parent's end is closed at once, so the writer sees its reader go when the reader exits).
 */
function start(stage: Stage, before: Running | undefined): Running {
  const proc = spawn(stage.command, [...stage.args], {
    env: stage.env ?? process.env,
    stdio: [before ? before.proc.stdout : 'pipe', 'pipe', 'pipe'],
  })
  let stderr = ''
  // listened to at once: a failed start (ENOENT) is reported as an 'error' event, never thrown at the caller
  const ended = new Promise<CommandError | undefined>((resolve) => {
    proc.once('error', (error) => {
      resolve(stageError(stage, { code: null, signal: null, error }, stderr))
    })
    proc.once('close', (code, signal) => {
      resolve(code === 0 ? undefined : stageError(stage, { code, signal }, stderr))
    })
  })
  const { stdin, stdout, stderr: errors } = proc
  // a process that could not get its pipes (too many open files) has none; one reading the stage before it has
  // no stdin of ours
  if ((!before && !stdin) || !stdout || !errors) {
    proc.kill()
    throw new Error(`${stage.command}: could not be started with pipes`)
  }
  errors.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  before?.proc.stdout.destroy()
  return { stage, proc: proc as ChildProcessWithoutNullStreams, ended }
}
