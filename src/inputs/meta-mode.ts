/** Inputs of meta mode: what docker/metadata-action reads (images, tags, flavor, labels, annotations, bake-target, sep-*). */
import type { MetaContext } from '../meta/context.js'
import { parseFlavor } from '../meta/flavor.js'
import { parseImages } from '../meta/images.js'
import { parseAnnotations, parseLabels } from '../meta/labels.js'
import { computeMetadata } from '../meta/metadata.js'
import { parseRules } from '../meta/rules.js'
import type { MetaModeSettings } from '../settings.js'
import type { InputGetter } from './read.js'

/** A separator input (`sep-tags`, ...): empty means a newline, as in metadata-action. */
function separator(get: InputGetter, name: string): string {
  return get(name) || '\n'
}

export function parseMetaModeInputs(
  get: InputGetter,
  ctx: MetaContext,
  env: Readonly<Record<string, string | undefined>>,
): MetaModeSettings {
  const metadata = computeMetadata(
    {
      images: parseImages(get('images')),
      rules: parseRules(get('tags')),
      flavor: parseFlavor(get('flavor')),
      labels: parseLabels(get('labels')),
      annotations: parseAnnotations(get('annotations')),
      bakeTarget: get('bake-target').trim(),
      separators: {
        tags: separator(get, 'sep-tags'),
        labels: separator(get, 'sep-labels'),
        annotations: separator(get, 'sep-annotations'),
      },
    },
    ctx,
    env,
  )
  return { mode: 'meta', metadata }
}
