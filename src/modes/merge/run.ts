/**
 * Merge mode: gathers the legs' digests, composes one index, and pushes it under every tag of every image.
 * Nothing is written before every expected platform is there; the pushed index is read back and verified.
 * The index is reproducible: its `created` comes from the legs' images (or SOURCE_DATE_EPOCH), never from the
 * clock, so merging the same legs again gives the same digest and moves no tag. Needs no Docker: only the
 * registry client.
 */
import { errorMessage, InputError, throwFirstRejection } from '../../errors.js'
import { platformSlug, type LegResult } from '../../handoff/names.js'
import { imageCreated, resolveLeg, type IndexEntry } from '../../handoff/resolve.js'
import type { LegLoad, LegSource } from '../../handoff/store.js'
import type { Log } from '../../log.js'
import { CREATED, withCreated } from '../../meta/labels.js'
import type { RegistryClient } from '../../oci/client.js'
import { composeIndex, describeVerification, indexBytes, verifyIndex, type IndexVerification } from '../../oci/index.js'
import { formatReference, parseReference, withDigest, withTag, type Reference } from '../../oci/reference.js'
import { digestOf, type Digest } from '../../oci/types.js'
import type { Platform } from '../../oci/platform.js'

export interface MergeRequest {
  images: string[]
  tags: string[]
  platforms: Platform[]
  /** Index annotations; `org.opencontainers.image.created` is added from the legs unless it is there. */
  annotations?: Record<string, string>
  /** false: check the legs and push nothing. Default true. */
  push?: boolean
  /** The legs' handoff-id, for the messages (undefined for explicit digests). */
  handoffId?: string
  /** `created` when no leg's image config gives one. */
  commitDate?: Date
}

export type MergeRegistry = Pick<
  RegistryClient,
  'getManifest' | 'headManifest' | 'putManifest' | 'copyManifest' | 'getBlob'
>

export interface MergeDeps {
  legs: LegSource
  registry: MergeRegistry
  log: Log
}

export interface MergeResult {
  /** Undefined when nothing was pushed (push: false). */
  digest?: Digest
  platforms: Platform[]
  platformDigests: Partial<Record<Platform, Digest>>
  /** The first image as name@digest (undefined when nothing was pushed). */
  image?: string
  /** Each expected platform's leg: its digest and the run attempt it came from. */
  legs: LegResult[]
  /** The index's annotations as pushed (with `created`). */
  annotations: Record<string, string>
  /** image:tag now pointing at the index, which pointed elsewhere (or nowhere) before. */
  moved: string[]
  /** image:tag that pointed at this very index already. */
  unchanged: string[]
}

export class MergeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MergeError'
  }
}

export async function runMerge(settings: MergeRequest, deps: MergeDeps): Promise<MergeResult> {
  const { targets, tags, platforms } = checkSettings(settings)
  const push = settings.push ?? true
  const { registry, log } = deps
  const legs = await log.group('Gathering the legs', async () => {
    const load = await deps.legs.load(platforms)
    checkLegs(load, platforms, settings.handoffId, push)
    for (const leg of load.found) log.info(`${leg.platform}: ${leg.image}@${leg.digest ?? '(not pushed)'}`)
    return load.found
  })
  if (!push) {
    log.info(`push: false: every platform has its leg (${platforms.join(', ')}); nothing was pushed, no tag moved`)
    return { platforms, platformDigests: {}, legs, annotations: settings.annotations ?? {}, moved: [], unchanged: [] }
  }
  // checkLegs saw to it that every leg pushed
  const pushed = legs.filter((l): l is LegResult & { digest: Digest } => l.digest !== undefined)
  const entries = (await Promise.all(pushed.map((leg) => resolveLeg(leg, registry)))).flat()
  const annotations = await indexAnnotations(settings, entries, registry, log)
  const index = composeIndex(
    entries.map((e) => e.descriptor),
    annotations,
  )
  const planned = verifyIndex(index, platforms)
  if (!planned.ok) throw new MergeError(`the legs do not make the expected index: ${describeVerification(planned)}`)
  const bytes = indexBytes(index)
  const digest = digestOf(bytes)
  // every image gets the index by digest and reads it back right before any tag moves, in any image
  for (const target of targets) {
    await log.group(`Pushing the index to ${target.registry}/${target.repository}`, async () => {
      await copyEntries(entries, target, registry)
      await registry.putManifest(withDigest(target, digest), bytes, index.mediaType)
      await verifyIndexAt(target, digest, platforms, registry)
    })
  }
  const moved: string[] = []
  const unchanged: string[] = []
  for (const target of targets) {
    await log.group(`Tagging ${target.registry}/${target.repository}`, async () => {
      const r = await pushTags(target, tags, { bytes, mediaType: index.mediaType, digest }, registry, log)
      moved.push(...r.moved)
      unchanged.push(...r.unchanged)
      await verifyTags(target, tags, digest, registry)
    })
  }
  log.info(`Index ${digest}: ${planned.platforms.join(', ')}`)
  return {
    digest,
    platforms: planned.platforms,
    platformDigests: planned.platformDigests,
    image: `${settings.images[0] ?? ''}@${digest}`,
    legs,
    annotations,
    moved,
    unchanged,
  }
}

