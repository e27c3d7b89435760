/**
 * The version rules, as metadata-action's procSemver, procPep440 and procMatch (src/meta.ts) evaluate them:
 * the git tag (or `value=`), optionally narrowed by `match=`, read as a semantic version, a PEP 440 version or a
 * regular expression match. Pre-releases only ever give the full version (or `{{raw}}`) and never `latest`. Pure.
 */
import * as pep440 from '@renovatebot/pep440'
import * as semver from 'semver'
import type { MetaContext } from './context.js'
import { renderGlobal, tagOf } from './expressions.js'
import type { Rule } from './rules.js'
import { isOnly, renderTemplate } from './template.js'

/** A rule's value before prefix/suffix, and whether `latest=auto` adds latest for it. */
export interface Candidate {
  value: string
  autoLatest: boolean
  /** Something the user may want to know although a value came out. */
  warning?: string
}

/** A value, or why the rule gave none (shown as a warning, as metadata-action does). */
export type Outcome = Candidate | { warning: string } | undefined

type VersionRule = Extract<Rule, { type: 'semver' | 'pep440' }>
type MatchRule = Extract<Rule, { type: 'match' }>

/** The git tag or the rendered `value=`; undefined when neither applies. */
function source(rule: { value: string }, ctx: MetaContext): string | undefined {
  if (rule.value !== '') return renderGlobal(rule.value, ctx)
  return tagOf(ctx.ref) || undefined
}

export function versionOutcome(rule: VersionRule, ctx: MetaContext): Outcome {
  let raw = source(rule, ctx)
  if (raw === undefined) return undefined
  let warning: string | undefined
  if (rule.match) {
    const m = raw.match(rule.match)
    if (!m) warning = `${rule.match.source} does not match ${raw}.`
    else if (m[1] === undefined) return { warning: `group 1 of ${rule.match.source} did not match in ${raw}.` }
    else raw = m[1]
  }
  raw = raw.replace(/\//g, '-')
  const outcome = rule.type === 'semver' ? semverValue(rule.pattern, raw) : pep440Value(rule.pattern, raw)
  if (warning === undefined) return outcome
  // metadata-action warns and goes on with the whole tag when match= does not match
  return 'value' in outcome ? { ...outcome, warning } : { warning: `${warning} ${outcome.warning}` }
}

function semverValue(pattern: string, raw: string): Candidate | { warning: string } {
  const parsed = semver.valid(raw) ? semver.parse(raw, { loose: true }) : null
  if (!parsed) return { warning: `${raw} is not a valid semver. More info: https://semver.org/` }
  const vars = {
    raw: () => parsed.raw,
    version: () => parsed.version,
    major: () => String(parsed.major),
    minor: () => String(parsed.minor),
    patch: () => String(parsed.patch),
  }
  if (parsed.prerelease.length > 0) {
    return { value: renderTemplate(isOnly(pattern, 'raw') ? pattern : '{{version}}', vars), autoLatest: false }
  }
  return { value: renderTemplate(pattern, vars), autoLatest: true }
}

function pep440Value(pattern: string, raw: string): Candidate | { warning: string } {
  const explained = pep440.valid(raw) ? pep440.explain(raw) : null
  if (!explained) {
    return { warning: `${raw} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440` }
  }
  const clean = pep440.clean(raw) ?? raw
  if (explained.is_prerelease || explained.is_postrelease || explained.is_devrelease) {
    return { value: isOnly(pattern, 'raw') ? raw : clean, autoLatest: false }
  }
  const vars = {
    raw: () => raw,
    version: () => clean,
    major: () => String(pep440.major(raw)),
    minor: () => String(pep440.minor(raw)),
    patch: () => String(pep440.patch(raw)),
  }
  return { value: renderTemplate(pattern, vars), autoLatest: true }
}

export function matchOutcome(rule: MatchRule, ctx: MetaContext): Outcome {
  const raw = source(rule, ctx)
  if (raw === undefined) return undefined
  const m = raw.match(rule.regex)
  if (!m) return { warning: `${rule.pattern} does not match ${raw}.` }
  const value = m[rule.group]
  if (value === undefined) return { warning: `Group ${String(rule.group)} does not exist for ${rule.pattern} pattern.` }
  return { value, autoLatest: true }
}
