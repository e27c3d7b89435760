/**
 * The leg -> merge handoff through GitHub Actions artifacts (@actions/artifact): each leg uploads one small JSON
 * file per platform as an artifact of the workflow run; the merge lists the run's artifacts and reads the newest
 * attempt of each platform of its handoff-id. The artifact client and the file system are injected.
 *
 * Why artifacts and not the Actions cache: a cache entry's version hashes the paths as written, the runner's
 * compression tool (zstd or gzip) and, on Windows, enableCrossOsArchive, so a merge on another OS or without
 * zstd finds nothing; and the cache's restore is a lookup by key, so the merge could not see which legs exist.
 * An artifact is found by its name alone, and the run's artifacts can be listed (docs/handoff.md).
 */
import { join } from 'node:path'
import { errorMessage, InputError } from '../errors.js'
import { parsePlatform, type Platform } from '../oci/platform.js'
import { parseDigest } from '../oci/types.js'
import {
  LEG_FILE,
  legArtifactName,
  parseLegArtifactName,
  platformSlug,
  type LegArtifactName,
  type LegResult,
} from './names.js'

export type { LegResult } from './names.js'

/** What the merge learns from the legs. */
export interface LegLoad {
  /** One leg per expected platform that has one, in the order of the expected platforms. */
  found: LegResult[]
  /** Expected platforms no leg handed off. */
  missing: Platform[]
  /** Legs handed off for platforms the merge did not expect. */
  unexpected: LegResult[]
  /** Legs of this run under other handoff-ids: id -> platform slugs (to explain a handoff-id mismatch). */
  elsewhere: { handoffId: string; platforms: string[] }[]
}

/** Where the merge gets the legs from: the artifact handoff, or the explicit `digests` input. */
export interface LegSource {
  load(platforms: readonly Platform[]): Promise<LegLoad>
}

/** The @actions/artifact client calls the store makes (DefaultArtifactClient fits). */
export interface ArtifactFunctions {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number }>
  listArtifacts(): Promise<{ artifacts: { id: number; name: string }[] }>
  downloadArtifact(artifactId: number, options?: { path?: string }): Promise<{ downloadPath?: string }>
}

/** The file operations the store needs; `node:fs/promises` fits. */
export interface HandoffFiles {
  mkdtemp(prefix: string): Promise<string>
  writeFile(path: string, data: string): Promise<void>
  readFile(path: string, encoding: 'utf8'): Promise<string>
  rm(path: string, options: { recursive: true; force: true }): Promise<void>
}

export interface ArtifactHandoffOptions {
  artifacts: ArtifactFunctions
  files: HandoffFiles
  handoffId: string
  /** GITHUB_RUN_ATTEMPT, from 1. */
  attempt: number
  /** A directory for the files on their way (removed again). */
  tempRoot: string
  /** Told what was handed off, and which attempt each leg came from. */
  info?: (message: string) => void
}

/** Handoff artifacts live one day: the merge runs minutes after its legs. */
export const RETENTION_DAYS = 1

export class HandoffError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'HandoffError'
  }
}

interface Listed extends LegArtifactName {
  id: number
  name: string
}

export class ArtifactHandoffStore implements LegSource {
  constructor(private readonly o: ArtifactHandoffOptions) {}

  async save(leg: LegResult): Promise<void> {
    const { artifacts, files, handoffId, attempt } = this.o
    const name = legArtifactName(handoffId, leg.platform, attempt)
    const record = { handoffId, attempt, image: leg.image, platform: leg.platform, digest: leg.digest ?? null }
    const dir = await files.mkdtemp(join(this.o.tempRoot, 'handoff-'))
    try {
      await files.writeFile(join(dir, LEG_FILE), JSON.stringify(record))
      await artifacts.uploadArtifact(name, [join(dir, LEG_FILE)], dir, { retentionDays: RETENTION_DAYS })
    } catch (e) {
      if (/\(409\)|already exists/i.test(errorMessage(e))) {
        throw new InputError(
          'handoff-id',
          `another leg of this workflow run already handed off ${leg.platform} under handoff-id '${handoffId}' in attempt ${String(attempt)} (artifact ${name}): two builds in one run need different handoff-ids (the default is derived from images, file, target and build-args); no tag was moved`,
        )
      }
      throw new HandoffError(`could not hand off ${leg.platform} as artifact ${name}: ${errorMessage(e)}`)
    } finally {
      await files.rm(dir, { recursive: true, force: true })
    }
    this.o.info?.(`${leg.platform}: ${leg.digest ?? 'built, not pushed'} (artifact ${name})`)
  }