function checkSettings(s: MergeRequest): { targets: Reference[]; tags: string[]; platforms: Platform[] } {
  if (s.images.length === 0) throw new InputError('images', 'the merge needs at least one image')
  const targets = s.images.map((image) => {
    try {
      const ref = parseReference(image)
      if (ref.tag !== undefined || ref.digest !== undefined) throw new Error('give the repository, without tag')
      return ref
    } catch (e) {
      throw new InputError('images', `'${image}': ${errorMessage(e)}`)
    }
  })
  for (const tag of s.tags) {
    try {
      withTag(targets[0] as Reference, tag)
    } catch {
      throw new InputError('tags', `'${tag}' is not a tag (letters, digits, _ . -; at most 128)`)
    }
  }
  const platforms = [...new Set(s.platforms)]
  if (platforms.length === 0) throw new InputError('platforms', 'the merge needs the expected platforms')
  return { targets, tags: s.tags, platforms }
}

/**
 * The legs against what the merge expects, before anything is written: legs under another handoff-id, platforms
 * that differ from the legs', a leg that pushed nothing when the merge is to push.
 */
export function checkLegs(
  load: LegLoad,
  platforms: readonly Platform[],
  handoffId: string | undefined,
  push: boolean,
): void {
  const { found, missing, unexpected, elsewhere } = load
  const nothing = 'nothing was pushed'
  if (handoffId !== undefined && missing.length > 0) {
    if (found.length === 0 && elsewhere.length === 0) {
      throw new MergeError(
        `no leg of this workflow run handed anything off (under any handoff-id): did the legs fail, or run in another workflow run? ${nothing}`,
      )
    }
    const misplaced = missing.filter((p) => elsewhere.some((e) => e.platforms.includes(platformSlug(p))))
    if (misplaced.length > 0 || found.length === 0) {
      const others = elsewhere.map((e) => `'${e.handoffId}' (${e.platforms.join(', ')})`).join(', ')
      throw new InputError(
        'handoff-id',
        `the merge looks for the legs of handoff-id '${handoffId}', but this run's legs of ${(misplaced.length > 0 ? misplaced : missing).join(', ')} were handed off under ${others}: give the legs and the merge one handoff-id (or the same images, file, target and build-args, which the default is derived from); ${nothing}`,
      )
    }
  }
  if (missing.length > 0 || unexpected.length > 0) {
    const legs = handoffId === undefined ? 'the digests' : `the legs of handoff-id '${handoffId}'`
    const parts: string[] = []
    if (missing.length > 0) {
      const why = handoffId === undefined ? '' : ' (is it one of their platforms? did its leg fail?)'
      parts.push(`${legs} hold no ${missing.join(', ')}${why}`)
    }
    if (unexpected.length > 0) parts.push(`${legs} also hold ${unexpected.map((l) => l.platform).join(', ')}`)
    throw new InputError(
      'platforms',
      `expected ${platforms.join(', ')}, which differ from the legs' platforms: ${parts.join('; ')}; ${nothing}`,
    )
  }
  const unpushed = found.filter((l) => l.digest === undefined)
  if (push && unpushed.length > 0) {
    throw new InputError(
      'push',
      `the legs of ${unpushed.map((l) => l.platform).join(', ')} ran with push: false, so they pushed nothing to merge: give the legs and the merge the same push; ${nothing}`,
    )
  }
}

