// Stops what global-setup started: the images' registry, and the dockerd if it started it (by pid, through
// scripts/dockerd.sh). Puts back QEMU emulators a test left unregistered (a test restores them itself; this is
// for a test process that died half-way).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { restoreFromJournal } from '../../../scripts/lib/binfmt.mjs'
import { STATE } from './global-setup.mjs'

async function stopByPid(pid) {
  try {
    process.kill(pid, 'SIGTERM')
  } catch {
    return // already gone
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0)
    } catch {
      return
    }
    await sleep(100)
  }
}

export default async function globalTeardown() {
  if (restoreFromJournal()) console.warn('restored the QEMU emulators that a test left unregistered')
  if (!existsSync(STATE)) return
  const state = JSON.parse(readFileSync(STATE, 'utf8'))
  rmSync(STATE)
  const registry = globalThis.__multiarchPublishImagesRegistry
  if (registry) await registry.stop()
  else if (state.imagesRegistry) {
    await stopByPid(state.imagesRegistry.pid)
    rmSync(state.imagesRegistry.dir, { recursive: true, force: true })
  }
  if (state.startedHere) execFileSync('bash', ['scripts/dockerd.sh', 'stop'], { stdio: 'inherit' })
}
