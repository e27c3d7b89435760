/**
 * Tags from rules, following docker/metadata-action's getVersion and getTags (src/meta.ts): rules run in
 * priority order; the first value becomes the version, the others follow in order without duplicates; the first
 * rule that yields a value decides, under `latest=auto`, whether `latest` is added (version rules, `type=match`
 * and `type=ref,event=tag` say yes unless the version is a pre-release; everything else no). Pure.
 */
import { InputError } from '../errors.js'
import type { MetaContext } from './context.js'
import { branchOf, dateVars, prOf, renderGlobal, shortSha, tagOf } from './expressions.js'
import type { Flavor } from './flavor.js'
import type { Rule } from './rules.js'
import { sanitizeTag, tagProblem } from './sanitize.js'
import { renderTemplate } from './template.js'
import { matchOutcome, versionOutcome, type Outcome } from './versions.js'

export interface TagsResult {
  /** Bare tags (no image name), version first, `latest` last when it applies. */
  tags: string[]
  /** The main version ('' when no rule applied), as the `version` output and label. */
  version: string
  /** Rules skipped for a reason the user may want to know (e.g. a tag that is not semver). */
  warnings: string[]
}

export function computeTags(rules: readonly Rule[], flavor: Flavor, ctx: MetaContext, input = 'tags'): TagsResult {
  const warnings: string[] = []
  const values: string[] = []
  let latest: boolean | undefined
  for (const rule of rules) {
    const fail = (message: string) => new InputError(input, `line ${String(rule.line)} (type=${rule.type}): ${message}`)
    const enable = guard(() => renderGlobal(rule.enable, ctx), fail)
    if (enable !== 'true' && enable !== 'false') throw fail(`enable=${enable}: expected true or false`)
    if (enable === 'false') continue
    const outcome = guard(() => evaluate(rule, ctx), fail)
    if (outcome?.warning) warnings.push(`${input} line ${String(rule.line)}: ${outcome.warning}`)
    if (!outcome || !('value' in outcome)) continue
    const full = guard(() => affix(rule, flavor, ctx, outcome.value), fail)
    if (full === '') continue
    const tag = sanitizeTag(full)
    if (/^-?$/.test(tag)) throw fail(`'${full}' leaves nothing once sanitised to a Docker tag`)
    const problem = tagProblem(tag)
    if (problem) throw fail(`'${tag}' is not a valid Docker tag: ${problem}`)
    if (!values.includes(tag)) values.push(tag)
    latest ??= flavor.latest === 'auto' ? outcome.autoLatest : flavor.latest === 'true'
  }
  const version = values[0] ?? ''
  if (version && latest) {
    const latestTag = sanitizeTag(
      guard(
        () => latestName(flavor, ctx),
        (m) => new InputError('flavor', m),
      ),
    )
    const problem = tagProblem(latestTag)
    if (problem) throw new InputError('flavor', `the latest tag '${latestTag}' is not a valid Docker tag: ${problem}`)
    if (!values.includes(latestTag)) values.push(latestTag)
  }
  return { tags: values, version, warnings }
}

function guard<T>(fn: () => T, fail: (m: string) => InputError): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof InputError) throw e
    throw fail((e as Error).message)
  }
}

/** The rule's own prefix/suffix when it has one (even empty), else the flavor's. */
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

/** A value that is there, or no value (a ref of another kind, no commit). */
const value = (v: string, autoLatest = false): Outcome => (v ? { value: v, autoLatest } : undefined)

function evaluate(rule: Rule, ctx: MetaContext): Outcome {
  switch (rule.type) {
    case 'schedule':
      if (!/schedule/.test(ctx.eventName)) return undefined
      return { value: renderTemplate(rule.pattern, dateVars(ctx)), autoLatest: false }
    case 'semver':
    case 'pep440':
      return versionOutcome(rule, ctx)
    case 'match':
      return matchOutcome(rule, ctx)
    case 'ref':
      return value({ branch: branchOf, tag: tagOf, pr: prOf }[rule.event](ctx.ref), rule.event === 'tag')
    case 'sha':
      return value(rule.format === 'short' ? shortSha(ctx) : ctx.sha)
    case 'raw':
      // an empty value still gets the prefix and suffix (metadata-action's procRaw)
      return { value: renderGlobal(rule.value, ctx), autoLatest: false }
    case 'edge': {
      const branch = branchOf(ctx.ref)
      const wanted = rule.branch || ctx.payload.repository?.default_branch
      return branch !== '' && branch === wanted ? value('edge') : undefined
    }
  }
}
