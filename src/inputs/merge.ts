/** Inputs of merge mode: join the legs into one index. */
import { parseDigestsInput } from '../handoff/digests.js'
import type { MetaContext } from '../meta/context.js'
import type { MergeSettings } from '../settings.js'
import { parsePublishInputs } from './publish.js'
import { bool, type InputGetter } from './read.js'

export function parseMergeInputs(
  get: InputGetter,
  ctx: MetaContext,
  env: Readonly<Record<string, string | undefined>>,
): MergeSettings {
  const publish = parsePublishInputs(get, ctx, env, {
    imagesRequiredWhen: 'to merge into',
    annotationLevels: () => ['index'], // the merge writes the index only
    createdFromLegs: true,
  })
  const settings: MergeSettings = {
    mode: 'merge',
    ...publish,
    digests: get('digests').trim() ? parseDigestsInput(get('digests')) : undefined,
    push: bool(get, 'push'),
  }
  if (ctx.commitDate) settings.commitDate = ctx.commitDate
  return settings
}
