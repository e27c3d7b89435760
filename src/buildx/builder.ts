/** Builder decisions and argv (pure). */
import type { BuildSettings } from '../settings.js'
import { parsePlatform, PlatformError, type Platform } from '../oci/platform.js'

export interface BuilderPlan {
  /** Name to pass as --builder. */
  name: string
  /** False for the docker driver: the daemon's own builder is used as it is, nothing is created or removed. */
  create: boolean
}

/** The image buildx's docker-container driver runs when no `image=` driver option is given. */
export const DEFAULT_BUILDKIT_IMAGE = 'moby/buildkit:buildx-stable-1'

/**
 * The BuildKit image a docker-container builder will run, and the input that named it (`buildkit-image`, an
 * `image=` line of `driver-opts`, or buildx's default); undefined for the other drivers, which run no image.
 */
export function builderImage(
  s: Pick<BuildSettings, 'driver' | 'buildkitImage' | 'driverOpts'>,
): { image: string; input: string } | undefined {
  if (s.driver !== 'docker-container') return undefined
  const opt = [...s.driverOpts].reverse().find((o) => o.startsWith('image='))
  if (opt) return { image: opt.slice('image='.length), input: 'driver-opts' }
  return { image: s.buildkitImage ?? DEFAULT_BUILDKIT_IMAGE, input: 'buildkit-image' }
}

/** The container and volume buildx's docker-container driver makes for a builder's first (only) node. */
export function builderContainer(name: string): { container: string; volume: string } {
  const container = `buildx_buildkit_${name}0`
  return { container, volume: `${container}_state` }
}

export function planBuilder(s: Pick<BuildSettings, 'driver'>, uniqueName: string): BuilderPlan {
  return s.driver === 'docker' ? { name: 'default', create: false } : { name: uniqueName, create: true }
}

/** `docker buildx create ...` for docker-container and remote. `configFile` is the buildkitd config to use, if any. */
export function createBuilderArgs(
  s: Pick<BuildSettings, 'driver' | 'endpoint' | 'buildkitImage' | 'driverOpts' | 'network'>,
  name: string,
  configFile: string | undefined,
): string[] {
  const args = ['buildx', 'create', '--name', name, '--driver', s.driver]
  if (s.buildkitImage) args.push('--driver-opt', `image=${s.buildkitImage}`)
  for (const opt of s.driverOpts) args.push('--driver-opt', opt)
  if (configFile) args.push('--buildkitd-config', configFile)
  // RUN steps on the host network need the builder to grant that entitlement (as setup-buildx-action's default)
  if (s.network === 'host' && s.driver === 'docker-container') {
    args.push('--buildkitd-flags', '--allow-insecure-entitlement=network.host')
  }
  if (s.driver === 'remote' && s.endpoint) args.push(s.endpoint)
  return args
}

export function bootstrapArgs(name: string): string[] {
  return ['buildx', 'inspect', '--bootstrap', '--builder', name]
}

export function removeBuilderArgs(name: string): string[] {
  return ['buildx', 'rm', '--force', name]
}

/** Platforms from `docker buildx inspect` output (all nodes), normalised; `*` marks on user-set ones removed. */
export function parseInspectPlatforms(output: string): Platform[] {
  const out = new Set<Platform>()
  for (const line of output.split('\n')) {
    const m = /^\s*Platforms:\s*(.*)$/.exec(line)
    if (!m || !m[1]) continue
    for (const raw of m[1].split(',')) {
      const p = raw.trim().replace(/\*$/, '')
      if (p === '') continue
      try {
        out.add(parsePlatform(p))
      } catch (e) {
        if (!(e instanceof PlatformError)) throw e // a platform we do not know cannot be one that was asked for
      }
    }
  }
  return [...out]
}

/** Requested platforms the builder cannot build. */
export function uncoveredPlatforms(requested: readonly Platform[], builderPlatforms: readonly Platform[]): Platform[] {
  return requested.filter((p) => !builderPlatforms.includes(p))
}

/** Whether `docker info --format '{{json .DriverStatus}}'` shows the containerd image store. */
export function usesContainerdStore(driverStatusJson: string): boolean {
  let status: unknown
  try {
    status = JSON.parse(driverStatusJson)
  } catch {
    return false
  }
  return (
    Array.isArray(status) && status.some((pair) => Array.isArray(pair) && pair[1] === 'io.containerd.snapshotter.v1')
  )
}

/**
 * Why the docker driver cannot do this build, if it cannot: without the containerd image store it has neither
 * multi-platform images nor the OCI exporter the action pushes from.
 */
export function dockerDriverProblem(
  s: Pick<BuildSettings, 'driver' | 'push' | 'platforms'>,
  containerdStore: boolean,
): string | undefined {
  if (s.driver !== 'docker' || containerdStore || (!s.push && s.platforms.length === 1)) return undefined
  return (
    "the docker driver builds multi-platform images and pushes them by digest only with Docker's containerd image " +
    'store, which this daemon does not use; use driver: docker-container (the default), or turn on the ' +
    'containerd image store ("features": {"containerd-snapshotter": true} in daemon.json)'
  )
}
