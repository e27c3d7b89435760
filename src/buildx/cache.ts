/** Build cache decisions (pure): GHA cache by default when the job has the cache service. */
import semver from 'semver'
import type { BuildSettings } from '../settings.js'
import { slug } from '../text/slug.js'

/** The cache service as the runner describes it in the job's environment. */
export interface CacheService {
  available: boolean
  v2: boolean
}

export function cacheServiceFrom(env: Readonly<Record<string, string | undefined>>): CacheService {
  const v2 = (env.ACTIONS_CACHE_SERVICE_V2 ?? '') !== ''
  const url = v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL
  return { available: !!env.ACTIONS_RUNTIME_TOKEN && !!url, v2 }
}

/** The variables buildx's gha cache reads; they must reach the buildx process. */
export const CACHE_ENV_VARS = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_SERVICE_V2',
]

export interface CachePlan {
  kind: 'gha' | 'custom' | 'none'
  from: string[]
  to: string[]
  /** Why the cache was turned off, for a warning. */
  warning?: string
}

/** buildx supports the v2 cache service from 0.21 on. */
export const BUILDX_MIN_FOR_CACHE_V2 = '0.21.0'

/**
 * The gha scope: per build (the handoff-id when given, else image, Dockerfile and target) and, for a matrix leg,
 * per platform, so that unrelated builds and the legs of one matrix never evict each other. Without a handoff-id
 * the build args stay out of the scope: a build arg that changes every run (a commit SHA) would else leave every
 * run a cold cache; variants that differ only in build args each give a handoff-id to get a scope of their own.
 */
export function ghaScope(s: Pick<BuildSettings, 'images' | 'file' | 'target' | 'handoff'>, platform?: string): string {
  const build = s.handoff.explicit ? [s.handoff.id] : [s.images[0], s.file, s.target]
  return ['multiarch-publish', ...build, platform]
    .filter((p): p is string => p !== undefined && p !== '')
    .map((p, i) => (i === 0 ? p : slug(p, '._-')))
    .join('-')
}

/** Whether planCache needs buildx's version: only to use the gha cache through the v2 cache service. */
export function needsBuildxVersion(
  s: Pick<BuildSettings, 'cache' | 'cacheFrom' | 'cacheTo'>,
  service: CacheService,
): boolean {
  return s.cacheFrom.length === 0 && s.cacheTo.length === 0 && s.cache !== 'none' && service.available && service.v2
}

/** `buildxVersion`: required when needsBuildxVersion says so, else not read. */
export function planCache(
  s: Pick<BuildSettings, 'cache' | 'cacheMode' | 'cacheFrom' | 'cacheTo'>,
  service: CacheService,
  buildxVersion: string | undefined,
  scope: string,
): CachePlan {
  if (s.cacheFrom.length > 0 || s.cacheTo.length > 0) return { kind: 'custom', from: s.cacheFrom, to: s.cacheTo }
  if (s.cache === 'none') return { kind: 'none', from: [], to: [] }
  if (!service.available) {
    if (s.cache === 'auto') return { kind: 'none', from: [], to: [] }
    return {
      kind: 'none',
      from: [],
      to: [],
      warning:
        'cache: gha was asked for, but this job has no Actions cache service (ACTIONS_RUNTIME_TOKEN and the cache URL are not set); building without cache',
    }
  }
  const version = semver.coerce(buildxVersion ?? '')
  if (service.v2 && (!version || semver.lt(version, BUILDX_MIN_FOR_CACHE_V2))) {
    return {
      kind: 'none',
      from: [],
      to: [],
      warning: `the Actions cache service v2 is in use, and buildx ${buildxVersion ?? '(version unknown)'} cannot talk to it (needs ${BUILDX_MIN_FOR_CACHE_V2} or newer); building WITHOUT cache. Upgrade buildx to keep the cache.`,
    }
  }
  return {
    kind: 'gha',
    from: [`type=gha,scope=${scope}`],
    to: [`type=gha,scope=${scope},mode=${s.cacheMode},ignore-error=true`],
  }
}

/** Parses `docker buildx version` output (`github.com/docker/buildx v0.29.1 abc` or Debian's `0.29.1+ds1 ...`). */
export function parseBuildxVersion(output: string): string {
  const field = output.trim().split(/\s+/)[1] ?? ''
  const v = semver.coerce(field)
  if (!v) throw new Error(`cannot read the buildx version from: ${output.trim()}`)
  return v.version
}
