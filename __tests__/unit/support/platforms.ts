/** Platforms for tests, parsed (and so normalised) the way the action parses them. */
import { parsePlatform, type Platform } from '../../../src/oci/platform.js'

export function platform(s: string): Platform {
  return parsePlatform(s)
}

export function platforms(...list: string[]): Platform[] {
  return list.map((s) => parsePlatform(s))
}
