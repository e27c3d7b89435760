/**
 * OCI labels and annotations from the GitHub context (the eight `org.opencontainers.image.*` keys that
 * docker/metadata-action sets, src/meta.ts getOCIAnnotationsWithCustoms), merged with the user's `labels` /
 * `annotations` inputs, whose lines may use the global expressions; the user wins; keys sorted as
 * metadata-action sorts them (localeCompare). Pure.
 */
import { InputError } from '../errors.js'
import type { MetaContext } from './context.js'
import { numberedLines } from '../text/lines.js'
import { checkTemplate, GLOBAL_EXPRESSIONS, renderGlobal } from './expressions.js'

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

/**
 * Annotations per level, in the order they go to buildx: level -> key -> value (`--annotation level:key=value`).
 * A level may carry a platform qualifier (`manifest[linux/amd64]`).
 */
export type Annotations = Record<string, Record<string, string>>

export interface Annotation {
  /** Only at this level; every requested level when absent. */
  level?: AnnotationLevel
  key: string
  value: string
}

export const CREATED = `${OCI_PREFIX}created`

/**
 * The OCI keys, from the event payload (repository) and the run. Empty values are kept, as metadata-action does.
 * `created` is the context's `created` (SOURCE_DATE_EPOCH), else its `now`; left out when `created` is null.
 */
export function ociLabels(ctx: MetaContext, version: string): Record<string, string> {
  const repo = ctx.payload.repository ?? {}
  // outside a workflow run there is no repository, and so no URL to give
  const known = /^[^/]+\/[^/]+$/.test(ctx.repository)
  const url = repo.html_url ?? (known ? `${ctx.serverUrl}/${ctx.repository}` : '')
  const created = ctx.created === undefined ? ctx.now : ctx.created
  return {
    ...(created === null ? {} : { [CREATED]: created.toISOString() }),
    [`${OCI_PREFIX}description`]: repo.description ?? '',
    [`${OCI_PREFIX}licenses`]: repo.license?.spdx_id ?? '',
    [`${OCI_PREFIX}revision`]: ctx.sha,
    [`${OCI_PREFIX}source`]: url,
    [`${OCI_PREFIX}title`]: repo.name ?? ctx.repository.split('/')[1] ?? '',
    [`${OCI_PREFIX}url`]: url,
    [`${OCI_PREFIX}version`]: version,
  }
}

/** OCI labels merged with the user's (expressions rendered); keys sorted. */
export function computeLabels(
  ctx: MetaContext,
  version: string,
  userLabels: Readonly<Record<string, string>>,
): Record<string, string> {
  return sortKeys({ ...ociLabels(ctx, version), ...render(ctx, Object.entries(userLabels)) })
}

/**
 * For each level, the OCI keys and the user's annotations for that level (or every level), sorted. A level may
 * carry a platform qualifier (`manifest[linux/amd64]`); user annotations of its base level apply to it.
 */
export function computeAnnotations(
  ctx: MetaContext,
  version: string,
  user: readonly Annotation[],
  levels: readonly string[] = ['index', 'manifest'],
): Annotations {
  const out: Annotations = {}
  for (const level of levels) {
    const base = level.replace(/\[.*$/, '')
    const mine = user.filter((a) => a.level === undefined || a.level === base).map((a) => [a.key, a.value] as const)
    out[level] = sortKeys({ ...ociLabels(ctx, version), ...render(ctx, mine) })
  }
  return out
}

/** `key=value` per label (buildx `--label`, the `labels` output). */
export function labelLines(labels: Readonly<Labels>): string[] {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`)
}

/** `level:key=value` per annotation, level by level in the order computed (buildx `--annotation`, the output). */
export function annotationLines(annotations: Readonly<Annotations>): string[] {
  return Object.entries(annotations).flatMap(([level, kv]) => Object.entries(kv).map(([k, v]) => `${level}:${k}=${v}`))
}

function render(ctx: MetaContext, entries: readonly (readonly [string, string])[]): Record<string, string> {
  return Object.fromEntries(entries.map(([k, v]) => [renderGlobal(k, ctx), renderGlobal(v, ctx)]))
}

/** The `labels` input: `key=value` per line; expressions such as `{{commit_date 'YYYY-MM-DD'}}` allowed. */
export function parseLabels(text: string, input = 'labels'): Record<string, string> {
  return Object.fromEntries(keyValues(text, input).map(({ key, value }) => [key, value]))
}

/** The `annotations` input: `[level:]key=value` per line, level one of ANNOTATION_LEVELS. */
export function parseAnnotations(text: string, input = 'annotations'): Annotation[] {
  return keyValues(text, input).map(({ key, value }) => {
    const colon = key.indexOf(':')
    const level = ANNOTATION_LEVELS.find((l) => colon >= 0 && key.slice(0, colon) === l)
    if (level === undefined) return { key, value }
    return { level, key: key.slice(colon + 1), value }
  })
}

function keyValues(text: string, input: string): { key: string; value: string }[] {
  return numberedLines(text).map(({ line, text: t }) => {
    const eq = t.indexOf('=')
    const key = eq < 0 ? '' : t.slice(0, eq).trim()
    if (key === '' || /\s/.test(key)) throw new InputError(input, `line ${String(line)} '${t}': expected key=value`)
    const value = t.slice(eq + 1).trim()
    try {
      checkTemplate(key, GLOBAL_EXPRESSIONS)
      checkTemplate(value, GLOBAL_EXPRESSIONS)
    } catch (e) {
      throw new InputError(input, `line ${String(line)} '${t}': ${(e as Error).message}`)
    }
    return { key, value }
  })
}

/** The annotations with `created` added when they have none (the user's or SOURCE_DATE_EPOCH's stays); sorted. */
export function withCreated(annotations: Readonly<Record<string, string>>, created: Date): Record<string, string> {
  return CREATED in annotations ? { ...annotations } : sortKeys({ ...annotations, [CREATED]: created.toISOString() })
}

/** Made on first use: an Intl.Collator costs milliseconds to create, too much for every step's start. */
let collator: Intl.Collator | undefined

/** Keys in which Intl's 'en' order is code-point order: lower-case letters, digits and dots (the OCI keys). */
const PLAIN_KEY = /^[a-z0-9.]*$/

/** Sorts keys as Intl.Collator('en') does (metadata-action's localeCompare), without ICU for plain keys. */
export function sortedKeys(keys: readonly string[]): string[] {
  if (keys.every((k) => PLAIN_KEY.test(k))) return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  collator ??= new Intl.Collator('en')
  return [...keys].sort(collator.compare)
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(sortedKeys(Object.keys(record)).map((k) => [k, record[k] as string]))
}
