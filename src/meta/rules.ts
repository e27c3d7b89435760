/**
 * The `tags` input: docker/metadata-action's rules, one per line (`type=semver,pattern={{version}}`), or plain
 * tags (`latest`, `v1`). Parsed into typed rules sorted by priority, highest first. Pure.
 */
import { InputError } from '../errors.js'
import { numberedLines } from '../text/lines.js'
import { splitAttribute, splitFields } from './fields.js'
import { checkTemplate, TemplateError } from './template.js'

export type RefEvent = 'branch' | 'tag' | 'pr'

interface RuleBase {
  /** 1-based line of the input, for error messages. */
  line: number
  /** 'true' or 'false' after expressions are rendered. */
  enable: string
  priority: number
  prefix?: string
  suffix?: string
}

/** What each rule type carries besides the common attributes. */
export type RuleKind =
  | { type: 'schedule'; pattern: string }
  | { type: 'semver'; pattern: string; value: string }
  | { type: 'ref'; event: RefEvent }
  | { type: 'sha'; format: 'short' | 'long' }
  | { type: 'raw'; value: string }
  | { type: 'edge'; branch: string }

export type Rule = RuleBase & RuleKind

export type RuleType = Rule['type']

export const DEFAULT_PRIORITY: Record<RuleType, number> = {
  schedule: 1000,
  semver: 900,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
}

/** metadata-action's default when `tags` is empty. */
export const DEFAULT_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr']

const OWN_ATTRIBUTES: Record<RuleType, string[]> = {
  schedule: ['pattern'],
  semver: ['pattern', 'value'],
  ref: ['event'],
  sha: ['format'],
  raw: ['value'],
  edge: ['branch'],
}
const COMMON_ATTRIBUTES = ['enable', 'priority', 'prefix', 'suffix']

/** Expressions usable in value, prefix, suffix and enable. */
export const GLOBAL_EXPRESSIONS = ['branch', 'tag', 'sha', 'base_ref', 'is_default_branch', 'date']
export const SEMVER_EXPRESSIONS = ['version', 'major', 'minor', 'patch', 'raw']

/** Parses the `tags` input (metadata-action's defaults when it is blank). Throws InputError naming the line. */
export function parseRules(text: string, input = 'tags'): Rule[] {
  const lines = numberedLines(text)
  const source = lines.length > 0 ? lines : DEFAULT_RULES.map((t, i) => ({ line: i + 1, text: t }))
  const rules = source.flatMap(({ line, text }) => {
    try {
      return parseLine(text, line)
    } catch (e) {
      if (e instanceof InputError) throw e
      throw new InputError(input, `line ${line} '${text}': ${(e as Error).message}`)
    }
  })
  return rules.sort((a, b) => b.priority - a.priority)
}

function parseLine(text: string, line: number): Rule[] {
  const fields = splitFields(text)
  if (fields.every((f) => !f.includes('='))) {
    return fields.map((value) => build('raw', new Map([['value', value]]), line))
  }
  const attrs = new Map<string, string>()
  for (const field of fields) {
    const [key, value] = splitAttribute(field)
    const name = key ?? 'value'
    if (attrs.has(name)) throw new Error(`attribute '${name}' given twice`)
    attrs.set(name, value)
  }
  const type = attrs.get('type') ?? 'raw'
  if (!(type in OWN_ATTRIBUTES)) {
    throw new Error(`unknown rule type '${type}' (supported: ${Object.keys(OWN_ATTRIBUTES).join(', ')})`)
  }
  attrs.delete('type')
  return [build(type as RuleType, attrs, line)]
}

function build(type: RuleType, attrs: Map<string, string>, line: number): Rule {
  const allowed = [...OWN_ATTRIBUTES[type], ...COMMON_ATTRIBUTES]
  for (const key of attrs.keys()) {
    if (!allowed.includes(key))
      throw new Error(`unknown attribute '${key}' for type=${type} (allowed: ${allowed.join(', ')})`)
  }
  const get = (k: string) => attrs.get(k)
  const base: RuleBase = { line, enable: get('enable') ?? 'true', priority: priority(get('priority'), type) }
  if (attrs.has('prefix')) base.prefix = get('prefix')
  else if (type === 'sha') base.prefix = 'sha-'
  else if (type === 'ref' && get('event') === 'pr') base.prefix = 'pr-'
  if (attrs.has('suffix')) base.suffix = get('suffix')
  for (const t of [base.enable, base.prefix, base.suffix]) if (t !== undefined) check(t, GLOBAL_EXPRESSIONS)
  return { ...base, ...typed(type, get) }
}

function typed(type: RuleType, get: (k: string) => string | undefined): RuleKind {
  switch (type) {
    case 'schedule': {
      const pattern = get('pattern') ?? 'nightly'
      check(pattern, GLOBAL_EXPRESSIONS)
      return { type, pattern }
    }
    case 'semver': {
      const pattern = required(get('pattern'), 'pattern', type)
      check(pattern, SEMVER_EXPRESSIONS)
      const value = get('value') ?? ''
      check(value, GLOBAL_EXPRESSIONS)
      return { type, pattern, value }
    }
    case 'ref': {
      const event = required(get('event'), 'event', type)
      if (!['branch', 'tag', 'pr'].includes(event)) throw new Error(`event=${event}: expected branch, tag or pr`)
      return { type, event: event as RefEvent }
    }
    case 'sha': {
      const format = get('format') ?? 'short'
      if (format !== 'short' && format !== 'long') throw new Error(`format=${format}: expected short or long`)
      return { type, format }
    }
    case 'raw': {
      const value = required(get('value'), 'value', type)
      check(value, GLOBAL_EXPRESSIONS)
      return { type, value }
    }
    case 'edge':
      return { type, branch: get('branch') ?? '' }
  }
}

function required(value: string | undefined, name: string, type: RuleType): string {
  if (value === undefined || value === '') throw new Error(`type=${type} needs ${name}=`)
  return value
}

function priority(value: string | undefined, type: RuleType): number {
  if (value === undefined) return DEFAULT_PRIORITY[type]
  if (!/^-?\d+$/.test(value)) throw new Error(`priority=${value}: expected an integer`)
  return Number(value)
}

function check(template: string, names: readonly string[]): void {
  try {
    checkTemplate(template, names)
  } catch (e) {
    throw new Error((e as TemplateError).message)
  }
}