  async load(platforms: readonly Platform[]): Promise<LegLoad> {
    const { artifacts } = await this.o.artifacts.listArtifacts().catch((e: unknown) => {
      throw new HandoffError(`could not list the workflow run's artifacts: ${errorMessage(e)}`)
    })
    const legs = artifacts.flatMap((a): Listed[] => {
      const parsed = parseLegArtifactName(a.name)
      return parsed && parsed.attempt <= this.o.attempt ? [{ ...parsed, id: a.id, name: a.name }] : []
    })
    const mine = newestPerPlatform(legs.filter((l) => l.handoffId === this.o.handoffId))
    const found: LegResult[] = []
    const missing: Platform[] = []
    for (const platform of platforms) {
      const artifact = mine.get(platformSlug(platform))
      if (artifact) found.push(await this.read(artifact, platform))
      else missing.push(platform)
    }
    const expected = new Set(platforms.map(platformSlug))
    const unexpected: LegResult[] = []
    for (const [slug, artifact] of mine) if (!expected.has(slug)) unexpected.push(await this.read(artifact))
    return { found, missing, unexpected, elsewhere: elsewhere(legs, this.o.handoffId) }
  }

  /** Downloads one leg's artifact and checks it is what its name says. */
  private async read(artifact: Listed, platform?: Platform): Promise<LegResult> {
    const { files } = this.o
    const dir = await files.mkdtemp(join(this.o.tempRoot, 'handoff-'))
    try {
      await this.o.artifacts.downloadArtifact(artifact.id, { path: dir })
      const leg = parseLegFile(await files.readFile(join(dir, LEG_FILE), 'utf8'), artifact.name)
      if (
        leg.handoffId !== artifact.handoffId ||
        leg.attempt !== artifact.attempt ||
        platformSlug(leg.platform) !== artifact.platformSlug ||
        (platform !== undefined && leg.platform !== platform)
      ) {
        throw new HandoffError(
          `artifact ${artifact.name} holds ${leg.platform} of handoff-id '${leg.handoffId}', attempt ${String(leg.attempt)}`,
        )
      }
      this.o.info?.(
        `${leg.platform}: ${leg.digest ?? 'built, not pushed'} (from run attempt ${String(leg.attempt)}, artifact ${artifact.name})`,
      )
      const out: LegResult = { image: leg.image, platform: leg.platform, attempt: leg.attempt }
      if (leg.digest) out.digest = leg.digest
      return out
    } finally {
      await files.rm(dir, { recursive: true, force: true })
    }
  }
}

/** The newest attempt of each platform. */
function newestPerPlatform(legs: readonly Listed[]): Map<string, Listed> {
  const out = new Map<string, Listed>()
  for (const l of legs) {
    const seen = out.get(l.platformSlug)
    if (!seen || l.attempt > seen.attempt) out.set(l.platformSlug, l)
  }
  return out
}

function elsewhere(legs: readonly Listed[], handoffId: string): LegLoad['elsewhere'] {
  const ids = new Map<string, Set<string>>()
  for (const l of legs) {
    if (l.handoffId === handoffId) continue
    const set = ids.get(l.handoffId) ?? new Set<string>()
    set.add(l.platformSlug)
    ids.set(l.handoffId, set)
  }
  return [...ids]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, set]) => ({ handoffId: id, platforms: [...set].sort() }))
}

interface LegFile {
  handoffId: string
  attempt: number
  image: string
  platform: Platform
  digest?: LegResult['digest']
}

/** Parses and checks a leg's file. */
export function parseLegFile(text: string, name: string): LegFile {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new HandoffError(`artifact ${name} is not JSON`)
  }
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>
  const { handoffId, attempt, image, platform, digest } = o
  if (
    typeof handoffId !== 'string' ||
    typeof attempt !== 'number' ||
    typeof image !== 'string' ||
    typeof platform !== 'string' ||
    (digest !== null && typeof digest !== 'string')
  ) {
    throw new HandoffError(`artifact ${name} lacks handoffId, attempt, image, platform or digest`)
  }
  try {
    const leg: LegFile = { handoffId, attempt, image, platform: parsePlatform(platform) }
    if (typeof digest === 'string') leg.digest = parseDigest(digest)
    return leg
  } catch (e) {
    throw new HandoffError(`artifact ${name}: ${errorMessage(e)}`)
  }
}
