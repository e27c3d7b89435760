/**
 * Tags from rules, following docker/metadata-action: rules run in priority order; the first value becomes the
 * version, the others follow in order without duplicates; the first rule that yields a value decides, under
 * `latest=auto`, whether `latest` is added (semver releases and git tags say yes, everything else no). Pure.
 */
import * as semver from 'semver'
import { InputError } from '../errors.js'
import type { MetaContext } from './context.js'
import { branchOf, dateVar, globalVars, prOf, renderGlobal, tagOf } from './expressions.js'
import type { Flavor } from './flavor.js'
import type { Rule } from './rules.js'
import { sanitizeTag } from './sanitize.js'
import { renderTemplate } from './template.js'

export interface TagsResult {
  /** Bare tags (no image name), version first, `latest` last when it applies. */
  tags: string[]
  /** The main version ('' when no rule applied), as the `version` output and label. */
  version: string
  /** Rules skipped for a reason the user may want to know (e.g. a tag that is not semver). */
  warnings: string[]
}

/** A rule's value before prefix/suffix, and whether `latest=auto` would add latest for it. */
interface Candidate {
  value: string
  autoLatest: boolean
}

export function computeTags(rules: readonly Rule[], flavor: Flavor, ctx: MetaContext, input = 'tags'): TagsResult {
  const warnings: string[] = []
  const values: string[] = []
  let latest: boolean | undefined
  for (const rule of rules) {
    const fail = (message: string) => new InputError(input, `line ${rule.line} (type=${rule.type}): ${message}`)
    const enable = render(() => renderGlobal(rule.enable, ctx), fail)
    if (enable !== 'true' && enable !== 'false') throw fail(`enable=${enable}: expected true or false`)
    if (enable === 'false') continue
    const candidate = render(() => evaluate(rule, ctx, warnings), fail)
    if (!candidate) continue
    const full = render(() => affix(rule, flavor, ctx, candidate.value), fail)
    if (full === '') continue
    const tag = sanitizeTag(full)
    if (tag === '') throw fail(`'${full}' leaves nothing once sanitised to a Docker tag`)
    if (!values.includes(tag)) values.push(tag)
    latest ??= flavor.latest === 'auto' ? candidate.autoLatest : flavor.latest === 'true'
  }
  const version = values[0] ?? ''
  if (version && latest) {
    const latestTag = sanitizeTag(latestName(flavor, ctx))
    if (!values.includes(latestTag)) values.push(latestTag)
  }
  return { tags: version ? values : [], version, warnings }
}

function render<T>(fn: () => T, fail: (m: string) => InputError): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof InputError) throw e
    throw fail((e as Error).message)
  }
}

function affix(rule: Rule, flavor: Flavor, ctx: MetaContext, value: string): string {
  const prefix = rule.prefix ?? flavor.prefix
  const suffix = rule.suffix ?? flavor.suffix
  return `${renderGlobal(prefix, ctx)}${value}${renderGlobal(suffix, ctx)}`
}

function latestName(flavor: Flavor, ctx: MetaContext): string {
  const prefix = flavor.prefixLatest ? renderGlobal(flavor.prefix, ctx) : ''
  const suffix = flavor.suffixLatest ? renderGlobal(flavor.suffix, ctx) : ''
  return `${prefix}latest${suffix}`
}

function evaluate(rule: Rule, ctx: MetaContext, warnings: string[]): Candidate | undefined {
  switch (rule.type) {
    case 'schedule':
      if (!ctx.eventName.includes('schedule')) return undefined
      return { value: renderTemplate(rule.pattern, { ...globalVars(ctx), date: dateVar(ctx.now) }), autoLatest: false }
    case 'semver':
      return semverCandidate(rule.pattern, rule.value, ctx, warnings, rule.line)
    case 'ref': {
      const value = { branch: branchOf, tag: tagOf, pr: prOf }[rule.event](ctx.ref)
      return value ? { value, autoLatest: rule.event === 'tag' } : undefined
    }
    case 'sha':
      if (!ctx.sha) return undefined
      return { value: rule.format === 'short' ? ctx.sha.slice(0, 7) : ctx.sha, autoLatest: false }
    case 'raw':
      return { value: renderGlobal(rule.value, ctx), autoLatest: false }
    case 'edge': {
      const branch = branchOf(ctx.ref)
      const wanted = rule.branch || ctx.payload.repository?.default_branch
      return branch !== '' && branch === wanted ? { value: 'edge', autoLatest: false } : undefined
    }
  }
}

const RAW_ONLY = /^\{\{\s*raw\s*\}\}$/

function semverCandidate(
  pattern: string,
  valueTemplate: string,
  ctx: MetaContext,
  warnings: string[],
  line: number,
): Candidate | undefined {
  if (!tagOf(ctx.ref) && valueTemplate === '') return undefined
  const raw = valueTemplate !== '' ? renderGlobal(valueTemplate, ctx) : tagOf(ctx.ref).replace(/\//g, '-')
  const parsed = semver.valid(raw) ? semver.parse(raw, { loose: true }) : null
  if (!parsed) {
    warnings.push(`tags line ${line}: '${raw}' is not a valid semantic version; type=semver skipped`)
    return undefined
  }
  const isPre = parsed.prerelease.length > 0
  const vars = {
    version: () => parsed.version,
    major: () => String(parsed.major),
    minor: () => String(parsed.minor),
    patch: () => String(parsed.patch),
    raw: () => raw,
  }
  if (isPre) return { value: RAW_ONLY.test(pattern) ? raw : parsed.version, autoLatest: false }
  return { value: renderTemplate(pattern, vars), autoLatest: true }
}
