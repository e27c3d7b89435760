import { InputError } from '../errors.js'
import { keyValue, lines } from './lists.js'
import { bool, keyValueLines, oneOf, optional, type InputGetter } from './read.js'
import { parseMetaInputs } from './meta.js'
import type { MetaContext } from '../meta/context.js'
import type { Credential } from '../login/credentials.js'

export type { InputGetter } from './read.js'
import {
  imagesInput,
  insecureRegistriesInput,
  parseMergeInputs,
  parsePlanInputs,
  platformsInput,
  type MergeModeSettings,
  type PlanModeSettings,
} from './modes.js'

export type Driver = 'docker-container' | 'docker' | 'remote'
export type CacheChoice = 'auto' | 'gha' | 'none'

/** build: every platform in this job. build-platform: one leg of a matrix (push by digest, hand off). */
export interface BuildSettings {
  mode: 'build' | 'build-platform'
  images: string[]
  tags: string[]
  platforms: string[]
  context: string
  file?: string
  target?: string
  buildArgs: string[]
  /** key=value: OCI labels from the context merged with the user's (the user's win). */
  labels: string[]
  /** level:key=value for buildx --annotation. */
  annotations: string[]
  version: string
  /** Notes for the log (e.g. a tag rule that did not apply). */
  warnings: string[]
  /** Registry logins (the ghcr.io token default is added by main, which knows the actor). */
  credentials: Credential[]
  push: boolean
  qemu: 'auto' | 'true' | 'false'
  binfmtImage: string
  driver: Driver
  endpoint?: string
  buildkitImage?: string
  driverOpts: string[]
  buildkitdConfig?: string
  buildkitdConfigInline?: string
  network?: string
  cache: CacheChoice
  cacheMode: 'min' | 'max'
  cacheFrom: string[]
  cacheTo: string[]
  provenance?: string
  sbom?: string
  secrets: { id: string; value: string }[]
  /** Registries the registry client may reach over plain HTTP (loopback ones always may). */
  insecureRegistries: string[]
  githubToken: string
}

export type Settings = BuildSettings | MergeModeSettings | PlanModeSettings
export type { MergeModeSettings, PlanModeSettings }

function secretsInput(get: InputGetter): { id: string; value: string }[] {
  return lines(get('secrets')).map((l, i) => {
    const kv = keyValue(l)
    if (!kv || !/^[A-Za-z0-9_.-]+$/.test(kv[0])) {
      throw new InputError('secrets', `line ${i + 1}: expected id=VALUE with an id of letters, digits, '.', '_' or '-'`)
    }
    return { id: kv[0], value: kv[1] }
  })
}

/** Parses and validates every input of build mode. Throws InputError naming the input; runs nothing. */
export function parseBuildInputs(
  get: InputGetter,
  ctx: MetaContext,
  env: Readonly<Record<string, string | undefined>> = {},
  mode: BuildSettings['mode'] = 'build',
): BuildSettings {
  const push = bool(get, 'push', true)
  if (mode === 'build-platform' && !push) {
    throw new InputError('push', 'a build-platform leg pushes by digest for the merge; expected true')
  }
  const images = imagesInput(get, push ? 'when push is true' : '')
  const platforms = platformsInput(get)
  // buildx refuses index annotations when it exports one platform (no index of its own to annotate)
  const meta = parseMetaInputs(get, ctx, env, platforms.length > 1 ? ['index', 'manifest'] : ['manifest'])
  if (images.length === 0 && get('tags').trim() !== '') {
    throw new InputError('tags', 'tags were given but no images to tag')
  }
  // with no image there is nothing to tag: the default tag rules' results (main, pr-42, ...) are dropped
  const tags = images.length === 0 ? [] : meta.tags
  const driver = oneOf(get, 'driver', ['docker-container', 'docker', 'remote'] as const, 'docker-container')
  const endpoint = optional(get, 'endpoint')
  if (driver === 'remote' && !endpoint)
    throw new InputError('endpoint', 'expected a BuildKit address when driver is remote')
  if (driver !== 'remote' && endpoint)
    throw new InputError('endpoint', `only used with driver: remote (driver is ${driver})`)
  const cacheFrom = lines(get('cache-from'))
  const cacheTo = lines(get('cache-to'))
  if (cacheFrom.length > 0 || cacheTo.length > 0) {
    // cache-from/cache-to replace the gha default: settings of that default would be silently ignored
    if (get('cache-mode').trim()) {
      throw new InputError('cache-mode', 'only applies to the default gha cache; with cache-to, give mode= in its spec')
    }
    if (get('cache').trim() && get('cache').trim() !== 'auto') {
      throw new InputError('cache', 'give either cache or cache-from/cache-to (which replace the gha default)')
    }
  }
  const driverOpts = keyValueLines(get, 'driver-opts')
  if (driver === 'docker' && driverOpts.length > 0) {
    throw new InputError(
      'driver-opts',
      'the docker driver takes no driver options (they configure a builder this action creates)',
    )
  }
  const buildkitImage = optional(get, 'buildkit-image')
  if (buildkitImage && driver !== 'docker-container') {
    throw new InputError('buildkit-image', `only used with driver: docker-container (driver is ${driver})`)
  }
  const buildkitdConfig = optional(get, 'buildkitd-config')
  const buildkitdConfigInline = optional(get, 'buildkitd-config-inline')
  if (buildkitdConfig && buildkitdConfigInline) {
    throw new InputError('buildkitd-config-inline', 'give either buildkitd-config or buildkitd-config-inline, not both')
  }
  if ((buildkitdConfig || buildkitdConfigInline) && driver === 'docker') {
    throw new InputError(
      buildkitdConfig ? 'buildkitd-config' : 'buildkitd-config-inline',
      'the docker driver takes no BuildKit config (use driver: docker-container)',
    )
  }
  return {
    mode,
    images,
    tags,
    platforms,
    context: get('context').trim() || '.',
    file: optional(get, 'file'),
    target: optional(get, 'target'),
    buildArgs: keyValueLines(get, 'build-args'),
    labels: Object.entries(meta.labels).map(([k, v]) => `${k}=${v}`),
    annotations: meta.annotations,
    version: meta.version,
    warnings: meta.warnings,
    credentials: meta.credentials,
    push,
    qemu: oneOf(get, 'qemu', ['auto', 'true', 'false'] as const, 'auto'),
    binfmtImage: get('binfmt-image').trim() || 'docker.io/tonistiigi/binfmt:latest',
    driver,
    endpoint,
    buildkitImage,
    driverOpts,
    buildkitdConfig,
    buildkitdConfigInline,
    network: optional(get, 'network'),
    cache: oneOf(get, 'cache', ['auto', 'gha', 'none'] as const, 'auto'),
    cacheMode: oneOf(get, 'cache-mode', ['min', 'max'] as const, 'min'),
    cacheFrom,
    cacheTo,
    provenance: optional(get, 'provenance'),
    sbom: optional(get, 'sbom'),
    secrets: secretsInput(get),
    insecureRegistries: insecureRegistriesInput(get),
    githubToken: get('github-token'),
  }
}

export function parseInputs(
  get: InputGetter,
  ctx: MetaContext,
  env: Readonly<Record<string, string | undefined>> = {},
): Settings {
  const mode = oneOf(get, 'mode', ['build', 'build-platform', 'merge', 'plan'] as const, 'build')
  switch (mode) {
    case 'build':
    case 'build-platform':
      return parseBuildInputs(get, ctx, env, mode)
    case 'merge':
      return parseMergeInputs(get, ctx, env)
    case 'plan':
      return parsePlanInputs(get)
  }
}
