/** Build mode: every platform in this job, pushed by digest, verified, then tagged. */
import { join } from 'node:path'
import type { BuildSettings } from '../../settings.js'
import type { Log } from '../../log.js'
import { buildArgs, outputStrategy, secretEnvName } from '../../buildx/argv.js'
import {
  CACHE_ENV_VARS,
  cacheServiceFrom,
  ghaScope,
  needsBuildxVersion,
  planCache,
  type CachePlan,
} from '../../buildx/cache.js'
import { parseBuildMetadata, type BuildMetadata } from '../../buildx/metadata.js'
import { buildFailure, cacheWarnings, pushFailure } from '../../buildx/progress.js'
import type { Platform } from '../../oci/platform.js'
import { MediaType, type Digest } from '../../oci/types.js'
import type { Publisher } from '../../publish/types.js'
import type { Docker } from '../../tools/docker.js'
import { CommandError } from '../../tools/runner.js'
import { setup, type SetupDeps } from './setup.js'

export interface BuildDeps extends SetupDeps {
  docker: Docker
  log: Log
  publisher: Publisher
  env: Readonly<Record<string, string | undefined>>
  /** A fresh temporary directory for this run (removed by the post step). */
  workDir: string
  readFile: (path: string) => Promise<string>
  clock: () => number
}

export interface BuildResult {
  digest?: Digest
  platforms: Platform[]
  platformDigests: Partial<Record<Platform, Digest>>
  image?: string
  tagged: string[]
  metadata: BuildMetadata
  cache: CachePlan
  buildSeconds: number
}

/** The environment buildx gets: the job's, which carries the cache service variables, plus the secrets. */
export function buildEnv(s: BuildSettings, env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of CACHE_ENV_VARS) if (env[k] !== undefined) out[k] = env[k]
  s.secrets.forEach((sec, i) => (out[secretEnvName(i)] = sec.value))
  return out
}

/**
 * Runs the build; a failure names the step (platform, stage, instruction) it stopped at, or says the push failed
 * (after how many attempts), not the command line.
 */
async function buildOrExplain(docker: Docker, args: string[], env: Record<string, string>): Promise<string> {
  try {
    return await docker.build(args, env)
  } catch (e) {
    if (!(e instanceof CommandError)) throw e
    const step = buildFailure(e.stderr)
    if (step !== undefined) throw new Error(`the build failed at ${step}\nnothing was pushed, no tag was moved`)
    const push = pushFailure(e.stderr)
    if (push === undefined) throw e
    const r = e.retries
    const tries = r ? ` (${r.reason}; gave up after ${r.attempts} attempts in ${(r.elapsedMs / 1000).toFixed(1)}s)` : ''
    throw new Error(`the push by digest failed${tries}: ${push}\nno tag was moved`)
  }
}

export async function runBuild(s: BuildSettings, d: BuildDeps): Promise<BuildResult> {
  const leg = s.mode === 'build-platform'
  // a leg caches per platform, so the legs of one matrix never evict each other
  const scope = ghaScope(s.images[0], s.target, leg ? s.platforms.join(',') : undefined)
  const service = cacheServiceFrom(d.env)
  // buildx's version matters only for the v2 cache service: asked for then, while the builder is set up
  const [buildxVersion, builder] = await Promise.all([
    needsBuildxVersion(s, service) ? d.docker.buildxVersion() : Promise.resolve(undefined),
    setup(s, d),
  ])
  const cache = planCache(s, service, buildxVersion, scope)
  if (cache.warning) d.log.warning(cache.warning)
  const strategy = outputStrategy(s)
  const paths = { metadataFile: join(d.workDir, 'metadata.json'), layoutDir: join(d.workDir, 'layout') }
  const args = buildArgs(s, builder.name, cache, strategy, paths)
  const started = d.clock()
  const progress = await d.log.group(`Building ${s.platforms.join(', ')} (cache: ${cache.kind})`, () =>
    buildOrExplain(d.docker, args, buildEnv(s, d.env)),
  )
  for (const w of cacheWarnings(progress)) d.log.warning(w)
  const buildSeconds = (d.clock() - started) / 1000
  const metadata = parseBuildMetadata(await d.readFile(paths.metadataFile))
  if (strategy === 'none') {
    return { platforms: s.platforms, platformDigests: {}, tagged: [], metadata, cache, buildSeconds }
  }
  if (!metadata.digest) throw new Error('buildx reported no image digest in its metadata; nothing was tagged')
  const digest = metadata.digest
  if (leg && s.tags.length > 0) {
    d.log.notice(`build-platform pushes by digest only; the tags (${s.tags.join(', ')}) are pushed by the merge step`)
  }
  const pub = await d.log.group('Verifying the pushed index and tagging', () =>
    d.publisher.publish({
      strategy,
      images: s.images,
      tags: leg ? [] : s.tags,
      digest,
      mediaType: metadata.descriptor?.mediaType ?? MediaType.OCI_INDEX,
      layoutDir: paths.layoutDir,
      platforms: s.platforms,
    }),
  )
  return {
    digest: pub.digest,
    platforms: pub.platforms,
    platformDigests: pub.platformDigests,
    image: `${s.images[0]}@${pub.digest}`,
    tagged: pub.tagged,
    metadata,
    cache,
    buildSeconds,
  }
}
