// A throwaway CNCF Distribution registry (Debian's `docker-registry`) on a free loopback port, storage in a fresh
// temporary directory, stopped by its pid. Optional TLS with a fresh self-signed CA, htpasswd Basic auth, or any
// extra config (e.g. token auth). Used by the integration tests (through __tests__/itg/support/registry.ts), the
// benchmarks and the demo. Types: registry.d.mts.
import { execFileSync, spawn } from 'node:child_process'
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

/** Creates a CA and a server certificate for 127.0.0.1 with openssl. Returns file paths. */
export function makeCertificates(dir) {
  const f = (name) => join(dir, name)
  const ossl = (...args) => execFileSync('openssl', args, { stdio: 'ignore' })
  const days = ['-days', '2']
  ossl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('ca.key'),
    '-out',
    f('ca.pem'),
    ...days,
    '-subj',
    '/CN=multiarch-publish test CA',
  )
  ossl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('server.key'),
    '-out',
    f('server.csr'),
    '-subj',
    '/CN=127.0.0.1',
  )
  writeFileSync(f('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n')
  ossl(
    'x509',
    '-req',
    '-in',
    f('server.csr'),
    '-CA',
    f('ca.pem'),
    '-CAkey',
    f('ca.key'),
    '-CAcreateserial',
    '-out',
    f('server.pem'),
    ...days,
    '-extfile',
    f('server.ext'),
  )
  return { caFile: f('ca.pem'), certFile: f('server.pem'), keyFile: f('server.key'), caKeyFile: f('ca.key') }
}

function config(dir, host, opts) {
  let yaml = `version: 0.1
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
`
  let caFile
  if (opts.tls) {
    const certs = makeCertificates(dir)
    caFile = certs.caFile
    yaml += `  tls:\n    certificate: ${certs.certFile}\n    key: ${certs.keyFile}\n`
  }
  if (opts.htpasswd) {
    const file = join(dir, 'htpasswd')
    writeFileSync(file, execFileSync('htpasswd', ['-Bbn', opts.htpasswd.username, opts.htpasswd.password]))
    yaml += `auth:\n  htpasswd:\n    realm: multiarch-publish-test\n    path: ${file}\n`
  }
  if (opts.extraYaml) yaml += opts.extraYaml
  return { yaml, caFile }
}

/** Starts the registry; returns { host, url, dir, pid, caFile?, stop() }. */
export async function startRegistry(opts = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mp-registry-'))
  const host = `127.0.0.1:${await freePort()}`
  const { yaml, caFile } = config(dir, host, opts)
  const file = join(dir, 'config.yml')
  writeFileSync(file, yaml)
  const log = openSync(join(dir, 'registry.log'), 'a')
  const child = spawn('docker-registry', ['serve', file], { stdio: ['ignore', log, log] })
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
  return { host, url: `${opts.tls ? 'https' : 'http'}://${host}`, dir, pid: child.pid, caFile, stop }
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

// `node scripts/lib/registry.mjs`: starts a registry, prints its host, and runs until SIGTERM/SIGINT (the demo).
if (process.argv[1] && process.argv[1].endsWith('registry.mjs')) {
  const reg = await startRegistry()
  console.log(reg.host)
  const quit = () => reg.stop().then(() => process.exit(0))
  process.once('SIGTERM', quit)
  process.once('SIGINT', quit)
}
