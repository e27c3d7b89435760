// A throwaway CNCF Distribution registry (Debian's `docker-registry`) on a free loopback port: plain HTTP,
// storage in a fresh temporary directory, stopped by its pid. A port of the few lines the benchmarks need from
// __tests__/itg/support/registry.ts (no TLS, no auth).
import { spawn } from 'node:child_process'
import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'

/** A free TCP port on loopback (bound then released). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/** Starts the registry; returns { host, dir, stop() }. */
export async function startRegistry() {
  const dir = mkdtempSync(join(tmpdir(), 'mp-bench-registry-'))
  const host = `127.0.0.1:${await freePort()}`
  const config = join(dir, 'config.yml')
  writeFileSync(
    config,
    `version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: ${join(dir, 'data')}
  delete:
    enabled: true
http:
  addr: ${host}
`,
  )
  const log = openSync(join(dir, 'registry.log'), 'a')
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', log, log] })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      process.kill(child.pid, 'SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitForPort(host, child)
  } catch (e) {
    await stop()
    throw e
  }
  return { host, dir, stop }
}

async function waitForPort(host, child) {
  const [hostname, port] = host.split(':')
  const deadline = Date.now() + 15000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with code ${child.exitCode}`)
    const ok = await new Promise((resolve) => {
      const s = connect(Number(port), hostname, () => {
        s.end()
        resolve(true)
      })
      s.once('error', () => resolve(false))
    })
    if (ok) return
    await sleep(100)
  }
  throw new Error(`docker-registry did not listen on ${host} within 15s`)
}
