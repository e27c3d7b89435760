/** Inputs of build and build-platform modes. */
import { InputError } from '../errors.js'
import type { MetaContext } from '../meta/context.js'
import type { BuildSettings } from '../settings.js'
import { keyValue, lines } from '../text/lines.js'
import { parsePublishInputs } from './publish.js'
import { bool, integer, keyValueLines, oneOf, optional, required, type InputGetter } from './read.js'

function secretsInput(get: InputGetter): { id: string; value: string }[] {
  return lines(get('secrets')).map((l, i) => {
    const kv = keyValue(l)
    if (!kv || !/^[A-Za-z0-9_.-]+$/.test(kv[0])) {
      throw new InputError('secrets', `line ${i + 1}: expected id=VALUE with an id of letters, digits, '.', '_' or '-'`)
    }
    return { id: kv[0], value: kv[1] }
  })
}

/**
 * The driver and what goes with it. Conflicts are checked against values the user must have written: a value
 * other than action.yml's default (which the runner passes for every input left out).
 */
function driverInputs(get: InputGetter) {
  const driver = oneOf(get, 'driver', ['docker-container', 'docker', 'remote'] as const)
  const endpoint = optional(get, 'endpoint')
  if (driver === 'remote' && !endpoint)
    throw new InputError('endpoint', 'expected a BuildKit address when driver is remote')
  if (driver !== 'remote' && endpoint)
    throw new InputError('endpoint', `only used with driver: remote (driver is ${driver})`)
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
  return { driver, endpoint, driverOpts, buildkitImage, buildkitdConfig, buildkitdConfigInline }
}

/**
 * The cache inputs. `cache-from`/`cache-to` replace the gha default, so settings of that default would be
 * silently ignored: `cache` other than auto or `cache-mode: max` with them is an error. action.yml's defaults
 * (auto, min) are what every step gets, so they never conflict.
 */
function cacheInputs(get: InputGetter) {
  const cache = oneOf(get, 'cache', ['auto', 'gha', 'none'] as const)
  const cacheMode = oneOf(get, 'cache-mode', ['min', 'max'] as const)
  const cacheFrom = lines(get('cache-from'))
  const cacheTo = lines(get('cache-to'))
  if (cacheFrom.length > 0 || cacheTo.length > 0) {
    if (cacheMode === 'max') {
      throw new InputError('cache-mode', 'only applies to the default gha cache; with cache-to, give mode= in its spec')
    }
    if (cache !== 'auto') {
      throw new InputError('cache', 'give either cache or cache-from/cache-to (which replace the gha default)')
    }
  }
  return { cache, cacheMode, cacheFrom, cacheTo }
}

/** Parses and validates every input of build mode. Throws InputError naming the input; runs nothing. */
export function parseBuildInputs(
  get: InputGetter,
  ctx: MetaContext,
  env: Readonly<Record<string, string | undefined>>,
  mode: BuildSettings['mode'],
): BuildSettings {
  const push = bool(get, 'push')
  if (mode === 'build-platform' && !push) {
    throw new InputError('push', 'a build-platform leg pushes by digest for the merge; expected true')
  }
  const publish = parsePublishInputs(get, ctx, env, {
    imagesRequiredWhen: push ? 'when push is true' : '',
    // buildx refuses index annotations when it exports one platform (no index of its own to annotate)
    annotationLevels: (n) => (n > 1 ? ['index', 'manifest'] : ['manifest']),
  })
  if (publish.images.length === 0 && get('tags').trim() !== '') {
    throw new InputError('tags', 'tags were given but no images to tag')
  }
  return {
    mode,
    ...publish,
    // with no image there is nothing to tag: the default tag rules' results (main, pr-42, ...) are dropped
    tags: publish.images.length === 0 ? [] : publish.tags,
    context: required(get, 'context', 'a path or a Git URL'),
    file: optional(get, 'file'),
    target: optional(get, 'target'),
    buildArgs: keyValueLines(get, 'build-args'),
    push,
    qemu: oneOf(get, 'qemu', ['auto', 'true', 'false'] as const),
    binfmtImage: required(get, 'binfmt-image', 'an image reference'),
    cacheImages: bool(get, 'cache-images'),
    retryTimeout: integer(get, 'retry-timeout', 0, 3600),
    ...driverInputs(get),
    network: optional(get, 'network'),
    ...cacheInputs(get),
    provenance: optional(get, 'provenance'),
    sbom: optional(get, 'sbom'),
    secrets: secretsInput(get),
  }
}
