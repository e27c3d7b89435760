/**
 * A build on a builder with appended nodes: one `docker buildx build` per node, side by side, each for the
 * platforms its node builds (buildx sends them there: the nodes' platforms are fixed), each pushed by digest.
 * buildx's own multi-node build cannot be used: it pushes the merged index under `latest` (a tag moved before any
 * verification) and reports no digest. run.ts joins the results into one index.
 */
import { join } from 'node:path'
import { buildArgs, outputStrategy } from '../../buildx/argv.js'
import type { NodeGroup } from '../../buildx/builder.js'
import { ghaScope, planCache, type CachePlan, type CacheService } from '../../buildx/cache.js'
import { buildNode, type BuildMetadata } from '../../buildx/metadata.js'
import { cacheWarnings } from '../../buildx/progress.js'
import type { Log } from '../../log.js'
import type { Platform } from '../../oci/platform.js'
import type { BuildSettings } from '../../settings.js'
import type { Docker } from '../../tools/docker.js'
import { CommandError } from '../../tools/runner.js'
import { buildEnv, explainFailure, readMetadata } from './exec.js'

export interface NodeBuild {
  platforms: Platform[]
  metadata: BuildMetadata
}

/**
 * The cache of a build of these platforms: a gha scope per image and target, and per platform set when the
 * builds are several (matrix legs, nodes), so that they never evict each other.
 */
export function groupCache(
  s: BuildSettings,
  service: CacheService,
  buildxVersion: string | undefined,
  perPlatforms: boolean,
): (platforms: readonly Platform[]) => CachePlan {
  return (platforms) =>
    planCache(s, service, buildxVersion, ghaScope(s, perPlatforms ? platforms.join(',') : undefined))
}

/** The settings of one node's build: its platforms; index annotations only where it makes an index of several. */
function groupSettings(s: BuildSettings, platforms: Platform[]): BuildSettings {
  if (platforms.length > 1) return { ...s, platforms }
  const annotations = Object.fromEntries(Object.entries(s.annotations).filter(([level]) => !level.startsWith('index')))
  return { ...s, platforms, annotations }
}

const where = (g: NodeGroup) =>
  g.node ? `the node of nodes line ${String(g.node.line)} (${g.node.endpoint})` : "the builder's first node"

export async function buildOnNodes(
  s: BuildSettings,
  d: {
    docker: Docker
    log: Log
    env: Readonly<Record<string, string | undefined>>
    workDir: string
    readFile: (path: string) => Promise<string>
  },
  builder: string,
  groups: NodeGroup[],
  cacheOf: (platforms: readonly Platform[]) => CachePlan,
): Promise<NodeBuild[]> {
  d.log.info(
    `Building on ${String(groups.length)} nodes at once: ${groups.map((g) => `${g.platforms.join(', ')} on ${where(g)}`).join('; ')}`,
  )
  const env = buildEnv(s, d.env)
  // side by side, their logs captured: each is shown in its own group once the builds are over
  const results = await Promise.all(
    groups.map(async (g, i) => {
      const gs = groupSettings(s, g.platforms)
      const paths = {
        metadataFile: join(d.workDir, `metadata-${String(i)}.json`),
        layoutDir: join(d.workDir, 'layout'),
      }
      const args = buildArgs(gs, builder, cacheOf(g.platforms), outputStrategy(s), paths)
      try {
        return { progress: await d.docker.build(args, env, true), metadataFile: paths.metadataFile }
      } catch (e) {
        return { progress: e instanceof CommandError ? e.stderr : '', error: e, metadataFile: paths.metadataFile }
      }
    }),
  )
  const out: NodeBuild[] = []
  for (const [i, r] of results.entries()) {
    const g = groups[i] as NodeGroup
    const cache = cacheOf(g.platforms)
    await d.log.group(`Build of ${g.platforms.join(', ')} on ${where(g)} (cache: ${cache.kind})`, async () => {
      d.log.info(r.progress)
      if (r.error === undefined) {
        const metadata = await readMetadata(d.readFile, r.metadataFile)
        d.log.info(`${g.platforms.join(', ')} built on node ${buildNode(metadata) ?? '(unknown)'}`)
        out.push({ platforms: g.platforms, metadata })
      }
    })
    for (const w of cacheWarnings(r.progress)) d.log.warning(w)
  }
  const failed = results.find((r) => r.error !== undefined)
  if (failed) throw explainFailure(s, failed.error)
  return out
}
