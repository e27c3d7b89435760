/**
 * The attributes of each rule type of metadata-action's `tags` input (its src/tag.ts), checked and typed: which
 * attributes a type takes, their defaults, and the regular expressions of `type=match` and `match=`. Pure.
 * Errors are plain Errors; rules.ts adds the input name and line.
 */
import {
  checkTemplate,
  DATE_EXPRESSIONS,
  GLOBAL_EXPRESSIONS,
  VERSION_EXPRESSIONS,
  type ExpressionSpecs,
} from './expressions.js'

export type RefEvent = 'branch' | 'tag' | 'pr'

/** What each rule type carries besides the common attributes. */
export type RuleKind =
  | { type: 'schedule'; pattern: string }
  | { type: 'semver'; pattern: string; value: string; match?: RegExp }
  | { type: 'pep440'; pattern: string; value: string; match?: RegExp }
  | { type: 'match'; pattern: string; regex: RegExp; group: number; value: string }
  | { type: 'ref'; event: RefEvent }
  | { type: 'sha'; format: 'short' | 'long' }
  | { type: 'raw'; value: string }
  | { type: 'edge'; branch: string }

export type RuleType = RuleKind['type']

/** metadata-action's DefaultPriorities. */
export const DEFAULT_PRIORITY: Readonly<Record<RuleType, number>> = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
}

export const OWN_ATTRIBUTES: Readonly<Record<RuleType, readonly string[]>> = {
  schedule: ['pattern'],
  semver: ['pattern', 'value', 'match'],
  pep440: ['pattern', 'value', 'match'],
  match: ['pattern', 'group', 'value'],
  ref: ['event'],
  sha: ['format'],
  raw: ['value'],
  edge: ['branch'],
}

export const isRuleType = (type: string): type is RuleType => Object.hasOwn(OWN_ATTRIBUTES, type)

type Get = (name: string) => string | undefined

export function ruleKind(type: RuleType, get: Get): RuleKind {
  switch (type) {
    case 'schedule':
      return { type, pattern: checked(get('pattern') ?? 'nightly', DATE_EXPRESSIONS) }
    case 'semver':
    case 'pep440':
      return versionKind(type, get)
    case 'match': {
      const pattern = required(get('pattern'), 'pattern', type)
      const group = get('group') ?? '0'
      if (!/^\d+$/.test(group)) throw new Error(`group=${group}: expected a capture group number`)
      const value = checked(get('value') ?? '', GLOBAL_EXPRESSIONS)
      return { type, pattern, regex: matchRegex(pattern), group: Number(group), value }
    }
    case 'ref': {
      const event = required(get('event'), 'event', type)
      if (event !== 'branch' && event !== 'tag' && event !== 'pr') {
        throw new Error(`event=${event}: expected branch, tag or pr`)
      }
      return { type, event }
    }
    case 'sha': {
      const format = get('format') ?? 'short'
      if (format !== 'short' && format !== 'long') throw new Error(`format=${format}: expected short or long`)
      return { type, format }
    }
    case 'raw':
      return { type, value: checked(required(get('value'), 'value', type), GLOBAL_EXPRESSIONS) }
    case 'edge':
      return { type, branch: get('branch') ?? '' }
  }
}

function versionKind(type: 'semver' | 'pep440', get: Get): RuleKind {
  const pattern = checked(required(get('pattern'), 'pattern', type), VERSION_EXPRESSIONS)
  if (!pattern.includes('{{')) {
    throw new Error(`pattern=${pattern} has no expression; write e.g. pattern={{version}} or pattern=v{{major}}`)
  }
  const value = checked(get('value') ?? '', GLOBAL_EXPRESSIONS)
  const match = get('match')
  if (match === undefined || match === '') return { type, pattern, value }
  const regex = compile(match, '', 'match')
  if (captureGroups(regex) < 1) {
    throw new Error(`match=${match} has no capture group; the version is taken from group 1, e.g. match=v(.*)`)
  }
  return { type, pattern, value, match: regex }
}

/** `type=match,pattern=`: `/source/flags` or a bare source, as metadata-action reads it. */
function matchRegex(pattern: string): RegExp {
  const literal = /^\/(.+)\/(.*)$/.exec(pattern)
  return literal ? compile(literal[1] ?? '', literal[2] ?? '', 'pattern') : compile(pattern, '', 'pattern')
}

function compile(source: string, flags: string, attribute: string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (e) {
    throw new Error(`${attribute}=${source}: not a valid regular expression (${(e as Error).message})`)
  }
}

function captureGroups(re: RegExp): number {
  return (new RegExp(`${re.source}|`).exec('')?.length ?? 1) - 1
}

function required(value: string | undefined, name: string, type: RuleType): string {
  if (value === undefined || value === '') throw new Error(`type=${type} needs ${name}=`)
  return value
}

function checked(template: string, specs: ExpressionSpecs): string {
  checkTemplate(template, specs)
  return template
}
