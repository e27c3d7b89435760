/** Verification of a single-image manifest (a one-platform build without attestations has no index). Pure. */
import type { IndexVerification } from '../oci/index.js'
import type { Digest } from '../oci/types.js'
import { normalizePlatform, PlatformError } from '../platforms/platform.js'

/** The platform an image config names (`os`, `architecture`, `variant`), normalised; undefined if it names none. */
export function configPlatform(config: unknown): string | undefined {
  const c = config as { os?: unknown; architecture?: unknown; variant?: unknown }
  if (typeof c.os !== 'string' || typeof c.architecture !== 'string') return undefined
  const raw = [c.os, c.architecture, typeof c.variant === 'string' ? c.variant : ''].filter(Boolean).join('/')
  try {
    return normalizePlatform(raw)
  } catch (e) {
    if (e instanceof PlatformError) return raw
    throw e
  }
}

/** Compares the one platform of an image with the expected ones, in the same shape as verifyIndex. */
export function verifySingleImage(
  platform: string | undefined,
  digest: Digest,
  expected: readonly string[],
): IndexVerification {
  const want = [...new Set(expected.map((p) => normalizePlatform(p)))]
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
