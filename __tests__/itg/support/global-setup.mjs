// Integration test setup, once per run: puts back QEMU emulators a killed run left unregistered, starts the
// private dockerd (scripts/dockerd.sh) unless it already runs, and pushes the real BuildKit and binfmt images
// (../shared/images) into a throwaway registry on loopback, for the docker-container tests.
// Plain ESM (globalSetup is loaded by Node without the test transform).
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { restoreFromJournal } from '../../../scripts/lib/binfmt.mjs'
import { startRegistry } from '../../../scripts/lib/registry.mjs'
import { pushTestImages } from '../../../scripts/lib/test-images.mjs'

export const REQUIRED_TOOLS = JSON.parse(readFileSync(new URL('./required-tools.json', import.meta.url), 'utf8'))
export const STATE = join(tmpdir(), 'multiarch-publish-itg-dockerd.json')
/** Where the tests find the images' references (also in STATE, as `images`). */
export const IMAGE_ENV = { buildkit: 'MP_ITG_BUILDKIT_IMAGE', binfmt: 'MP_ITG_BINFMT_IMAGE' }

export default async function globalSetup() {
  const missing = REQUIRED_TOOLS.filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0)
  if (missing.length > 0) {
    if (process.env.CI) throw new Error(`integration tools missing in CI: ${missing.join(', ')} (bash .ci/install.sh)`)
    console.warn(`integration tools missing: ${missing.join(', ')}; suites will skip (run: bash .ci/install.sh)`)
    return
  }
  if (restoreFromJournal()) console.warn('restored the QEMU emulators that a killed test run had unregistered')
  const wasRunning = execFileSync('bash', ['scripts/dockerd.sh', 'status']).toString().trim() === 'running'
  const host = execFileSync('bash', ['scripts/dockerd.sh', 'start'], { stdio: ['ignore', 'pipe', 'inherit'] })
    .toString()
    .trim()
  process.env.DOCKER_HOST = host
  // a killed run's builder image tags (the action's 127.0.0.1:0/multiarch-publish/...): the suites check none is left
  const tags = execFileSync('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}'], { env: process.env })
    .toString()
    .split('\n')
    .filter((t) => t.startsWith('127.0.0.1:0/multiarch-publish/'))
  if (tags.length > 0) {
    console.warn(`removing builder image tags a killed run left behind: ${tags.join(', ')}`)
    execFileSync('docker', ['rmi', ...tags], { env: process.env, stdio: 'ignore' })
  }
  const state = { host, startedHere: !wasRunning }
  writeFileSync(STATE, JSON.stringify(state))

  const registry = await startRegistry()
  state.imagesRegistry = { pid: registry.pid, dir: registry.dir }
  writeFileSync(STATE, JSON.stringify(state))
  globalThis.__multiarchPublishImagesRegistry = registry // for global-teardown, in this same process
  try {
    state.images = await pushTestImages(registry.host)
  } catch (e) {
    const msg = `the BuildKit and binfmt test images could not be pushed: ${e instanceof Error ? e.message : e}`
    if (process.env.CI) throw new Error(msg)
    console.warn(`${msg}; the docker-container suites will skip`)
    state.imagesError = msg
  }
  for (const [key, name] of Object.entries(IMAGE_ENV)) if (state.images) process.env[name] = state.images[key]
  writeFileSync(STATE, JSON.stringify(state))
}
