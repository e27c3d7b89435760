// Starts the private dockerd the integration tests use (scripts/dockerd.sh), unless it already runs.
// Plain ESM (globalSetup is loaded by Node without the test transform).
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const REQUIRED_TOOLS = JSON.parse(readFileSync(new URL('./required-tools.json', import.meta.url), 'utf8'))
export const STATE = join(tmpdir(), 'multiarch-publish-itg-dockerd.json')

export default async function globalSetup() {
  const missing = REQUIRED_TOOLS.filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0)
  if (missing.length > 0) {
    if (process.env.CI) throw new Error(`integration tools missing in CI: ${missing.join(', ')} (bash .ci/install.sh)`)
    console.warn(`integration tools missing: ${missing.join(', ')}; suites will skip (run: bash .ci/install.sh)`)
    return
  }
  const wasRunning = execFileSync('bash', ['scripts/dockerd.sh', 'status']).toString().trim() === 'running'
  const host = execFileSync('bash', ['scripts/dockerd.sh', 'start'], { stdio: ['ignore', 'pipe', 'inherit'] })
    .toString()
    .trim()
  process.env.DOCKER_HOST = host
  writeFileSync(STATE, JSON.stringify({ host, startedHere: !wasRunning }))
}
