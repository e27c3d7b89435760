/**
 * Merge mode: gathers the legs' digests, composes one index, and pushes it under every tag of every image.
 * Nothing is written before every expected platform is there; the pushed index is read back and verified.
 * Needs no Docker: only the registry client.
 */
import { errorMessage, InputError } from '../../errors.js'
import type { LegSource } from '../../handoff/explicit.js'
import { resolveLeg, type IndexEntry } from '../../handoff/resolve.js'
import type { Log } from '../../log.js'
import type { RegistryClient } from '../../oci/client.js'
import { composeIndex, describeVerification, indexBytes, verifyIndex, type IndexVerification } from '../../oci/index.js'
import { formatReference, parseReference, withDigest, withTag, type Reference } from '../../oci/reference.js'
import { digestOf, type Digest } from '../../oci/types.js'
import type { Platform } from '../../oci/platform.js'

export interface MergeRequest {
  images: string[]
  tags: string[]
  platforms: Platform[]
  /** Index annotations. */
  annotations?: Record<string, string>
}

export type MergeRegistry = Pick<RegistryClient, 'getManifest' | 'headManifest' | 'putManifest' | 'copyManifest'>

export interface MergeDeps {
  legs: LegSource
  registry: MergeRegistry
  log: Log
}

export interface MergeResult {
  digest: Digest
  platforms: Platform[]
  platformDigests: Partial<Record<Platform, Digest>>
  /** The first image as name@digest. */
  image: string
}

export class MergeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MergeError'
  }
}

export async function runMerge(settings: MergeRequest, deps: MergeDeps): Promise<MergeResult> {
  const { targets, tags, platforms } = checkSettings(settings)
  const { registry, log } = deps
  const entries = await log.group('Gathering the legs', () => gather(settings.images[0] as string, platforms, deps))
  const index = composeIndex(
    entries.map((e) => e.descriptor),
    settings.annotations,
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
  for (const target of targets) {
    await log.group(`Tagging ${target.registry}/${target.repository}`, async () => {
      await pushTags(target, tags, bytes, index.mediaType, registry, log)
      await verifyTags(target, tags, digest, registry)
    })
  }
  log.info(`Index ${digest}: ${planned.platforms.join(', ')}`)
  return {
    digest,
    platforms: planned.platforms,
    platformDigests: planned.platformDigests,
    image: `${settings.images[0]}@${digest}`,
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

async function gather(image: string, platforms: Platform[], deps: MergeDeps): Promise<IndexEntry[]> {
  const { found, missing } = await deps.legs.load(image, platforms)
  if (missing.length > 0) {
    throw new MergeError(
      `no leg handed off ${missing.join(', ')} for ${image} (did those legs fail, or push another image?); nothing was pushed`,
    )
  }
  for (const leg of found) deps.log.info(`${leg.platform}: ${leg.image}@${leg.digest}`)
  return (await Promise.all(found.map((leg) => resolveLeg(leg, deps.registry)))).flat()
}

/** Makes every entry's manifest (and its blobs) present in the target repository. */
async function copyEntries(entries: IndexEntry[], target: Reference, registry: MergeRegistry): Promise<void> {
  for (const { descriptor, source } of entries) {
    await registry.copyManifest(withDigest(source, descriptor.digest), target)
  }
}

async function pushTags(
  target: Reference,
  tags: string[],
  bytes: Uint8Array,
  mediaType: string,
  registry: MergeRegistry,
  log: Log,
): Promise<void> {
  for (const tag of tags) {
    await registry.putManifest(withTag(target, tag), bytes, mediaType)
    log.info(`pushed ${formatReference(withTag(target, tag))}`)
  }
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
  for (const tag of tags) {
    const got = await registry.headManifest(withTag(target, tag))
    if (got?.digest !== digest) {
      throw new MergeError(
        `${formatReference(withTag(target, tag))} points at ${got?.digest ?? 'nothing'}, not ${digest}`,
      )
    }
  }
}
