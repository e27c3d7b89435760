/** Values of metadata-action's global expressions (`{{branch}}`, `{{sha}}`, `{{date 'YYYYMMDD'}}`...). Pure. */
import type { MetaContext } from './context.js'
import { formatDate } from './dateformat.js'
import { renderTemplate, TemplateError, type TemplateVars } from './template.js'

export const SHORT_SHA_LENGTH = 7

export const branchOf = (ref: string) => (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : '')
export const tagOf = (ref: string) => (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : '')
/** refs/pull/42/merge -> 42 */
export const prOf = (ref: string) =>
  ref.startsWith('refs/pull/') ? ref.slice('refs/pull/'.length).replace(/\/merge$/, '') : ''

export function dateVar(now: Date): TemplateVars[string] {
  return (format) => {
    if (format === undefined) throw new TemplateError(`{{date}} needs a format, e.g. {{date 'YYYYMMDD'}}`)
    return formatDate(now, format)
  }
}

/** Events that always run on the default branch's last commit (as metadata-action treats them). */
const DEFAULT_BRANCH_EVENTS = /create|discussion|issues|schedule/

export function globalVars(ctx: MetaContext): TemplateVars {
  return {
    branch: () => branchOf(ctx.ref),
    tag: () => tagOf(ctx.ref),
    sha: () => ctx.sha.slice(0, SHORT_SHA_LENGTH),
    base_ref: () => {
      if (tagOf(ctx.ref) && ctx.payload.base_ref) return ctx.payload.base_ref.replace(/^refs\/heads\//, '')
      if (prOf(ctx.ref)) return ctx.payload.pull_request?.base?.ref ?? ''
      return ''
    },
    is_default_branch: () => {
      const branch = branchOf(ctx.ref)
      if (branch !== '' && branch === ctx.payload.repository?.default_branch) return 'true'
      return DEFAULT_BRANCH_EVENTS.test(ctx.eventName) ? 'true' : 'false'
    },
    date: dateVar(ctx.now),
  }
}

export function renderGlobal(template: string, ctx: MetaContext): string {
  return renderTemplate(template, globalVars(ctx))
}
