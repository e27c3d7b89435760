/** Inputs of the modes that do not build: merge (join the legs) and plan (the matrix). */
import { InputError } from '../errors.js'
import { parseDigestsInput, type DigestRef } from '../handoff/digests.js'
import type { Credential } from '../login/credentials.js'
import type { MetaContext } from '../meta/context.js'
import { items } from './lists.js'
import { parseRunnerMap } from '../modes/plan/matrix.js'
import { validateImageName } from './names.js'
import { parsePlatformList, PlatformError } from '../platforms/platform.js'
import { parseMetaInputs } from './meta.js'
import type { InputGetter } from './read.js'

export function platformsInput(get: InputGetter): string[] {
  try {
    return parsePlatformList(get('platforms') || 'linux/amd64,linux/arm64')
  } catch (e) {
    if (e instanceof PlatformError) throw new InputError('platforms', e.message)
    throw e
  }
}

export function imagesInput(get: InputGetter, required: string): string[] {
  const images = items(get('images')).map((img) => validateImageName('images', img))
  if (required && images.length === 0)
    throw new InputError('images', `expected at least one image repository ${required}`)
  return images
}

/** Registries (host[:port]) the registry client may reach over plain HTTP; loopback ones always may. */
export function insecureRegistriesInput(get: InputGetter): string[] {
  return items(get('insecure-registries')).map((host) => {
    if (!/^(?:[a-zA-Z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d+)?$/.test(host)) {
      throw new InputError('insecure-registries', `expected host[:port] entries, got '${host}'`)
    }
    return host
  })
}

export interface MergeModeSettings {
  mode: 'merge'
  images: string[]
  tags: string[]
  platforms: string[]
  version: string
  /** key=value, for the labels output (the merge writes no image config). */
  labels: string[]
  /** Index annotations (key -> value). */
  annotations: Record<string, string>
  /** The `digests` input; undefined: take the legs from the Actions cache handoff. */
  digests?: DigestRef[]
  warnings: string[]
  credentials: Credential[]
  insecureRegistries: string[]
  githubToken: string
}

export function parseMergeInputs(
  get: InputGetter,
  ctx: MetaContext,
  env: Readonly<Record<string, string | undefined>>,
): MergeModeSettings {
  const images = imagesInput(get, 'to merge into')
  const meta = parseMetaInputs(get, ctx, env, ['index'])
  const annotations = Object.fromEntries(
    meta.annotations.map((a) => {
      const kv = a.slice('index:'.length)
      return [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]
    }),
  )
  return {
    mode: 'merge',
    images,
    tags: meta.tags,
    platforms: platformsInput(get),
    version: meta.version,
    labels: Object.entries(meta.labels).map(([k, v]) => `${k}=${v}`),
    annotations,
    digests: get('digests').trim() ? parseDigestsInput(get('digests')) : undefined,
    warnings: meta.warnings,
    credentials: meta.credentials,
    insecureRegistries: insecureRegistriesInput(get),
    githubToken: get('github-token'),
  }
}

export interface PlanModeSettings {
  mode: 'plan'
  platforms: string[]
  runnerMap: string
}

export function parsePlanInputs(get: InputGetter): PlanModeSettings {
  const runnerMap = get('runner-map')
  parseRunnerMap(runnerMap) // validates: InputError('runner-map', ...) before anything runs
  return { mode: 'plan', platforms: platformsInput(get), runnerMap }
}
