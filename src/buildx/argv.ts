/** `docker buildx build` argv (pure). */
import type { BuildSettings } from '../settings.js'
import { annotationLines, labelLines } from '../meta/labels.js'
import type { CachePlan } from './cache.js'

/**
 * How the built image reaches the registry:
 * - `registry`: buildx pushes every blob and manifest by digest (push-by-digest, no tag moves); docker-container, remote.
 * - `layout`: buildx writes an OCI layout and the action pushes it by digest; the docker driver, which has no
 *   push-by-digest.
 * - `none`: push is false; the build only checks and fills the cache.
 */
export type OutputStrategy = 'registry' | 'layout' | 'none'

export function outputStrategy(s: Pick<BuildSettings, 'push' | 'driver'>): OutputStrategy {
  if (!s.push) return 'none'
  return s.driver === 'docker' ? 'layout' : 'registry'
}

/** The environment variable a build secret (`secrets`) travels in (never on the command line). */
export function secretEnvName(index: number): string {
  return `MULTIARCH_PUBLISH_SECRET_${String(index)}`
}

/** The environment variable `github-token` travels in as the GIT_AUTH_TOKEN.<host> secret. */
export const GIT_AUTH_ENV = 'MULTIARCH_PUBLISH_GIT_AUTH_TOKEN'

export interface BuildPaths {
  metadataFile: string
  /** OCI layout directory for the layout strategy. */
  layoutDir: string
}

export function outputArg(strategy: OutputStrategy, images: readonly string[], layoutDir: string): string {
  switch (strategy) {
    case 'registry':
      return `type=image,"name=${images.join(',')}",push-by-digest=true,name-canonical=true,push=true`
    case 'layout':
      return `type=oci,dest=${layoutDir},tar=false`
    case 'none':
      return 'type=cacheonly'
  }
}

/**
 * Every `--output`: the user's `outputs` (none of which pushes), the docker exporter for `load` (under every
 * image:tag: names in the local Docker, no registry tag moves), then the push by digest (or the OCI layout the
 * action pushes); only a cache export when there is none of them. None for `call` (check, outline, targets).
 * The push comes last: BuildKit merges the exporters' responses in their order (the last digest is the one in
 * the metadata file), and the digest the action verifies and tags must be the pushed one. Were it not, the
 * verification would find no such index and move no tag.
 */
export function outputArgs(
  s: Pick<BuildSettings, 'images' | 'tags' | 'load' | 'outputs' | 'call'>,
  strategy: OutputStrategy,
  layoutDir: string,
): string[] {
  if (s.call !== undefined) return []
  const out = [...s.outputs]
  if (s.load) {
    const names = s.images.flatMap((image) => s.tags.map((tag) => `${image}:${tag}`))
    out.push(names.length > 0 ? `type=docker,"name=${names.join(',')}"` : 'type=docker')
  }
  if (strategy !== 'none') out.push(outputArg(strategy, s.images, layoutDir))
  return out.length > 0 ? out : [outputArg('none', s.images, layoutDir)]
}

/** The entitlements the build asks for: `allow`, and network.host for `network: host`. */
export function entitlements(s: Pick<BuildSettings, 'allow' | 'network'>): string[] {
  const out = [...s.allow]
  if (s.network === 'host' && !out.includes('network.host')) out.push('network.host')
  return out
}

/** `--secret` values: none holds a secret (values travel in the environment, files by path). */
export function secretArgs(s: Pick<BuildSettings, 'secrets' | 'secretFiles' | 'secretEnvs' | 'gitAuth'>): string[] {
  return [
    ...s.secrets.map((sec, i) => `id=${sec.id},env=${secretEnvName(i)}`),
    ...s.secretFiles.map((f) => `id=${f.id},src=${f.path}`),
    ...s.secretEnvs.map((e) => `id=${e.id},env=${e.env}`),
    ...(s.gitAuth ? [`id=GIT_AUTH_TOKEN.${s.gitAuth.host},env=${GIT_AUTH_ENV}`] : []),
  ]
}

export function buildArgs(
  s: BuildSettings,
  builder: string,
  cache: CachePlan,
  strategy: OutputStrategy,
  paths: BuildPaths,
): string[] {
  const args = ['buildx', 'build', '--builder', builder, '--platform', s.platforms.join(',')]
  if (s.file) args.push('--file', s.file)
  if (s.target) args.push('--target', s.target)
  for (const a of s.buildArgs) args.push('--build-arg', a)
  for (const c of s.buildContexts) args.push('--build-context', c)
  for (const l of labelLines(s.labels)) args.push('--label', l)
  for (const a of annotationLines(s.annotations)) args.push('--annotation', a)
  if (s.network) args.push('--network', s.network)
  for (const e of entitlements(s)) args.push('--allow', e)
  for (const h of s.addHosts) args.push('--add-host', h)
  if (s.shmSize) args.push('--shm-size', s.shmSize)
  for (const u of s.ulimits) args.push('--ulimit', u)
  if (s.noCache) args.push('--no-cache')
  for (const f of s.noCacheFilters) args.push('--no-cache-filter', f)
  if (s.pull) args.push('--pull')
  for (const a of s.attests) args.push('--attest', a)
  for (const sec of secretArgs(s)) args.push('--secret', sec)
  for (const ssh of s.ssh) args.push('--ssh', ssh.spec)
  for (const c of cache.from) args.push('--cache-from', c)
  for (const c of cache.to) args.push('--cache-to', c)
  if (s.call !== undefined) args.push('--call', s.call)
  for (const o of outputArgs(s, strategy, paths.layoutDir)) args.push('--output', o)
  args.push('--metadata-file', paths.metadataFile)
  args.push(s.context)
  return args
}
