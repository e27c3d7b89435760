/** Builder decisions and argv (pure). */
import type { BuilderNode, BuildSettings } from '../settings.js'
import { entitlements } from './argv.js'
import { parsePlatform, PlatformError, type Platform } from '../oci/platform.js'
import { slug } from '../text/slug.js'

export interface BuilderPlan {
  /** Name to pass as --builder. */
  name: string
  /** False for the docker driver: the daemon's own builder is used as it is, nothing is created or removed. */
  create: boolean
  /** Removed by the post step: a builder the action named itself, unless `cleanup: false`. */
  remove: boolean
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

/**
 * The local tag a new docker-container builder runs its image under, one per builder. buildx's driver pulls the
 * image each time it boots a builder, even when the daemon has it: a registry round trip (on Docker Hub: a ping, a
 * token request and a HEAD of the manifest) before the container starts; when that pull fails, buildx runs the
 * daemon's copy. Nothing can listen on port 0, so a pull of this name fails at once, and the builder boots from
 * the copy the step has just pulled or loaded, without asking any registry again.
 */
export function localBuilderImage(builderName: string): string {
  return `127.0.0.1:0/multiarch-publish/buildkit:${slug(builderName, '._-')
    .replace(/^[.-]+/, '')
    .slice(0, 128)}`
}

/** The container and volume buildx's docker-container driver makes for a builder's first (only) node. */
export function builderContainer(name: string): { container: string; volume: string } {
  const container = `buildx_buildkit_${name}0`
  return { container, volume: `${container}_state` }
}

export function planBuilder(
  s: Pick<BuildSettings, 'driver' | 'builderName' | 'cleanup'>,
  uniqueName: string,
): BuilderPlan {
  if (s.driver === 'docker') return { name: 'default', create: false, remove: false }
  if (s.builderName !== undefined) return { name: s.builderName, create: true, remove: false }
  return { name: uniqueName, create: true, remove: s.cleanup }
}

/** The flags buildkitd gets: the user's, and the entitlements the build asks for (allow, network: host). */
export function buildkitdFlags(flags: string | undefined, wanted: readonly string[]): string | undefined {
  const missing = wanted.filter((e) => !(flags ?? '').includes(e))
  const parts = [...(flags ? [flags] : []), ...missing.map((e) => `--allow-insecure-entitlement=${e}`)]
  return parts.length > 0 ? parts.join(' ') : undefined
}

/** Requested platforms that no appended node builds: the builder's first node builds them. */
export function firstNodePlatforms(s: Pick<BuildSettings, 'platforms' | 'nodes'>): Platform[] {
  return s.platforms.filter((p) => !s.nodes.some((n) => n.platforms.includes(p)))
}

export interface NodeGroup {
  platforms: Platform[]
  /** The appended node that builds them; undefined for the builder's first node. */
  node?: BuilderNode
}

/**
 * The requested platforms by the node that builds them: the first node's (those no appended node builds), then
 * each appended node's. Nodes that build none of them are left out.
 */
export function nodeGroups(s: Pick<BuildSettings, 'platforms' | 'nodes'>): NodeGroup[] {
  const groups: NodeGroup[] = [{ platforms: firstNodePlatforms(s) }]
  for (const node of s.nodes) groups.push({ platforms: s.platforms.filter((p) => node.platforms.includes(p)), node })
  return groups.filter((g) => g.platforms.length > 0)
}

export type CreateSettings = Pick<
  BuildSettings,
  | 'driver'
  | 'endpoint'
  | 'buildkitImage'
  | 'driverOpts'
  | 'network'
  | 'allow'
  | 'buildkitdFlags'
  | 'platforms'
  | 'nodes'
>

/**
 * `docker buildx create ...` for docker-container and remote. `configFile` is the buildkitd config to use, if any.
 * With appended nodes, the first node is fixed to the platforms no other node builds, so that buildx sends each
 * platform to the node declared for it.
 */
export function createBuilderArgs(
  s: CreateSettings,
  name: string,
  configFile: string | undefined,
  bootstrap = false,
): string[] {
  const args = ['buildx', 'create', '--name', name, '--driver', s.driver]
  if (s.buildkitImage) args.push('--driver-opt', `image=${s.buildkitImage}`)
  for (const opt of s.driverOpts) args.push('--driver-opt', opt)
  const first = firstNodePlatforms(s)
  if (s.nodes.length > 0 && first.length > 0) args.push('--platform', first.join(','))
  if (configFile) args.push('--buildkitd-config', configFile)
  // RUN steps on the host network (and the other entitlements asked for) need the builder to grant them
  const flags = s.driver === 'docker-container' ? buildkitdFlags(s.buildkitdFlags, entitlements(s)) : undefined
  if (flags) args.push('--buildkitd-flags', flags)
  if (bootstrap) args.push('--bootstrap')
  if (s.driver === 'remote' && s.endpoint) args.push(s.endpoint)
  return args
}

/**
 * `docker buildx create --append` for one node. A docker-container node runs `buildkit-image` unless its own
 * driver-opts name an image, and gets its own buildkitd-flags or the builder's.
 */
export function appendNodeArgs(s: CreateSettings, name: string, node: BuilderNode): string[] {
  const args = ['buildx', 'create', '--name', name, '--append']
  if (node.name) args.push('--node', node.name)
  const ownImage = node.driverOpts.some((o) => o.startsWith('image='))
  if (s.driver === 'docker-container' && s.buildkitImage && !ownImage) {
    args.push('--driver-opt', `image=${s.buildkitImage}`)
  }
  for (const opt of node.driverOpts) args.push('--driver-opt', opt)
  const flags =
    s.driver === 'docker-container'
      ? buildkitdFlags(node.buildkitdFlags ?? s.buildkitdFlags, entitlements(s))
      : undefined
  if (flags) args.push('--buildkitd-flags', flags)
  args.push('--platform', node.platforms.join(','), node.endpoint)
  return args
}

/** Exits 0 when a builder of that name exists. */
export function inspectBuilderArgs(name: string): string[] {
  return ['buildx', 'inspect', '--builder', name]
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
