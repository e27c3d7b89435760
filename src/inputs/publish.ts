/** What every publishing mode (build, build-platform, merge) reads: images, platforms, tags, labels, logins. */
import type { MetaContext } from '../meta/context.js'
import { sourceDateEpoch } from '../meta/env.js'
import type { AnnotationLevel } from '../meta/labels.js'
import type { PublishSettings } from '../settings.js'
import { imagesInput, insecureRegistriesInput, platformsInput } from './common.js'
import { handoffInput } from './handoff.js'
import { parseMetaInputs } from './meta.js'
import { bool, type InputGetter } from './read.js'

export function parsePublishInputs(
  get: InputGetter,
  ctx: MetaContext,
  env: Readonly<Record<string, string | undefined>>,
  opts: {
    imagesRequiredWhen: string
    annotationLevels: (platformCount: number) => readonly AnnotationLevel[]
    /** The merge: without SOURCE_DATE_EPOCH, `created` comes from the legs' images, not from the clock. */
    createdFromLegs?: boolean
  },
): PublishSettings {
  const { images, notices } = imagesInput(get, opts.imagesRequiredWhen)
  const platforms = platformsInput(get)
  // SOURCE_DATE_EPOCH, when set, is the `created` label and annotation (BuildKit reads it from the environment)
  const created = sourceDateEpoch(env) ?? (opts.createdFromLegs ? null : undefined)
  const meta = parseMetaInputs(get, { ...ctx, created }, env, opts.annotationLevels(platforms.length))
  return {
    images,
    tags: meta.tags,
    platforms,
    version: meta.version,
    labels: meta.labels,
    annotations: meta.annotations,
    warnings: meta.warnings,
    notices,
    credentials: meta.credentials,
    insecureRegistries: insecureRegistriesInput(get),
    githubToken: get('github-token').trim(),
    handoff: handoffInput(get, images),
    summary: bool(get, 'summary'),
  }
}
