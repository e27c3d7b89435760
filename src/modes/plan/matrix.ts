/**
 * The matrix for a native-runner build: one leg per platform, each on a runner that runs it natively where one
 * exists. Pure: no process, no file system.
 */
import { InputError } from '../../errors.js'
import { normalizePlatform, PlatformError, runsNatively } from '../../platforms/platform.js'

export interface MatrixLeg {
  platform: string
  runner: string
  /** Whether the leg needs QEMU on that runner (guessed from the runner label; the leg decides for itself). */
  qemu: boolean
  /** The platform as a name fit for job names and cache keys: linux/arm/v7 -> linux-arm-v7. */
  slug: string
}

export interface Matrix {
  include: MatrixLeg[]
}

/**
 * Platform pattern -> runner label, in the order given (the first match wins). A pattern is a platform in which a
 * whole segment may be `*` (`linux/arm/*`), or `*` alone for everything else.
 */
export type RunnerMap = Record<string, string>

export const FALLBACK_RUNNER = 'ubuntu-24.04'

/** GitHub-hosted runners: amd64 runs 386 natively; the arm64 runners have no AArch32, so arm/* emulates there. */
export const DEFAULT_RUNNER_MAP: Readonly<RunnerMap> = {
  'linux/amd64': 'ubuntu-24.04',
  'linux/386': 'ubuntu-24.04',
  'linux/arm64': 'ubuntu-24.04-arm',
  'linux/arm/*': 'ubuntu-24.04-arm',
}

const INPUT = 'runner-map'
const LABEL = /^[A-Za-z0-9._-]+$/

/** Parses the `runner-map` input: lines of `platform=runner`, `#` comments and blank lines ignored. */
export function parseRunnerMap(input: string): RunnerMap {
  const map: RunnerMap = {}
  for (const [i, raw] of input.split('\n').entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    if (eq < 0) throw new InputError(INPUT, `line ${i + 1} '${line}' is not of the form platform=runner`)
    const pattern = normalizePattern(line.slice(0, eq).trim(), i + 1)
    const runner = line.slice(eq + 1).trim()
    if (!LABEL.test(runner)) {
      throw new InputError(INPUT, `line ${i + 1}: '${runner}' is not a runner label (letters, digits, . _ -)`)
    }
    if (Object.hasOwn(map, pattern)) throw new InputError(INPUT, `line ${i + 1}: '${pattern}' is mapped twice`)
    map[pattern] = runner
  }
  return map
}

function normalizePattern(pattern: string, line: number): string {
  if (pattern === '*') return pattern
  if (pattern.includes('*')) {
    const parts = pattern.toLowerCase().split('/')
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '' || (p.includes('*') && p !== '*'))) {
      throw new InputError(INPUT, `line ${line}: '${pattern}' is not a platform pattern like linux/arm/*`)
    }
    return parts.join('/')
  }
  try {
    return normalizePlatform(pattern)
  } catch (e) {
    if (e instanceof PlatformError) throw new InputError(INPUT, `line ${line}: ${e.message}`)
    throw e
  }
}

/** Whether a normalised platform matches a pattern (`*` matches one whole segment, or everything alone). */
export function matchesPattern(platform: string, pattern: string): boolean {
  if (pattern === '*') return true
  const want = pattern.split('/')
  const have = platform.split('/')
  return want.length === have.length && want.every((w, i) => w === '*' || w === have[i])
}

/** The runner for a platform: the first matching pattern of the map, else of the default map, else ubuntu-24.04. */
export function runnerFor(platform: string, runnerMap: Readonly<RunnerMap> = {}): string {
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

export function platformSlug(platform: string): string {
  return platform.replace(/[^A-Za-z0-9.]+/g, '-')
}

/** The matrix for `strategy.matrix`: one leg per platform (normalised, without duplicates). */
export function planMatrix(platforms: readonly string[], runnerMap: Readonly<RunnerMap> = {}): Matrix {
  const normalised: string[] = []
  for (const p of platforms) {
    let platform: string
    try {
      platform = normalizePlatform(p)
    } catch (e) {
      if (e instanceof PlatformError) throw new InputError('platforms', e.message)
      throw e
    }
    if (!normalised.includes(platform)) normalised.push(platform)
  }
  if (normalised.length === 0) throw new InputError('platforms', 'no platform given')
  return {
    include: normalised.map((platform) => {
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
