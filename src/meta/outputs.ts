/** The action's metadata outputs: newline lists, plus one JSON document. Pure. */
import { annotationLines, labelLines, type Annotations, type Labels } from './labels.js'

export interface MetaOutputs {
  /** image:tag per line, every image with every tag */
  tags: string
  /** key=value per line */
  labels: string
  /** level:key=value per line */
  annotations: string
  version: string
  /** {"tags": [...], "labels": {...}, "annotations": [...], "version": "..."} */
  json: string
}

/** Every image with every tag, image by image (as metadata-action orders them). */
export function imageTags(images: readonly string[], tags: readonly string[]): string[] {
  return images.flatMap((image) => tags.map((tag) => `${image}:${tag}`))
}

export function metaOutputs(
  refs: readonly string[],
  version: string,
  labels: Readonly<Labels>,
  annotations: Readonly<Annotations>,
): MetaOutputs {
  const annotationList = annotationLines(annotations)
  return {
    tags: refs.join('\n'),
    labels: labelLines(labels).join('\n'),
    annotations: annotationList.join('\n'),
    version,
    json: JSON.stringify({ tags: refs, labels, annotations: annotationList, version }),
  }
}
