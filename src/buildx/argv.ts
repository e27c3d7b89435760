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

/** The environment variable a build secret travels in (never on the command line). */
export function secretEnvName(index: number): string {
  return `MULTIARCH_PUBLISH_SECRET_${index}`
}

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
  if (s.network === 'host') args.push('--allow', 'network.host')
  if (s.provenance) args.push(`--provenance=${s.provenance}`)
  if (s.sbom) args.push(`--sbom=${s.sbom}`)
  s.secrets.forEach((sec, i) => args.push('--secret', `id=${sec.id},env=${secretEnvName(i)}`))
  for (const c of cache.from) args.push('--cache-from', c)
  for (const c of cache.to) args.push('--cache-to', c)
  args.push('--output', outputArg(strategy, s.images, paths.layoutDir))
  args.push('--metadata-file', paths.metadataFile)
  args.push(s.context)
  return args
}
