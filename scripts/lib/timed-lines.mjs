// Output lines stamped with the time they arrived, for the benchmarks' per-phase breakdowns: the runner harness
// (scripts/run-action.mjs, option timeLines) and the bare commands (runTimed) use the same clock and splitting.
import { spawn } from 'node:child_process'
import process from 'node:process'

/** Monotonic clock in seconds (process.hrtime): the time base of every stamp here. */
export const now = () => Number(process.hrtime.bigint()) / 1e9

/**
 * Splits a stream's chunks into lines pushed onto `lines` as { at, stream, text }, `at` being when the chunk that
 * ended the line arrived; a last line without a newline gets the time end() was called (the stream closed).
 */
export function lineRecorder(stream, lines) {
  let partial = ''
  return {
    chunk(b) {
      const at = now()
      const parts = (partial + b.toString()).split('\n')
      partial = parts.pop() ?? ''
      for (const text of parts) lines.push({ at, stream, text })
    },
    end() {
      if (partial !== '') lines.push({ at: now(), stream, text: partial })
      partial = ''
    },
  }
}

/**
 * Runs a command and records its output lines. Resolves with { stdout, stderr, startedAt, exitedAt, lines };
 * rejects on a non-zero exit code with the tail of its output.
 */
export function runTimed(cmd, args, { env = process.env, cwd } = {}) {
  return new Promise((resolvePromise, reject) => {
    const startedAt = now()
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    const lines = []
    let stdout = ''
    let stderr = ''
    const out = lineRecorder('stdout', lines)
    const err = lineRecorder('stderr', lines)
    child.stdout.on('data', (b) => {
      stdout += b
      out.chunk(b)
    })
    child.stderr.on('data', (b) => {
      stderr += b
      err.chunk(b)
    })
    child.once('error', reject)
    child.once('close', (code) => {
      const exitedAt = now()
      out.end()
      err.end()
      if (code === 0) return resolvePromise({ stdout, stderr, startedAt, exitedAt, lines })
      const tail = `${stdout}${stderr}`.trim().split('\n').slice(-15).join('\n')
      reject(new Error(`${cmd} ${args.join(' ')} exited with code ${code}:\n${tail}`))
    })
  })
}
