/**
 * The `flavor` input, as docker/metadata-action reads it: `latest=auto|true|false`, `prefix=`, `suffix=`, each
 * optionally followed by `onlatest=true|false` (also put the prefix/suffix on the `latest` tag). Entries may be
 * on separate lines or comma-separated. Pure.
 */
import { InputError } from '../errors.js'
import { checkTemplate, GLOBAL_EXPRESSIONS } from './expressions.js'
import { numberedLines } from '../text/lines.js'
import { splitAttribute, splitFields } from './fields.js'

export type Latest = 'auto' | 'true' | 'false'

export interface Flavor {
  latest: Latest
  prefix: string
  /** Put the prefix on `latest` too. */
  prefixLatest: boolean
  suffix: string
  suffixLatest: boolean
}

export const DEFAULT_FLAVOR: Flavor = {
  latest: 'auto',
  prefix: '',
  prefixLatest: false,
  suffix: '',
  suffixLatest: false,
}

export function parseFlavor(text: string, input = 'flavor'): Flavor {
  const flavor = { ...DEFAULT_FLAVOR }
  for (const { line, text: lineText } of numberedLines(text)) {
    const fail = (message: string) => new InputError(input, `line ${String(line)} '${lineText}': ${message}`)
    let last: 'prefix' | 'suffix' | undefined
    let fields: string[]
    try {
      fields = splitFields(lineText)
    } catch (e) {
      throw fail((e as Error).message)
    }
    for (const field of fields) {
      const [key, value] = splitAttribute(field)
      if (key === 'latest') {
        if (value !== 'auto' && value !== 'true' && value !== 'false')
          throw fail(`latest=${value}: expected auto, true or false`)
        flavor.latest = value
      } else if (key === 'prefix' || key === 'suffix') {
        try {
          checkTemplate(value, GLOBAL_EXPRESSIONS)
        } catch (e) {
          throw fail((e as Error).message)
        }
        flavor[key] = value
        last = key
      } else if (key === 'onlatest') {
        if (value !== 'true' && value !== 'false') throw fail(`onlatest=${value}: expected true or false`)
        if (!last) throw fail('onlatest= must follow prefix= or suffix= on the same line')
        flavor[last === 'prefix' ? 'prefixLatest' : 'suffixLatest'] = value === 'true'
      } else {
        throw fail(`unknown entry '${field}' (known: latest, prefix, suffix, onlatest)`)
      }
    }
  }
  return flavor
}
