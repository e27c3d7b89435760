import { InputError } from '../errors.js'
import { InvalidReferenceError, isValidTag, parseReference } from '../oci/reference.js'

export function validateTag(input: string, tag: string): string {
  if (!isValidTag(tag)) {
    throw new InputError(
      input,
      `'${tag}' is not a valid tag (1-128 of letters, digits, '_', '.', '-'; not starting with '.' or '-')`,
    )
  }
  return tag
}

/**
 * An image repository as users write it (`ghcr.io/owner/app`, `localhost:5000/app`, `owner/app`), without tag or
 * digest. Checked with the registry client's reference grammar; returned as given.
 */
export function validateImageName(input: string, name: string, given = name): string {
  const bad = (why: string) => new InputError(input, `'${given}' is not a valid image repository: ${why}`)
  if (name.includes('@')) throw bad('expected a repository without a digest (e.g. ghcr.io/owner/app)')
  let ref
  try {
    ref = parseReference(name)
  } catch (e) {
    if (e instanceof InvalidReferenceError) throw bad(e.message.replace(/^invalid image reference '[^']*': /, ''))
    throw e
  }
  if (ref.tag) throw bad("expected a repository without a tag; put tags in the 'tags' input")
  return name
}
