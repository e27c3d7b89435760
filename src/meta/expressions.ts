/**
 * metadata-action's global expressions (`{{branch}}`, `{{sha}}`, `{{date 'YYYYMMDD' tz='Asia/Tokyo'}}`...): which
 * names each attribute accepts, checked when the inputs are parsed, and their values for a context. Pure.
 */
import type { MetaContext } from './context.js'
import { formatDate } from './dateformat.js'
import { parseTemplate, renderTemplate, TemplateError, type Expression, type TemplateVars } from './template.js'
import { isTimeZone } from './zoned.js'

/** What an expression takes: at most `args` quoted arguments and these `key='value'` arguments. */
export interface ExpressionSpec {
  args: number
  hash: readonly string[]
}
export type ExpressionSpecs = Readonly<Record<string, ExpressionSpec>>

const PLAIN: ExpressionSpec = { args: 0, hash: [] }
const DATE: ExpressionSpec = { args: 1, hash: ['tz'] }

/** `{{date}}` and `{{commit_date}}`: the only expressions of a `type=schedule` pattern. */
export const DATE_EXPRESSIONS: ExpressionSpecs = { date: DATE, commit_date: DATE }

/** Expressions usable in value, prefix, suffix and enable, in the flavor, labels and annotations. */
export const GLOBAL_EXPRESSIONS: ExpressionSpecs = {
  branch: PLAIN,
  tag: PLAIN,
  sha: PLAIN,
  base_ref: PLAIN,
  is_default_branch: PLAIN,
  is_not_default_branch: PLAIN,
  ...DATE_EXPRESSIONS,
}

/** `type=semver` and `type=pep440` patterns. */
export const VERSION_EXPRESSIONS: ExpressionSpecs = {
  raw: PLAIN,
  version: PLAIN,
  major: PLAIN,
  minor: PLAIN,
  patch: PLAIN,
}

/** Throws TemplateError if the template is malformed, names an expression outside `specs`, or misuses one. */
export function checkTemplate(template: string, specs: ExpressionSpecs): void {
  for (const s of parseTemplate(template)) {
    if (!('expr' in s)) continue
    const { name, args, hash } = s.expr
    const spec = specs[name]
    if (!spec) {
      throw new TemplateError(`unknown expression '${s.source}' (known here: ${Object.keys(specs).join(', ')})`)
    }
    if (args.length > spec.args) {
      throw new TemplateError(`'${s.source}': {{${name}}} takes ${spec.args === 0 ? 'no argument' : 'one format'}`)
    }
    for (const [key, value] of Object.entries(hash)) {
      if (!spec.hash.includes(key)) throw new TemplateError(`'${s.source}': unknown attribute ${key}=`)
      if (key === 'tz' && !isTimeZone(value)) {
        throw new TemplateError(
          `'${s.source}': unknown time zone '${value}' (expected an IANA name such as Asia/Tokyo)`,
        )
      }
    }
  }
}

export const REF_HEADS = /^refs\/heads\//
const REF_TAGS = /^refs\/tags\//
const REF_PULL = /^refs\/pull\//

export const branchOf = (ref: string) => (REF_HEADS.test(ref) ? ref.replace(REF_HEADS, '') : '')
export const tagOf = (ref: string) => (REF_TAGS.test(ref) ? ref.replace(REF_TAGS, '') : '')
/** refs/pull/42/merge -> 42 */
export const prOf = (ref: string) => (REF_PULL.test(ref) ? ref.replace(REF_PULL, '').replace(/\/merge$/, '') : '')

export const DEFAULT_SHORT_SHA_LENGTH = 7

export function shortSha(ctx: MetaContext): string {
  return ctx.sha.slice(0, ctx.shortShaLength ?? DEFAULT_SHORT_SHA_LENGTH)
}

/** Events that always run on the default branch's last commit (metadata-action's list). */
const DEFAULT_BRANCH_EVENTS = [/create/, /discussion/, /issues/, /schedule/]

export function isDefaultBranch(ctx: MetaContext): boolean {
  // metadata-action strips refs/heads/ only: a tag or pull request ref is never the default branch by name
  const branch = ctx.ref.replace(REF_HEADS, '')
  if (branch === '') return false
  if (branch === ctx.payload.repository?.default_branch) return true
  return DEFAULT_BRANCH_EVENTS.some((re) => re.test(ctx.eventName))
}

function baseRef(ctx: MetaContext): string {
  if (REF_TAGS.test(ctx.ref) && ctx.payload.base_ref) return ctx.payload.base_ref.replace(REF_HEADS, '')
  if (REF_PULL.test(ctx.ref)) return ctx.payload.pull_request?.base?.ref ?? ''
  return ''
}

const dateOf =
  (date: Date) =>
  ({ args, hash }: Expression) =>
    formatDate(date, args[0], hash.tz ?? 'UTC')

export function dateVars(ctx: MetaContext): TemplateVars {
  return { date: dateOf(ctx.now), commit_date: dateOf(ctx.commitDate ?? ctx.now) }
}

export function globalVars(ctx: MetaContext): TemplateVars {
  return {
    branch: () => branchOf(ctx.ref),
    tag: () => tagOf(ctx.ref),
    sha: () => shortSha(ctx),
    base_ref: () => baseRef(ctx),
    is_default_branch: () => String(isDefaultBranch(ctx)),
    is_not_default_branch: () => String(!isDefaultBranch(ctx)),
    ...dateVars(ctx),
  }
}

export function renderGlobal(template: string, ctx: MetaContext): string {
  return renderTemplate(template, globalVars(ctx))
}
