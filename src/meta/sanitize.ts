/**
 * Docker tag and image name sanitising, as metadata-action does it (src/meta.ts sanitizeTag, sanitizeImageName):
 * every run of characters outside [A-Za-z0-9_.-] in a tag becomes one `-` (branch `feature/x` gives
 * `feature-x`); image names are lowercased. Pure.
 */
import { isValidTag } from '../oci/reference.js'

export const MAX_TAG_LENGTH = 128

export function sanitizeTag(raw: string): string {
  return raw.replace(/[^a-zA-Z0-9._-]+/g, '-')
}

/**
 * Why a sanitised tag is still not a Docker tag (it starts with `.` or `-`, or is longer than 128 characters),
 * or undefined when it is one. metadata-action passes such tags on and the push fails; here they are errors.
 */
export function tagProblem(tag: string): string | undefined {
  if (isValidTag(tag)) return undefined
  if (tag === '') return 'it is empty'
  if (tag.length > MAX_TAG_LENGTH) return `it is longer than ${String(MAX_TAG_LENGTH)} characters`
  return `a tag cannot start with '${tag.charAt(0)}'`
}

export { isValidTag }
