/** The explicit `digests` input: lines of `image@sha256:...`, for users who collect the leg digests themselves. */
import { errorMessage, InputError } from '../errors.js'
import { parseDigest, type Digest } from '../oci/types.js'
import { numberedLines } from '../text/lines.js'

export interface DigestRef {
  /** The repository, without tag: `ghcr.io/owner/app`. */
  image: string
  digest: Digest
}

const INPUT = 'digests'

/** Parses the lines; blank lines and `#` comments are ignored, a tag before the `@` is dropped, duplicates too. */
export function parseDigestsInput(text: string): DigestRef[] {
  const out: DigestRef[] = []
  for (const { line: n, text: line } of numberedLines(text)) {
    const ref = parseLine(line, n)
    if (!out.some((r) => r.image === ref.image && r.digest === ref.digest)) out.push(ref)
  }
  if (out.length === 0) throw new InputError(INPUT, 'no image@sha256:... line given')
  return out
}

function parseLine(line: string, n: number): DigestRef {
  const at = line.lastIndexOf('@')
  if (at <= 0) throw new InputError(INPUT, `line ${n} '${line}' is not of the form image@sha256:<hex>`)
  let digest: Digest
  try {
    digest = parseDigest(line.slice(at + 1))
  } catch (e) {
    throw new InputError(INPUT, `line ${n}: ${errorMessage(e)}`)
  }
  // lowercased like the images input: ghcr.io/${{ github.repository }}@... often has capitals
  const given = stripTag(line.slice(0, at))
  const image = given.toLowerCase()
  if (!/^[a-z0-9]([a-z0-9._:/-]*[a-z0-9])?$/.test(image) || image.includes('//')) {
    throw new InputError(INPUT, `line ${n}: '${given}' is not an image name like ghcr.io/owner/app`)
  }
  return { image, digest }
}

/** Drops `:tag` from the last path segment (a `:` in the first segment is a registry port). */
function stripTag(name: string): string {
  const slash = name.lastIndexOf('/')
  const colon = name.lastIndexOf(':')
  return colon > slash ? name.slice(0, colon) : name
}
