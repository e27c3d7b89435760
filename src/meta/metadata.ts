/**
 * Everything docker/metadata-action outputs, computed from parsed inputs, a context and the environment, as the
 * exact strings it writes (its src/main.ts and src/meta.ts): version, tags, tag-names, labels, annotations, json
 * and the bake files' content. No Docker, no registry, no file system: a `mode: meta` step only has to write the
 * outputs and the bake files. Pure.
 */
import type { MetaContext } from './context.js'
import { bakeFiles, DEFAULT_BAKE_TARGET, type BakeFiles } from './bake.js'
import { metaEnv, type EnvLike } from './env.js'
import type { Flavor } from './flavor.js'
import { imageNames, type ImageEntry } from './images.js'
import { annotationLines, computeAnnotations, computeLabels, type Annotation } from './labels.js'
import type { Rule } from './rules.js'
import { computeTags } from './tags.js'

export interface MetadataInputs {
  /** As parsed by parseImages, or plain names; disabled entries are skipped, names lowercased. */
  images: readonly (ImageEntry | string)[]
  rules: readonly Rule[]
  flavor: Flavor
  /** parseLabels(`labels`) */
  labels: Readonly<Record<string, string>>
  /** parseAnnotations(`annotations`) */
  annotations: readonly Annotation[]
  /** The `bake-target` input; default docker-metadata-action. */
  bakeTarget?: string
  /** The `sep-tags`, `sep-labels`, `sep-annotations` inputs; default a newline. */
  separators?: { tags?: string; labels?: string; annotations?: string }
}

/** The action outputs metadata-action sets with a string value (the bake files are paths there: see bakeFiles). */
export interface MetadataOutputs {
  version: string
  tags: string
  'tag-names': string
  labels: string
  annotations: string
  json: string
}

export interface Metadata {
  version: string
  /** image:tag for every image and tag, image by image; bare tags when there is no image. */
  tags: string[]
  /** Tags without image names. */
  tagNames: string[]
  labels: Record<string, string>
  /** level:key=value for each level of DOCKER_METADATA_ANNOTATIONS_LEVELS (default manifest). */
  annotations: string[]
  outputs: MetadataOutputs
  /** Content of each bake file output; write `content` to a file and set the output to its path. */
  bakeFiles: BakeFiles
  /** Informational lines (image names lowercased). */
  notices: string[]
  /** What metadata-action warns about (rules that gave nothing, no version, no tag). */
  warnings: string[]
}

/**
 * `ctx` should come from contextFromGithub(github.context, now, env), which applies the DOCKER_METADATA_* variables
 * that change the ref, the commit and the short SHA length; `env` here gives the annotation levels.
 */
export function computeMetadata(inputs: MetadataInputs, ctx: MetaContext, env: EnvLike = {}): Metadata {
  const { annotationLevels } = metaEnv(env)
  const { names, notices } = imageNames(inputs.images)
  const computed = computeTags(inputs.rules, inputs.flavor, ctx)
  const { version } = computed
  const tagNames = computed.tags
  const tags = names.length === 0 ? tagNames : names.flatMap((image) => tagNames.map((tag) => `${image}:${tag}`))
  const labels = computeLabels(ctx, version, inputs.labels)
  const annotations = annotationLines(computeAnnotations(ctx, version, inputs.annotations, annotationLevels))
  const warnings = [...computed.warnings]
  if (version === '') warnings.push('No Docker image version has been generated. Check tags input.')
  if (tags.length === 0) warnings.push('No Docker tag has been generated. Check tags input.')
  const sep = { tags: '\n', labels: '\n', annotations: '\n', ...inputs.separators }
  const outputs: MetadataOutputs = {
    version,
    tags: tags.join(sep.tags),
    'tag-names': tagNames.join(sep.tags),
    labels: Object.entries(labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(sep.labels),
    annotations: annotations.join(sep.annotations),
    json: JSON.stringify({ tags, 'tag-names': tagNames, labels, annotations }),
  }
  const target = inputs.bakeTarget || DEFAULT_BAKE_TARGET
  const bake = bakeFiles({ target, tags, images: names, version, labels, annotations })
  return { version, tags, tagNames, labels, annotations, outputs, bakeFiles: bake, notices, warnings }
}
