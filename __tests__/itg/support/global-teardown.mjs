// Stops the dockerd that global-setup started (by its pid, through scripts/dockerd.sh).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { STATE } from './global-setup.mjs'

export default async function globalTeardown() {
  if (!existsSync(STATE)) return
  const state = JSON.parse(readFileSync(STATE, 'utf8'))
  rmSync(STATE)
  if (state.startedHere) execFileSync('bash', ['scripts/dockerd.sh', 'stop'], { stdio: 'inherit' })
}
