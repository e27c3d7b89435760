/**
 * The bake definition files metadata-action writes (src/meta.ts getBakeFile, getBakeFileTagsLabels): their
 * names and their exact content, `JSON.stringify({target: {<bake-target>: ...}}, null, 2)`. Writing them is the
 * caller's job. Pure.
 */

export const DEFAULT_BAKE_TARGET = 'docker-metadata-action'

export interface BakeFile {
  /** metadata-action's file name, e.g. docker-metadata-action-bake-tags.json (it writes them to a temp dir). */
  fileName: string
  content: string
}

export interface BakeFiles {
  'bake-file-tags': BakeFile
  'bake-file-labels': BakeFile
  'bake-file-annotations': BakeFile
  /** Tags, labels and args together (metadata-action's `bake-file` output). */
  'bake-file': BakeFile
}

export interface BakeData {
  target: string
  /** Full references (or bare tags when there are no images). */
  tags: readonly string[]
  images: readonly string[]
  /** '' when no version was generated: DOCKER_META_VERSION is then left out, as JSON.stringify drops undefined. */
  version: string
  labels: Readonly<Record<string, string>>
  annotations: readonly string[]
}

export function bakeFiles(d: BakeData): BakeFiles {
  const args = { DOCKER_META_IMAGES: d.images.join(','), DOCKER_META_VERSION: d.version || undefined }
  const file = (suffix: string, definition: object): BakeFile => ({
    fileName: `docker-metadata-action-bake${suffix ? `-${suffix}` : ''}.json`,
    content: JSON.stringify({ target: { [d.target]: definition } }, null, 2),
  })
  return {
    'bake-file-tags': file('tags', { tags: d.tags, args }),
    'bake-file-labels': file('labels', { labels: d.labels }),
    'bake-file-annotations': file('annotations', { annotations: d.annotations }),
    'bake-file': file('', { tags: d.tags, labels: d.labels, args }),
  }
}
