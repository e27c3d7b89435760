import { InputError } from '../errors.js'

/** Docker's tag grammar (distribution/reference): 1-128 of [A-Za-z0-9_.-], not starting with '.' or '-'. */
const TAG = /^[\w][\w.-]{0,127}$/
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/
const DOMAIN =
  /^(?:localhost|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::\d+)?$/

export function validateTag(input: string, tag: string): string {
  if (!TAG.test(tag)) {
    throw new InputError(
      input,
      `'${tag}' is not a valid tag (1-128 of letters, digits, '_', '.', '-'; not starting with '.' or '-')`,
    )
  }
  return tag
}

/**
 * An image repository as users write it (`ghcr.io/owner/app`, `localhost:5000/app`, `owner/app`), without tag or
 * digest. Returned as given (normalisation to docker.io/library is the registry client's job).
 */
export function validateImageName(input: string, name: string): string {
  const bad = (why: string) => new InputError(input, `'${name}' is not a valid image repository: ${why}`)
  if (name.includes('@')) throw bad('expected a repository without a digest (e.g. ghcr.io/owner/app)')
  const parts = name.split('/')
  const last = parts[parts.length - 1] ?? ''
  if (last.includes(':')) throw bad("expected a repository without a tag; put tags in the 'tags' input")
  const first = parts[0] ?? ''
  const hasDomain =
    parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))
  if (hasDomain && !DOMAIN.test(first)) throw bad(`'${first}' is not a valid registry host`)
  const path = hasDomain ? parts.slice(1) : parts
  for (const c of path) {
    if (!PATH_COMPONENT.test(c))
      throw bad(`path component '${c}' must be lowercase letters and digits, separated by '.', '_', '__' or '-'`)
  }
  if (name.length > 255) throw bad('longer than 255 characters')
  return name
}
