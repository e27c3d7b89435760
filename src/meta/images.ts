/**
 * The `images` input as metadata-action reads it (src/image.ts): one image per line, `name/app` or
 * `name=name/app,enable=false`; a single line may list several images separated by commas. Image names are
 * lowercased (metadata-action's sanitizeImageName), with a notice for each one that changed. Pure.
 */
import { InputError } from '../errors.js'
import { numberedLines } from '../text/lines.js'
import { splitAttribute, splitFields } from './fields.js'

export interface ImageEntry {
  name: string
  enable: boolean
}

export function parseImages(text: string, input = 'images'): ImageEntry[] {
  const lines = numberedLines(text)
  const only = lines.length === 1 ? lines[0] : undefined
  const fail = (line: number, t: string, message: string) =>
    new InputError(input, `line ${String(line)} '${t}': ${message}`)
  if (only) {
    const fields = fieldsOf(only.text, (m) => fail(only.line, only.text, m))
    // the old format: one line of comma-separated names
    if (fields.every((f) => !f.includes('='))) return fields.map((name) => ({ name, enable: true }))
  }
  return lines.map(({ line, text: t }) => {
    const image: ImageEntry = { name: '', enable: true }
    for (const field of fieldsOf(t, (m) => fail(line, t, m))) {
      const [key, value] = splitAttribute(field)
      if (key === undefined || key === 'name') image.name = value
      else if (key === 'enable') {
        if (value !== 'true' && value !== 'false') throw fail(line, t, `enable=${value}: expected true or false`)
        image.enable = value === 'true'
      } else throw fail(line, t, `unknown attribute '${key}' (allowed: name, enable)`)
    }
    if (image.name === '') throw fail(line, t, 'no image name')
    return image
  })
}

function fieldsOf(text: string, fail: (message: string) => InputError): string[] {
  try {
    return splitFields(text)
  } catch (e) {
    throw fail((e as Error).message)
  }
}

export interface ImageNames {
  /** Enabled images, lowercased, in input order. */
  names: string[]
  /** One line per name that was lowercased, for the log. */
  notices: string[]
}

/** The enabled images' names, lowercased as metadata-action does, and a notice for each changed name. */
export function imageNames(images: readonly (ImageEntry | string)[], input = 'images'): ImageNames {
  const names: string[] = []
  const notices: string[] = []
  for (const image of images) {
    const entry = typeof image === 'string' ? { name: image, enable: true } : image
    if (!entry.enable) continue
    const lower = entry.name.toLowerCase()
    if (lower !== entry.name) {
      notices.push(`${input}: '${entry.name}' is used as '${lower}' (image names are lowercase)`)
    }
    names.push(lower)
  }
  return { names, notices }
}
