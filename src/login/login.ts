/**
 * Writes the login configuration to a fresh private directory that only this action's commands use (through
 * DOCKER_CONFIG), and removes it in the post step. The user's own ~/.docker is read, never written.
 */
import { existsSync, mkdirSync, symlinkSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Credential } from './credentials.js'
import { buildDockerConfig, type DockerConfig, secretsOf } from './dockerconfig.js'

export interface LoginDeps {
  /** Registers a secret with the runner so that it is masked in logs (core.setSecret). */
  mask(secret: string): void
  /** Where to create the directory (RUNNER_TEMP). */
  tempRoot: string
  /**
   * The user's Docker config directory ($DOCKER_CONFIG or ~/.docker): its config.json is the base, and its
   * buildx/ (builders), contexts/ and cli-plugins/ are linked so that docker and buildx behave as before.
   */
  baseConfigDir?: string
}

export interface Login {
  dir: string
  /** Add to the environment of every docker/buildx/crane command of the action. */
  env: { DOCKER_CONFIG: string }
}

/** Subdirectories shared with the user's configuration (buildx/ is created there if missing). */
const SHARED_DIRS = ['buildx', 'contexts', 'cli-plugins']

export async function writeLogin(creds: readonly Credential[], deps: LoginDeps): Promise<Login> {
  for (const secret of secretsOf(creds)) deps.mask(secret)
  const base = deps.baseConfigDir ? await readBaseConfig(deps.baseConfigDir) : {}
  const dir = await mkdtemp(join(deps.tempRoot, 'multiarch-publish-docker-'))
  try {
    if (deps.baseConfigDir) linkShared(deps.baseConfigDir, dir)
    const config = buildDockerConfig(creds, base)
    await writeFile(join(dir, 'config.json'), `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 })
  } catch (e) {
    await removeLogin(dir)
    throw e
  }
  return { dir, env: { DOCKER_CONFIG: dir } }
}

/** Removes the directory (post step). Missing is fine. */
export async function removeLogin(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

async function readBaseConfig(baseDir: string): Promise<DockerConfig> {
  const file = join(baseDir, 'config.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return {}
  }
  try {
    return JSON.parse(text) as DockerConfig
  } catch {
    throw new Error(`${file} is not valid JSON; fix or remove it`)
  }
}

function linkShared(baseDir: string, dir: string): void {
  for (const name of SHARED_DIRS) {
    const target = join(baseDir, name)
    if (name === 'buildx') mkdirSync(target, { recursive: true })
    if (existsSync(target)) symlinkSync(target, join(dir, name))
  }
}
