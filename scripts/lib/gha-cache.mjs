// The emulator of the GitHub Actions cache service (<repo>/../shared/tools/gha-cache-server) on a free loopback
// port, its store in a fresh temporary directory, stopped by its pid. Used by the integration tests (through
// __tests__/itg/support/gha-cache.ts) and the benchmark. Types: gha-cache.d.mts.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { SHARED_DIR } from './test-images.mjs'

export const GHA_CACHE_SERVER = join(SHARED_DIR, 'tools', 'gha-cache-server', 'gha-cache-server.mjs')

/** Starts the emulator; resolves with { env, stop() }: env is what a job step gets on GitHub (ACTIONS_*). */
export async function startGhaCache(args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'mp-gha-cache-'))
  const child = spawn(process.execPath, [GHA_CACHE_SERVER, '--port', '0', '--dir', join(dir, 'data'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (b) => (stderr += b.toString()))
  const exited = new Promise((r) => child.once('exit', () => r()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      process.kill(child.pid, 'SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    const line = await firstLine(child.stdout, exited, () => stderr)
    return { env: JSON.parse(line), stop }
  } catch (e) {
    await stop()
    throw e
  }
}

async function firstLine(stdout, exited, stderr) {
  const lines = createInterface({ input: stdout })
  let timer
  try {
    return await Promise.race([
      new Promise((r) => lines.once('line', r)),
      exited.then(() => Promise.reject(new Error(`gha-cache-server exited before it was ready: ${stderr()}`))),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('gha-cache-server printed nothing within 15s')), 15000)
      }),
    ])
  } finally {
    if (timer) clearTimeout(timer)
    lines.close()
    stdout.resume() // keep draining, so a chatty server never blocks on a full pipe
  }
}
