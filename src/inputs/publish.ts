/** What every publishing mode (build, build-platform, merge) reads: images, platforms, tags, labels, logins. */
import type { MetaContext } from '../meta/context.js'
import type { AnnotationLevel } from '../meta/labels.js'
import type { PublishSettings } from '../settings.js'
import { imagesInput, insecureRegistriesInput, platformsInput } from './common.js'
import { parseMetaInputs } from './meta.js'
import type { InputGetter } from './read.js'

export function parsePublishInputs(
  get: InputGetter,
  ctx: MetaContext,
  env: Readonly<Record<string, string | undefined>>,
  opts: { imagesRequiredWhen: string; annotationLevels: (platformCount: number) => readonly AnnotationLevel[] },
): PublishSettings {
  const { images, notices } = imagesInput(get, opts.imagesRequiredWhen)
  const platforms = platformsInput(get)
  const meta = parseMetaInputs(get, ctx, env, opts.annotationLevels(platforms.length))
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
  }
}
