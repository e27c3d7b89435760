/**
 * Docker tag sanitising. A tag is `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}` (distribution/reference). Like
 * metadata-action, every run of other characters becomes one `-` (so branch `feature/x` gives `feature-x`);
 * then leading `.` and `-` are dropped and the result is cut to 128 characters. Pure.
 */

export const MAX_TAG_LENGTH = 128

/** Returns the sanitised tag, or '' if nothing usable is left. */
export function sanitizeTag(raw: string): string {
  return raw
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, MAX_TAG_LENGTH)
}

export { isValidTag } from '../oci/reference.js'
