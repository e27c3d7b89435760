import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync, rmSync, openSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A free TCP port on loopback (bound then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

export interface RegistryOptions {
  /** HTTP Basic auth with an htpasswd file (bcrypt) for this user. */
  htpasswd?: { username: string; password: string }
  /** Serve TLS with a certificate for 127.0.0.1 signed by a fresh self-signed CA (see caFile). */
  tls?: boolean
  /** Extra YAML appended under the top level (e.g. an `auth: token:` block). Indent with two spaces. */
  extraYaml?: string
}

export interface Registry {
  /** host:port, e.g. 127.0.0.1:41234 */
  host: string
  /** http(s)://host:port */
  url: string
  dir: string
  /** PEM of the CA that signed the server certificate (tls only). */
  caFile?: string
  stop(): Promise<void>
}

/** Creates a CA and a server certificate for 127.0.0.1 with openssl. Returns file paths. */
export function makeCertificates(dir: string): {
  caFile: string
  certFile: string
  keyFile: string
  caKeyFile: string
} {
  const caKeyFile = join(dir, 'ca.key')
  const caFile = join(dir, 'ca.pem')
  const keyFile = join(dir, 'server.key')
  const certFile = join(dir, 'server.pem')
  const csr = join(dir, 'server.csr')
  const ext = join(dir, 'server.ext')
  const ossl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' })
  ossl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    caKeyFile,
    '-out',
    caFile,
    '-days',
    '2',
    '-subj',
    '/CN=multiarch-publish test CA',
  )
  ossl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', csr, '-subj', '/CN=127.0.0.1')
  writeFileSync(ext, 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n')
  ossl(
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    caFile,
    '-CAkey',
    caKeyFile,
    '-CAcreateserial',
    '-out',
    certFile,
    '-days',
    '2',
    '-extfile',
    ext,
  )
  return { caFile, certFile, keyFile, caKeyFile }
}

/** Starts Debian's CNCF Distribution registry (`docker-registry`) on a free loopback port. */
export async function startRegistry(opts: RegistryOptions = {}): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'mp-registry-'))
  const port = await freePort()
  const host = `127.0.0.1:${port}`
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
  let caFile: string | undefined
  if (opts.tls) {
    const certs = makeCertificates(dir)
    caFile = certs.caFile
    yaml += `  tls:\n    certificate: ${certs.certFile}\n    key: ${certs.keyFile}\n`
  }
  if (opts.htpasswd) {
    const file = join(dir, 'htpasswd')
    const line = execFileSync('htpasswd', ['-Bbn', opts.htpasswd.username, opts.htpasswd.password]).toString()
    writeFileSync(file, line)
    yaml += `auth:\n  htpasswd:\n    realm: multiarch-publish-test\n    path: ${file}\n`
  }
  if (opts.extraYaml) yaml += opts.extraYaml
  const config = join(dir, 'config.yml')
  writeFileSync(config, yaml)
  const log = openSync(join(dir, 'registry.log'), 'a')
  const child: ChildProcess = spawn('docker-registry', ['serve', config], { stdio: ['ignore', log, log] })
  const url = `${opts.tls ? 'https' : 'http'}://${host}`
  await waitForPort(port, child)
  return {
    host,
    url,
    dir,
    caFile,
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((r) => child.once('exit', r))
        process.kill(child.pid, 'SIGTERM')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const { connect } = await import('node:net')
  const deadline = Date.now() + 15000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with code ${child.exitCode}`)
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.end()
        resolve(true)
      })
      s.once('error', () => resolve(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`docker-registry did not listen on 127.0.0.1:${port} within 15s`)
}
