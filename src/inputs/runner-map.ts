/**
 * The `runner-map` input: lines of `platform=runner`, `#` comments and blank lines ignored. A platform pattern
 * may have `*` for a whole segment (`linux/arm/*`), or be `*` alone for everything else.
 */
import { InputError } from '../errors.js'
import { parsePlatform, PlatformError } from '../oci/platform.js'
import type { RunnerMap } from '../settings.js'
import { numberedLines } from '../text/lines.js'

const INPUT = 'runner-map'
const LABEL = /^[A-Za-z0-9._-]+$/

/** Parses the `runner-map` input into patterns (normalised) -> runner labels, in the order given. */
export function parseRunnerMap(input: string): RunnerMap {
  const map: RunnerMap = {}
  for (const { line: n, text: line } of numberedLines(input)) {
    const eq = line.indexOf('=')
    if (eq < 0) throw new InputError(INPUT, `line ${n} '${line}' is not of the form platform=runner`)
    const pattern = normalizePattern(line.slice(0, eq).trim(), n)
    const runner = line.slice(eq + 1).trim()
    if (!LABEL.test(runner)) {
      throw new InputError(INPUT, `line ${n}: '${runner}' is not a runner label (letters, digits, . _ -)`)
    }
    if (Object.hasOwn(map, pattern)) throw new InputError(INPUT, `line ${n}: '${pattern}' is mapped twice`)
    map[pattern] = runner
  }
  return map
}

function normalizePattern(pattern: string, line: number): string {
  if (pattern === '*') return pattern
  if (pattern.includes('*')) {
    const parts = pattern.toLowerCase().split('/')
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '' || (p.includes('*') && p !== '*'))) {
      throw new InputError(INPUT, `line ${line}: '${pattern}' is not a platform pattern like linux/arm/*`)
    }
    return parts.join('/')
  }
  try {
    return parsePlatform(pattern)
  } catch (e) {
    if (e instanceof PlatformError) throw new InputError(INPUT, `line ${line}: ${e.message}`)
    throw e
  }
}
