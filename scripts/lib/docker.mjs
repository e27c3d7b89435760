// The docker/crane commands the benchmarks share: the private daemon's environment, a command runner that fails
// on a non-zero exit code, the busybox base image (FROM scratch, since nothing can be pulled), and dist/.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const EXAMPLE_DIR = join(REPO_DIR, 'examples', 'hello')
/** Unpacked static busybox per architecture (bash .ci/install.sh). */
const BUSYBOX_DIR = '/var/cache/multiarch-publish/busybox'

/** The private daemon unless DOCKER_HOST says otherwise. */
export const DOCKER_ENV = {
  ...process.env,
  DOCKER_HOST: process.env.DOCKER_HOST ?? 'unix:///run/multiarch-publish/docker.sock',
}

/** Runs a command; resolves with its stdout, rejects with the exit code and the tail of stderr. */
export function run(cmd, args, { env = DOCKER_ENV, cwd = REPO_DIR } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (b) => (stdout += b))
    child.stderr.on('data', (b) => (stderr += b))
    child.once('error', reject)
    child.once('close', (code) => {
      if (code === 0) return resolvePromise(stdout)
      const tail = stderr.trim().split('\n').slice(-15).join('\n')
      reject(new Error(`${cmd} ${args.join(' ')} exited with code ${code}:\n${tail}`))
    })
  })
}

/** `docker buildx build --builder default --network host ...` on the private daemon. */
export function buildx(args) {
  return run('docker', ['buildx', 'build', '--builder', 'default', '--network', 'host', ...args])
}

/** Empties the default builder's cache, so the next build starts cold. */
export function pruneBuildCache() {
  return run('docker', ['buildx', 'prune', '--all', '--force', '--builder', 'default'])
}

/** The digest a reference points at, read with crane (an independent client). */
export async function craneDigest(ref) {
  return (await run('crane', ['digest', '--insecure', ref])).trim()
}

/** Builds and pushes examples/busybox-base (linux/amd64 + linux/arm64, FROM scratch); returns its reference. */
export async function pushBaseImage(registryHost) {
  const ctx = mkdtempSync(join(tmpdir(), 'mp-bench-base-'))
  try {
    for (const arch of ['amd64', 'arm64']) cpSync(join(BUSYBOX_DIR, arch), join(ctx, arch), { recursive: true })
    cpSync(join(REPO_DIR, 'examples', 'busybox-base', 'Dockerfile'), join(ctx, 'Dockerfile'))
    const ref = `${registryHost}/base/busybox:1`
    await buildx(['--platform', 'linux/amd64,linux/arm64', '--provenance=false', '-t', ref, '--push', ctx])
    return ref
  } finally {
    rmSync(ctx, { recursive: true, force: true })
  }
}

/** Builds dist/ only when dist/index.js is missing (a present dist/ is used as it is). */
export async function ensureDist() {
  if (existsSync(join(REPO_DIR, 'dist', 'index.js'))) return
  console.log('dist/index.js is missing: npm run build')
  await run('npm', ['run', 'build'], { env: process.env })
}

/** One line about the machine: cores, CPU, Node, Docker and buildx versions. */
export async function describeMachine() {
  const server = (await run('docker', ['version', '--format', '{{.Server.Version}}'])).trim()
  const buildxVersion = (await run('docker', ['buildx', 'version'])).trim().split(' ')[1]
  return `${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.versions.node}, dockerd ${server}, buildx ${buildxVersion}`
}
