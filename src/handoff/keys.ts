/**
 * Cache keys and file names of the leg -> merge handoff. Pure.
 *
 * One cache entry per leg, keyed by image, workflow run, platform and run attempt. Every key ends in `;` so
 * that the cache's prefix matching of restore keys can only ever match that one key (attempt 1 is not a prefix
 * of attempt 12, linux/arm64 not of linux/arm64/v9).
 */
import type { Platform } from '../oci/platform.js'
import type { Digest } from '../oci/types.js'
import { slug } from '../text/slug.js'

/** What a leg hands to the merge: the manifest it pushed by digest, for one platform, in one image. */
export interface LegResult {
  image: string
  platform: Platform
  digest: Digest
}

export interface RunIdentity {
  /** GITHUB_RUN_ID */
  runId: string
  /** GITHUB_RUN_ATTEMPT, from 1 */
  runAttempt: number
}

export const KEY_PREFIX = 'multiarch-publish-handoff-v1'
/** The cache service takes at most 10 keys per lookup (primary + 9 restore keys). */
export const MAX_KEYS = 10
const MAX_KEY_LENGTH = 512

export class HandoffKeyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'HandoffKeyError'
  }
}

/** The key up to (and including) `attempt=`: what all attempts of one leg share. */
export function legKeyStem(image: string, runId: string, platform: string): string {
  return `${KEY_PREFIX};image=${image};run=${runId};platform=${platform};attempt=`
}

/** The key under which a leg saves its result in the given attempt. */
export function legKey(image: string, run: RunIdentity, platform: string): string {
  checkRun(run)
  const key = `${legKeyStem(image, run.runId, platform)}${run.runAttempt};`
  if (key.length > MAX_KEY_LENGTH) {
    throw new HandoffKeyError(`the cache key for image '${image}' is longer than ${MAX_KEY_LENGTH} characters`)
  }
  if (key.includes(',')) throw new HandoffKeyError(`image '${image}' or platform '${platform}' contains a comma`)
  return key
}

/**
 * The keys the merge looks up for one platform, best first: this attempt, then earlier attempts of the same run
 * newest first, and when there are more earlier attempts than keys allowed, the stem (the newest entry of any
 * attempt).
 */
export function mergeLookupKeys(image: string, run: RunIdentity, platform: string): [string, ...string[]] {
  const keys: [string, ...string[]] = [legKey(image, run, platform)]
  for (let attempt = run.runAttempt - 1; attempt >= 1 && keys.length < MAX_KEYS; attempt--) {
    keys.push(legKey(image, { ...run, runAttempt: attempt }, platform))
  }
  if (run.runAttempt > MAX_KEYS) keys[MAX_KEYS - 1] = legKeyStem(image, run.runId, platform)
  return keys
}

/** The attempt a matched key was saved in (undefined for a key not made by legKey). */
export function attemptOfKey(key: string): number | undefined {
  const m = /;attempt=(\d+);$/.exec(key)
  return m ? Number(m[1]) : undefined
}

/** The file a leg's result travels in, inside the handoff directory: linux/arm/v7 -> linux-arm-v7.json. */
export function legFileName(platform: string): string {
  return `${slug(platform)}.json`
}

function checkRun(run: RunIdentity): void {
  if (!/^\d+$/.test(run.runId)) throw new HandoffKeyError(`run id '${run.runId}' is not a number (GITHUB_RUN_ID)`)
  if (!Number.isInteger(run.runAttempt) || run.runAttempt < 1) {
    throw new HandoffKeyError(`run attempt '${run.runAttempt}' is not a positive integer (GITHUB_RUN_ATTEMPT)`)
  }
}
