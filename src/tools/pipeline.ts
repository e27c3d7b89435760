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
  // each stage reads the one before it directly (its stdout's pipe handed over as stdin): no copy through this
  // process; the parent's end is closed at once, so the writer sees its reader go when the reader exits
  const procs: ChildProcessWithoutNullStreams[] = []
  try {
    for (const s of stages) {
      const before = procs.at(-1)
      const p = spawn(s.command, [...s.args], {
        env: s.env ?? process.env,
        stdio: [before ? before.stdout : 'pipe', 'pipe', 'pipe'],
      }) as ChildProcessWithoutNullStreams
      before?.stdout.destroy()
      procs.push(p)
    }
  } catch (e) {
    for (const p of procs) p.kill()
    throw e
  }
  const first = procs[0]
  const last = procs.at(-1)
  if (!first || !last) throw new Error('runPipeline: no stage to run')
  /** Each stage with its stderr, collected as it comes. */
  const running = procs.map((p, i) => {
    const r = { stage: stages[i] as Stage, proc: p, stderr: '' }
    p.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      r.stderr += chunk
    })
    return r
  })
  let stdout = ''
  last.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
  })
  const ended = running.map(
    (r) =>
      new Promise<CommandError | undefined>((resolve) => {
        r.proc.once('error', (error) => {
          resolve(stageError(r.stage, { code: null, signal: null, error }, r.stderr))
        })
        r.proc.once('close', (code, signal) => {
          resolve(code === 0 ? undefined : stageError(r.stage, { code, signal }, r.stderr))
        })
      }),
  )
  let sourceError: Error | undefined
  source.once('error', (e) => {
    sourceError = e
    first.stdin.destroy() // the first stage sees its input end and fails on the truncated stream
  })
  feed(source, first.stdin)
  const failed = (await Promise.all(ended)).filter((e): e is CommandError => e !== undefined)
  if (sourceError) throw sourceError
  const [only, ...more] = failed
  if (!only) return stdout
  if (more.length === 0) throw only
  throw new Error(failed.map((f) => f.message).join('\n'))
}
