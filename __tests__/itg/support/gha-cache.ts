import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'

/** The emulator of the GitHub Actions cache service (../shared/tools, beside the repository). */
export const GHA_CACHE_SERVER = resolve(process.cwd(), '../shared/tools/gha-cache-server/gha-cache-server.mjs')

export interface GhaCache {
  /** The environment a job step gets on GitHub: ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN... */
  env: Record<string, string>
  stop(): Promise<void>
}

/** Starts the emulator on a free loopback port, with its store in a fresh temporary directory. */
export async function startGhaCache(args: readonly string[] = []): Promise<GhaCache> {
  const dir = mkdtempSync(join(tmpdir(), 'mp-gha-cache-'))
  const child = spawn(process.execPath, [GHA_CACHE_SERVER, '--port', '0', '--dir', join(dir, 'data'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
  const exited = new Promise<void>((r) =>
    child.once('exit', () => {
      r()
    }),
  )
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      process.kill(child.pid, 'SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const line = await firstLine(child.stdout, exited, () => stderr)
    return { env: JSON.parse(line) as Record<string, string>, stop }
  } catch (e) {
    await stop()
    throw e
  }
}

async function firstLine(stdout: NodeJS.ReadableStream, exited: Promise<void>, stderr: () => string): Promise<string> {
  const lines = createInterface({ input: stdout })
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      new Promise<string>((r) => lines.once('line', r)),
      exited.then(() => Promise.reject(new Error(`gha-cache-server exited before it was ready: ${stderr()}`))),
      new Promise<string>((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error('gha-cache-server printed nothing within 15s'))
        }, 15000)
      }),
    ])
  } finally {
    if (timer) clearTimeout(timer)
    lines.close()
    stdout.resume() // keep draining, so a chatty server never blocks on a full pipe
  }
}

/** Runs fn with these variables set in process.env (where @actions/cache reads them, at call time), then restores. */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  const apply = (v: Record<string, string | undefined>) => {
    for (const [k, value] of Object.entries(v)) {
      // process.env cannot be replaced by a copy without the key: the variable has to be removed from it
      if (value === undefined) Reflect.deleteProperty(process.env, k)
      else process.env[k] = value
    }
  }
  apply(vars)
  try {
    return await fn()
  } finally {
    apply(saved)
  }
}
