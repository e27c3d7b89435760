/**
 * What a leg hands to the merge, and the names it travels under. Pure.
 *
 * One GitHub Actions artifact per leg and platform, named by handoff-id, platform and run attempt:
 * `multiarch-publish-handoff_<handoff-id>_<platform slug>_attempt-<n>`. The name is a plain string: nothing in
 * it depends on the runner's OS, its path separator or the compression tools it has. Artifacts of every attempt
 * of a run stay visible to later attempts (and their names must differ, hence the attempt in the name).
 */
import type { Platform } from '../oci/platform.js'
import type { Digest } from '../oci/types.js'
import { slug } from '../text/slug.js'

/** What a leg hands to the merge: one platform it built, in one image, pushed by digest or not. */
export interface LegResult {
  image: string
  platform: Platform
  /** The manifest pushed by digest; undefined when the leg ran with `push: false` (nothing was pushed). */
  digest?: Digest
  /** The run attempt the leg ran in (GITHUB_RUN_ATTEMPT); undefined for the explicit `digests` input. */
  attempt?: number
}

export const ARTIFACT_PREFIX = 'multiarch-publish-handoff'
/** The one file inside each artifact. */
export const LEG_FILE = 'leg.json'

/** A platform as it appears in artifact names: `linux/arm/v7` -> `linux-arm-v7` (letters, digits and `-` only). */
export function platformSlug(platform: string): string {
  return slug(platform, '')
}

export function legArtifactName(handoffId: string, platform: Platform, attempt: number): string {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new Error(`run attempt '${String(attempt)}' is not a positive integer (GITHUB_RUN_ATTEMPT)`)
  }
  return `${ARTIFACT_PREFIX}_${handoffId}_${platformSlug(platform)}_attempt-${String(attempt)}`
}

export interface LegArtifactName {
  handoffId: string
  /** platformSlug of the leg's platform */
  platformSlug: string
  attempt: number
}

/** The parts of a handoff artifact's name; undefined for any other artifact of the run. Read from the right. */
export function parseLegArtifactName(name: string): LegArtifactName | undefined {
  const m = new RegExp(`^${ARTIFACT_PREFIX}_(.+)_([A-Za-z0-9-]+)_attempt-([1-9][0-9]*)$`).exec(name)
  if (!m) return undefined
  const [, handoffId = '', platform = '', attempt = ''] = m
  return { handoffId, platformSlug: platform, attempt: Number(attempt) }
}
