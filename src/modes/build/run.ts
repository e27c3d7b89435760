/**
 * Build mode: every platform in this job, pushed by digest, verified, then tagged. With appended builder nodes,
 * one build per node (src/modes/build/nodes.ts), joined into one index before the verification.
 */
import { join } from 'node:path'
import type { BuildSettings } from '../../settings.js'
import type { Log } from '../../log.js'
import { buildArgs, outputStrategy } from '../../buildx/argv.js'
import { nodeGroups } from '../../buildx/builder.js'
import { cacheServiceFrom, needsBuildxVersion, type CachePlan } from '../../buildx/cache.js'
import { buildNode, imageId, parseBuildMetadata, type BuildMetadata } from '../../buildx/metadata.js'
import { cacheWarnings } from '../../buildx/progress.js'
import type { Platform } from '../../oci/platform.js'
import { MediaType, type Digest } from '../../oci/types.js'
import type { Attestation } from '../../publish/compose.js'
import type { Publisher } from '../../publish/types.js'
import type { Docker } from '../../tools/docker.js'
import { buildEnv, buildOrExplain, readMetadata } from './exec.js'
import { buildOnNodes, groupCache, type NodeBuild } from './nodes.js'
import { setup, type SetupDeps } from './setup.js'

export { buildEnv } from './exec.js'

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
  /** build-push-action's imageid: the config digest of a one-platform image, else the image's digest. */
  imageId?: Digest
  tagged: string[]
  metadata: BuildMetadata
  cache: CachePlan
  buildSeconds: number
  /** The attestation manifests of the pushed index. */
  attestations: Attestation[]
  /** call: check, outline or targets: nothing was built or pushed. */
  call?: string
  /** Multi-node builds: the node that built each group of platforms (from buildx.build.ref). */
  nodes: { node?: string; platforms: Platform[] }[]
}

/** The one build of a single-node builder (every platform at once). */
async function buildOnce(s: BuildSettings, d: BuildDeps, builder: string, cache: CachePlan): Promise<NodeBuild> {
  const paths = { metadataFile: join(d.workDir, 'metadata.json'), layoutDir: join(d.workDir, 'layout') }
  const args = buildArgs(s, builder, cache, outputStrategy(s), paths)
  const title =
    s.call === undefined ? `Building ${s.platforms.join(', ')} (cache: ${cache.kind})` : `Running call: ${s.call}`
  const progress = await d.log.group(title, () => buildOrExplain(s, d.docker, args, buildEnv(s, d.env)))
  for (const w of cacheWarnings(progress)) d.log.warning(w)
  return { platforms: s.platforms, metadata: await readMetadata(d.readFile, paths.metadataFile) }
}

export async function runBuild(s: BuildSettings, d: BuildDeps): Promise<BuildResult> {
  const leg = s.mode === 'build-platform'
  const service = cacheServiceFrom(d.env)
  // buildx's version matters only for the v2 cache service: asked for then, while the builder is set up
  const [buildxVersion, builder] = await Promise.all([
    needsBuildxVersion(s, service) ? d.docker.buildxVersion() : Promise.resolve(undefined),
    setup(s, d),
  ])
  // a leg caches per platform, so the legs of one matrix never evict each other; so does each node
  const groups = s.call === undefined ? nodeGroups(s) : [{ platforms: s.platforms }]
  const cacheOf = groupCache(s, service, buildxVersion, leg || groups.length > 1)
  const cache = cacheOf(s.platforms)
  if (cache.warning) d.log.warning(cache.warning)
  const strategy = outputStrategy(s)
  const started = d.clock()
  const built =
    groups.length > 1
      ? await buildOnNodes(s, d, builder.name, groups, cacheOf)
      : [await buildOnce(s, d, builder.name, cache)]
  const buildSeconds = (d.clock() - started) / 1000
  const nodes = built.map((b) => ({ node: buildNode(b.metadata), platforms: b.platforms }))
  const single = built.length === 1 ? (built[0] as NodeBuild).metadata : undefined
  const base = { platforms: s.platforms, platformDigests: {}, tagged: [], cache, buildSeconds, attestations: [], nodes }
  if (s.call !== undefined || strategy === 'none') {
    const metadata = single ?? {
      raw: JSON.stringify({ nodes: built.map((b) => JSON.parse(b.metadata.raw) as unknown) }),
    }
    return { ...base, metadata, imageId: single ? imageId(single) : undefined, call: s.call }
  }
  const { digest, mediaType, metadata } = await joined(s, d, built)
  if (leg && s.tags.length > 0) {
    d.log.notice(`build-platform pushes by digest only; the tags (${s.tags.join(', ')}) are pushed by the merge step`)
  }
  const pub = await d.log.group('Verifying the pushed index and tagging', () =>
    d.publisher.publish({
      strategy,
      images: s.images,
      tags: leg ? [] : s.tags,
      digest,
      mediaType,
      layoutDir: join(d.workDir, 'layout'),
      platforms: s.platforms,
    }),
  )
  return {
    ...base,
    digest: pub.digest,
    platforms: pub.platforms,
    platformDigests: pub.platformDigests,
    image: `${s.images[0] as string}@${pub.digest}`,
    imageId: single ? imageId(single) : pub.digest,
    tagged: pub.tagged,
    metadata,
    attestations: pub.attestations,
  }
}

/** The digest to verify: the one build's, or the index joining the builds of every node. */
async function joined(
  s: BuildSettings,
  d: BuildDeps,
  built: NodeBuild[],
): Promise<{ digest: Digest; mediaType: string; metadata: BuildMetadata }> {
  const parts = built.map((b) => {
    if (!b.metadata.digest) throw new Error('buildx reported no image digest in its metadata; nothing was tagged')
    return { digest: b.metadata.digest, platforms: b.platforms, metadata: b.metadata }
  })
  const only = parts.length === 1 ? parts[0] : undefined
  if (only) {
    return {
      digest: only.digest,
      mediaType: only.metadata.descriptor?.mediaType ?? MediaType.OCI_INDEX,
      metadata: only.metadata,
    }
  }
  const index = await d.log.group('Joining the nodes’ images into one index', () =>
    d.publisher.compose({ images: s.images, parts, annotations: s.annotations.index }),
  )
  d.log.info(`Index ${index.digest}: ${parts.map((p) => `${p.platforms.join(', ')} (${p.digest})`).join('; ')}`)
  const raw = JSON.stringify({
    'containerimage.digest': index.digest,
    'containerimage.descriptor': { mediaType: index.mediaType, digest: index.digest },
    nodes: parts.map((p) => JSON.parse(p.metadata.raw) as unknown),
  })
  return { digest: index.digest, mediaType: index.mediaType, metadata: { ...parseBuildMetadata(raw), raw } }
}
