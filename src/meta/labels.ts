/**
 * OCI labels and annotations from the GitHub context (the eight `org.opencontainers.image.*` keys that
 * docker/metadata-action sets), merged with the user's `labels` / `annotations` inputs; the user wins. Pure.
 */
import { InputError } from '../errors.js'
import type { MetaContext } from './context.js'
import { numberedLines } from '../text/lines.js'

export const OCI_PREFIX = 'org.opencontainers.image.'

/** Where buildx can put an annotation (`--annotation level:key=value`). */
export type AnnotationLevel = 'index' | 'manifest' | 'index-descriptor' | 'manifest-descriptor'
export const ANNOTATION_LEVELS: readonly AnnotationLevel[] = [
  'index',
  'manifest',
  'index-descriptor',
  'manifest-descriptor',
]

/** Image labels: key -> value. */
export type Labels = Record<string, string>

/** Annotations per level: level -> key -> value (buildx `--annotation level:key=value`). */
export type Annotations = Partial<Record<AnnotationLevel, Record<string, string>>>

export interface Annotation {
  /** Only at this level; every requested level when absent. */
  level?: AnnotationLevel
  key: string
  value: string
}

/** The OCI keys, from the event payload (repository) and the run. Empty values are kept, as metadata-action does. */
export function ociLabels(ctx: MetaContext, version: string): Record<string, string> {
  const repo = ctx.payload.repository ?? {}
  // outside a workflow run there is no repository, and so no URL to give
  const known = /^[^/]+\/[^/]+$/.test(ctx.repository)
  const url = repo.html_url ?? (known ? `${ctx.serverUrl}/${ctx.repository}` : '')
  return {
    [`${OCI_PREFIX}created`]: ctx.now.toISOString(),
    [`${OCI_PREFIX}description`]: repo.description ?? '',
    [`${OCI_PREFIX}licenses`]: repo.license?.spdx_id ?? '',
    [`${OCI_PREFIX}revision`]: ctx.sha,
    [`${OCI_PREFIX}source`]: url,
    [`${OCI_PREFIX}title`]: repo.name ?? ctx.repository.split('/')[1] ?? '',
    [`${OCI_PREFIX}url`]: url,
    [`${OCI_PREFIX}version`]: version,
  }
}

/** OCI labels merged with the user's; keys sorted. */
export function computeLabels(
  ctx: MetaContext,
  version: string,
  userLabels: Readonly<Record<string, string>>,
): Record<string, string> {
  return sortKeys({ ...ociLabels(ctx, version), ...userLabels })
}

/** OCI annotations merged with the user's, per requested level, keys sorted. */
export function computeAnnotations(
  ctx: MetaContext,
  version: string,
  user: readonly Annotation[],
  levels: readonly AnnotationLevel[] = ['index', 'manifest'],
): Annotations {
  const out: Annotations = {}
  for (const level of levels) {
    const mine = user.filter((a) => a.level === undefined || a.level === level)
    out[level] = sortKeys({ ...ociLabels(ctx, version), ...Object.fromEntries(mine.map((a) => [a.key, a.value])) })
  }
  return out
}

/** `key=value` per label (buildx `--label`, the `labels` output). */
export function labelLines(labels: Readonly<Labels>): string[] {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`)
}

/** `level:key=value` per annotation, level by level (buildx `--annotation`, the `annotations` output). */
export function annotationLines(annotations: Readonly<Annotations>): string[] {
  return ANNOTATION_LEVELS.flatMap((level) =>
    Object.entries(annotations[level] ?? {}).map(([k, v]) => `${level}:${k}=${v}`),
  )
}

/** The `labels` input: `key=value` per line. */
export function parseLabels(text: string, input = 'labels'): Record<string, string> {
  return Object.fromEntries(keyValues(text, input).map(({ key, value }) => [key, value]))
}

/** The `annotations` input: `[level:]key=value` per line, level one of ANNOTATION_LEVELS. */
export function parseAnnotations(text: string, input = 'annotations'): Annotation[] {
  return keyValues(text, input).map(({ key, value }) => {
    const colon = key.indexOf(':')
    const level = key.slice(0, colon)
    if (colon < 0 || !ANNOTATION_LEVELS.includes(level as AnnotationLevel)) return { key, value }
    return { level: level as AnnotationLevel, key: key.slice(colon + 1), value }
  })
}

function keyValues(text: string, input: string): { key: string; value: string }[] {
  return numberedLines(text).map(({ line, text: t }) => {
    const eq = t.indexOf('=')
    const key = eq < 0 ? '' : t.slice(0, eq).trim()
    if (key === '' || /\s/.test(key)) throw new InputError(input, `line ${line} '${t}': expected key=value`)
    return { key, value: t.slice(eq + 1).trim() }
  })
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
