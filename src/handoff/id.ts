/**
 * The handoff-id: which build a leg belongs to, so that several images, or several variants of one image (two
 * targets, two Dockerfiles, other build args), can each run their legs and their merge in one workflow run.
 * It names the legs' artifacts, and with `handoff-id` given, the GHA cache scope too (src/buildx/cache.ts).
 */
import { createHash } from 'node:crypto'
import { posix } from 'node:path'
import { keyValue } from '../text/lines.js'
import { slug } from '../text/slug.js'

/** Letters, digits, `.`, `_` and `-`, starting with a letter or digit: fits a cache key, a scope and an artifact name. */
export const HANDOFF_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
export const HANDOFF_ID_MAX = 100

/** What the id is: given, or derived from the build's identity. */
export interface HandoffIdentity {
  id: string
  /** Given as the `handoff-id` input (the default is derived). */
  explicit: boolean
}

/** Why an id cannot be used, or undefined when it can. */
export function handoffIdProblem(id: string): string | undefined {
  if (id.length > HANDOFF_ID_MAX) return `at most ${String(HANDOFF_ID_MAX)} characters, got ${String(id.length)}`
  if (!HANDOFF_ID.test(id)) {
    return `only letters, digits, '.', '_' and '-', starting with a letter or digit (it goes into artifact names and cache scopes, which cannot hold '/', ',', ':' and the like), got '${id}'`
  }
  return undefined
}

export interface BuildIdentity {
  /** The first image (the one the legs push to); empty when there is none. */
  image: string
  /** The `context` input. */
  context: string
  /** The `file` input; undefined: the context's Dockerfile. */
  file?: string
  target?: string
  /** `KEY=VALUE` lines as given. */
  buildArgs: readonly string[]
}

/** The Dockerfile's path as written, the same on any runner OS: `./docker/../Dockerfile` -> `Dockerfile`. */
export function dockerfileKey(context: string, file: string | undefined): string {
  const path = (file ?? posix.join(context, 'Dockerfile')).replace(/\\/g, '/')
  return posix.normalize(path).replace(/^\.\//, '')
}

/**
 * `<image name>-<12 hex digits>`: the image's last path segment, and a hash of the image, the Dockerfile's path,
 * the target and the build args (by name, the last value of a name winning as in buildx, in name order).
 */
export function defaultHandoffId(b: BuildIdentity): string {
  const args = new Map<string, string>()
  for (const line of b.buildArgs) {
    const kv = keyValue(line)
    if (kv) args.set(kv[0], kv[1])
  }
  const identity = JSON.stringify([
    b.image,
    dockerfileKey(b.context, b.file),
    b.target ?? '',
    [...args].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
  ])
  const hash = createHash('sha256').update(identity).digest('hex').slice(0, 12)
  const name = slug(b.image.split('/').at(-1) ?? '', '._-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 40)
  return `${name || 'build'}-${hash}`
}
