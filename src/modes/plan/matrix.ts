/**
 * The matrix for a native-runner build: one leg per platform, each on a runner that runs it natively where one
 * exists. Pure: no process, no file system.
 */
import type { Platform } from '../../oci/platform.js'
import { runsNatively } from '../../qemu/emulators.js'
import type { RunnerMap } from '../../settings.js'
import { slug } from '../../text/slug.js'

export interface MatrixLeg {
  platform: Platform
  runner: string
  /** Whether the leg needs QEMU on that runner (guessed from the runner label; the leg decides for itself). */
  qemu: boolean
  /** The platform as a name fit for job names and cache keys: linux/arm/v7 -> linux-arm-v7. */
  slug: string
}

export interface Matrix {
  include: MatrixLeg[]
}

export const FALLBACK_RUNNER = 'ubuntu-24.04'

/** GitHub-hosted runners: amd64 runs 386 natively; the arm64 runners have no AArch32, so arm/* emulates there. */
export const DEFAULT_RUNNER_MAP: Readonly<RunnerMap> = {
  'linux/amd64': 'ubuntu-24.04',
  'linux/386': 'ubuntu-24.04',
  'linux/arm64': 'ubuntu-24.04-arm',
  'linux/arm/*': 'ubuntu-24.04-arm',
}

/** Whether a normalised platform matches a pattern (`*` matches one whole segment, or everything alone). */
export function matchesPattern(platform: Platform, pattern: string): boolean {
  if (pattern === '*') return true
  const want = pattern.split('/')
  const have = platform.split('/')
  return want.length === have.length && want.every((w, i) => w === '*' || w === have[i])
}

/** The runner for a platform: the first matching pattern of the map, else of the default map, else ubuntu-24.04. */
export function runnerFor(platform: Platform, runnerMap: Readonly<RunnerMap> = {}): string {
  for (const map of [runnerMap, DEFAULT_RUNNER_MAP]) {
    const pattern = Object.keys(map).find((p) => matchesPattern(platform, p))
    if (pattern !== undefined) return map[pattern] as string
  }
  return FALLBACK_RUNNER
}

/** The architecture of a runner, guessed from its label (GitHub's arm runners end in `-arm`). */
export function runnerArchitecture(runner: string): string {
  return /(^|[-_.])(arm|arm64|aarch64)($|[-_.])/i.test(runner) ? 'arm64' : 'amd64'
}

export function platformSlug(platform: Platform): string {
  return slug(platform)
}

/** The matrix for `strategy.matrix`: one leg per platform (parsed at the input edge, without duplicates). */
export function planMatrix(platforms: readonly Platform[], runnerMap: Readonly<RunnerMap> = {}): Matrix {
  return {
    include: platforms.map((platform) => {
      const runner = runnerFor(platform, runnerMap)
      return {
        platform,
        runner,
        qemu: !runsNatively(platform, runnerArchitecture(runner)),
        slug: platformSlug(platform),
      }
    }),
  }
}