/**
 * The index annotations with `created`: kept when given (SOURCE_DATE_EPOCH or the user's), else the newest
 * `created` of the legs' image configs, else the commit's time; never the clock.
 */
async function indexAnnotations(
  s: MergeRequest,
  entries: IndexEntry[],
  registry: MergeRegistry,
  log: Log,
): Promise<Record<string, string>> {
  const given = s.annotations ?? {}
  if (CREATED in given) return { ...given }
  const times = (await Promise.all(entries.map((e) => imageCreated(e, registry)))).filter((t) => t !== undefined)
  const newest = times.reduce<Date | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined)
  const created = newest ?? s.commitDate
  if (created === undefined) {
    log.info('created: no leg image gives a time and the event has no commit time; the index has no created')
    return { ...given }
  }
  log.info(`created: ${created.toISOString()} (${newest ? "the newest of the legs' images" : 'the commit'})`)
  return withCreated(given, created)
}

/** Makes every entry's manifest (and its blobs) present in the target repository. */
async function copyEntries(entries: IndexEntry[], target: Reference, registry: MergeRegistry): Promise<void> {
  await Promise.all(
    entries.map(({ descriptor, source }) => registry.copyManifest(withDigest(source, descriptor.digest), target)),
  )
}

/**
 * Puts the index under each tag; a tag that already points at this index is left as it is. The tags go at once
 * (each is a round trip or two to the registry); the log keeps their order and says every tag that moved, also
 * when another failed: then the first failure in that order is thrown.
 */
async function pushTags(
  target: Reference,
  tags: string[],
  index: { bytes: Uint8Array; mediaType: string; digest: Digest },
  registry: MergeRegistry,
  log: Log,
): Promise<{ moved: string[]; unchanged: string[] }> {
  const settled = await Promise.allSettled(
    tags.map(async (tag) => {
      const ref = withTag(target, tag)
      if ((await registry.headManifest(ref))?.digest === index.digest) return false
      await registry.putManifest(ref, index.bytes, index.mediaType)
      return true
    }),
  )
  const moved: string[] = []
  const unchanged: string[] = []
  tags.forEach((tag, i) => {
    const r = settled[i]
    if (r?.status !== 'fulfilled') return
    const name = formatReference(withTag(target, tag))
    ;(r.value ? moved : unchanged).push(name)
    log.info(r.value ? `pushed ${name}` : `${name} already points at ${index.digest}: not moved`)
  })
  throwFirstRejection(settled)
  return { moved, unchanged }
}

/** Reads the index back by digest (the client checks the bytes against it) and checks its platforms. */
async function verifyIndexAt(
  target: Reference,
  digest: Digest,
  platforms: Platform[],
  registry: MergeRegistry,
): Promise<void> {
  const { manifest } = await registry.getManifest(withDigest(target, digest))
  const check: IndexVerification | undefined =
    manifest.kind === 'index' ? verifyIndex(manifest.index, platforms) : undefined
  if (!check?.ok) {
    throw new MergeError(
      `the pushed index ${formatReference(withDigest(target, digest))}: ${check ? describeVerification(check) : `a '${manifest.mediaType}', not an index`}; no tag was moved`,
    )
  }
}

/** Checks every tag points at the index. */
async function verifyTags(target: Reference, tags: string[], digest: Digest, registry: MergeRegistry): Promise<void> {
  const got = await Promise.all(tags.map((tag) => registry.headManifest(withTag(target, tag))))
  tags.forEach((tag, i) => {
    const at = got[i]?.digest
    if (at !== digest) {
      throw new MergeError(`${formatReference(withTag(target, tag))} points at ${at ?? 'nothing'}, not ${digest}`)
    }
  })
}
