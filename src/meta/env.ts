/**
 * The environment variables metadata-action users set, read from a plain object (never `process.env` here):
 * DOCKER_METADATA_PR_HEAD_SHA, DOCKER_METADATA_SHORT_SHA_LENGTH, DOCKER_METADATA_ANNOTATIONS_LEVELS. Pure.
 */
import { InputError } from '../errors.js'

export type EnvLike = Readonly<Record<string, string | undefined>>

export interface MetaEnv {
  /** Use the pull request's head commit instead of the merge commit GitHub built. */
  prHeadSha: boolean
  /** Length of short commit SHAs; undefined: 7. */
  shortShaLength?: number
  /** Levels the `annotations` outputs are written for, e.g. ['manifest'] (the default) or ['manifest', 'index']. */
  annotationLevels: string[]
}

const LEVEL = /^(?:index|manifest|index-descriptor|manifest-descriptor)(?:\[[^\]\s]+\])?$/

export function metaEnv(env: EnvLike): MetaEnv {
  // metadata-action: /true/i.test(process.env.DOCKER_METADATA_PR_HEAD_SHA || '')
  const prHeadSha = /true/i.test(env.DOCKER_METADATA_PR_HEAD_SHA ?? '')
  const out: MetaEnv = { prHeadSha, annotationLevels: annotationLevels(env.DOCKER_METADATA_ANNOTATIONS_LEVELS) }
  const length = env.DOCKER_METADATA_SHORT_SHA_LENGTH
  if (length) {
    if (!/^\s*\d+\s*$/.test(length) || Number(length) < 1) {
      throw new InputError('DOCKER_METADATA_SHORT_SHA_LENGTH', `expected a positive whole number, got '${length}'`)
    }
    out.shortShaLength = Number(length)
  }
  return out
}

function annotationLevels(value: string | undefined): string[] {
  if (!value) return ['manifest']
  const levels = value.split(',').map((l) => l.trim())
  for (const level of levels) {
    if (!LEVEL.test(level)) {
      throw new InputError(
        'DOCKER_METADATA_ANNOTATIONS_LEVELS',
        `'${level}' in '${value}' is not an annotation level (index, manifest, index-descriptor, manifest-descriptor)`,
      )
    }
  }
  return levels
}

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970, the time a reproducible build gives its
 * output instead of the clock. Undefined when unset or empty; anything else that is not such a number is an
 * InputError naming the variable.
 */
export function sourceDateEpoch(env: EnvLike): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH
  if (value === undefined || value.trim() === '') return undefined
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) > 253402300799) {
    throw new InputError(
      'SOURCE_DATE_EPOCH',
      `expected whole seconds since 1970-01-01 (e.g. 1700000000), got '${value}'`,
    )
  }
  return new Date(Number(value) * 1000)
}
