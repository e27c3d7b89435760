/** Verification of a single-image manifest (a one-platform build without attestations has no index). Pure. */
import type { IndexVerification } from '../oci/index.js'
import type { Platform } from '../oci/platform.js'
import type { Digest } from '../oci/types.js'

/** Compares the one platform of an image with the expected ones, in the same shape as verifyIndex. */
export function verifySingleImage(
  platform: Platform | undefined,
  digest: Digest,
  expected: readonly Platform[],
): IndexVerification {
  const want = [...new Set(expected)]
  const platforms = platform ? [platform] : []
  const missing = want.filter((p) => !platforms.includes(p))
  const unexpected = platforms.filter((p) => !want.includes(p))
  return {
    ok: missing.length === 0 && unexpected.length === 0,
    missing,
    unexpected,
    duplicates: [],
    platforms,
    platformDigests: platform ? { [platform]: digest } : {},
  }
}
