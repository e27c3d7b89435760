/**
 * OCI labels and annotations from the GitHub context (the eight `org.opencontainers.image.*` keys that
 * docker/metadata-action sets), merged with the user's `labels` / `annotations` inputs; the user wins. Pure.
 */
import { InputError } from '../errors.js'
import type { MetaContext } from './context.js'
import { inputLines } from './fields.js'

export const OCI_PREFIX = 'org.opencontainers.image.'

/** Where buildx can put an annotation (`--annotation level:key=value`). */
export type AnnotationLevel = 'index' | 'manifest' | 'index-descriptor' | 'manifest-descriptor'
export const ANNOTATION_LEVELS: readonly AnnotationLevel[] = [
  'index',
  'manifest',
  'index-descriptor',
  'manifest-descriptor',
]

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

/** `level:key=value` strings for buildx `--annotation` / `imagetools create --annotation`, sorted. */
export function computeAnnotations(
  ctx: MetaContext,
  version: string,
  user: readonly Annotation[],
  levels: readonly AnnotationLevel[] = ['index', 'manifest'],
): string[] {
  return levels.flatMap((level) => {
    const mine = user.filter((a) => a.level === undefined || a.level === level)
    const merged = sortKeys({ ...ociLabels(ctx, version), ...Object.fromEntries(mine.map((a) => [a.key, a.value])) })
    return Object.entries(merged).map(([k, v]) => `${level}:${k}=${v}`)
  })
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
  return inputLines(text).map(({ line, text: t }) => {
    const eq = t.indexOf('=')
    const key = eq < 0 ? '' : t.slice(0, eq).trim()
    if (key === '' || /\s/.test(key)) throw new InputError(input, `line ${line} '${t}': expected key=value`)
    return { key, value: t.slice(eq + 1).trim() }
  })
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
