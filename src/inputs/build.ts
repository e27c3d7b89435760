/** Inputs of build and build-platform modes. */
import { nodeGroups } from '../buildx/builder.js'
import { InputError } from '../errors.js'
import type { MetaContext } from '../meta/context.js'
import type { BuildSettings } from '../settings.js'
import { lines } from '../text/lines.js'
import { attestInputs } from './attest.js'
import { buildOptionsInputs } from './build-options.js'
import { builderInputs } from './builder.js'
import { parsePublishInputs } from './publish.js'
import { secretInputs } from './secrets.js'
import { bool, integer, keyValueLines, oneOf, optional, required, type InputGetter } from './read.js'

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
  const options = buildOptionsInputs(get)
  if (mode === 'build-platform' && options.call !== undefined) {
    throw new InputError(
      'call',
      `a build-platform leg builds and pushes for the merge; call: ${options.call} pushes nothing`,
    )
  }
  const publish = parsePublishInputs(get, ctx, env, {
    // call: check (outline, targets) pushes nothing
    imagesRequiredWhen: push && options.call === undefined ? 'when push is true' : '',
    // buildx refuses index annotations when it exports one platform (no index of its own to annotate)
    annotationLevels: (n) => (n > 1 ? ['index', 'manifest'] : ['manifest']),
  })
  if (publish.images.length === 0 && get('tags').trim() !== '') {
    throw new InputError('tags', 'tags were given but no images to tag')
  }
  const context = required(get, 'context', 'a path or a Git URL')
  const driver = driverInputs(get)
  const secrets = secretInputs(get, env, {
    token: publish.githubToken,
    serverUrl: ctx.serverUrl,
    contexts: [context, ...options.buildContexts.map((c) => c.slice(c.indexOf('=') + 1))],
  })
  if (options.load && options.outputs.some((o) => /(?:^|,)type=docker(?:,|$)/.test(o))) {
    throw new InputError('load', 'give load: true or a type=docker line in outputs, not both')
  }
  const dockerExporter = options.load || options.outputs.some((o) => /(?:^|,)type=docker(?:,|$)/.test(o))
  const builder = builderInputs(get, driver.driver)
  const platforms = publish.platforms
  if (options.call === undefined && nodeGroups({ platforms, nodes: builder.nodes }).length > 1) {
    // one build per node (src/modes/build/nodes.ts): only the registry can join their images
    if (options.load)
      throw new InputError('load', 'load: true with platforms built on several nodes (input nodes): give one platform')
    if (options.outputs.length > 0) {
      throw new InputError(
        'outputs',
        'outputs with platforms built on several nodes (input nodes): only the push joins them',
      )
    }
  }
  return {
    mode,
    ...publish,
    // with no image there is nothing to tag: the default tag rules' results (main, pr-42, ...) are dropped
    tags: publish.images.length === 0 ? [] : publish.tags,
    context,
    file: optional(get, 'file'),
    target: optional(get, 'target'),
    buildArgs: keyValueLines(get, 'build-args'),
    push,
    qemu: oneOf(get, 'qemu', ['auto', 'true', 'false'] as const),
    binfmtImage: required(get, 'binfmt-image', 'an image reference'),
    cacheImages: bool(get, 'cache-images'),
    retryTimeout: integer(get, 'retry-timeout', 0, 3600),
    ...driver,
    network: optional(get, 'network'),
    ...cacheInputs(get),
    attests: attestInputs(get, ctx, env, dockerExporter),
    ...secrets,
    ...options,
    ...builder,
  }
}
