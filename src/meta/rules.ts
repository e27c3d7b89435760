/**
 * The `tags` input: docker/metadata-action's rules, one per line (`type=semver,pattern={{version}}`), or plain
 * tags (`latest`, `v1`, also comma-separated). Parsed into typed rules sorted by priority, highest first, as
 * metadata-action's src/tag.ts does. Every error names the input and the line. Pure.
 */
import { InputError } from '../errors.js'
import { parseReference } from '../oci/reference.js'
import { checkTemplate, GLOBAL_EXPRESSIONS } from './expressions.js'
import { numberedLines } from '../text/lines.js'
import { splitAttribute, splitFields } from './fields.js'
import { DEFAULT_PRIORITY, isRuleType, OWN_ATTRIBUTES, ruleKind, type RuleKind, type RuleType } from './rule-kinds.js'

export { DEFAULT_PRIORITY, type RefEvent, type RuleKind, type RuleType } from './rule-kinds.js'
export { GLOBAL_EXPRESSIONS } from './expressions.js'

interface RuleBase {
  /** 1-based line of the input, for error messages. */
  line: number
  /** 'true' or 'false' after expressions are rendered. */
  enable: string
  priority: number
  prefix?: string
  suffix?: string
}

export type Rule = RuleBase & RuleKind

/** metadata-action's default when `tags` is empty. */
export const DEFAULT_RULES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr']

const COMMON_ATTRIBUTES = ['enable', 'priority', 'prefix', 'suffix']

/** Parses the `tags` input (metadata-action's defaults when it is blank). Throws InputError naming the line. */
export function parseRules(text: string, input = 'tags'): Rule[] {
  const lines = numberedLines(text)
  const source = lines.length > 0 ? lines : DEFAULT_RULES.map((t, i) => ({ line: i + 1, text: t }))
  const rules = source.flatMap(({ line, text }) => {
    try {
      return parseLine(text, line, input)
    } catch (e) {
      if (e instanceof InputError) throw e
      throw new InputError(input, `line ${String(line)} '${text}': ${(e as Error).message}`)
    }
  })
  return rules.sort((a, b) => b.priority - a.priority)
}

function parseLine(text: string, line: number, input: string): Rule[] {
  const fields = splitFields(text)
  if (fields.every((f) => splitAttribute(f)[0] === undefined)) {
    return fields.map((value) => build('raw', new Map([['value', value]]), line, input, text))
  }
  const attrs = new Map<string, string>()
  for (const field of fields) {
    const [key, value] = splitAttribute(field)
    const name = key ?? 'value'
    if (attrs.has(name)) throw new Error(`attribute '${name}' given twice`)
    attrs.set(name, value)
  }
  const type = attrs.get('type') ?? 'raw'
  if (!isRuleType(type)) {
    throw new Error(`unknown rule type '${type}' (supported: ${Object.keys(OWN_ATTRIBUTES).join(', ')})`)
  }
  attrs.delete('type')
  return [build(type, attrs, line, input, text)]
}

function build(type: RuleType, attrs: Map<string, string>, line: number, input: string, text: string): Rule {
  const allowed = [...OWN_ATTRIBUTES[type], ...COMMON_ATTRIBUTES]
  for (const key of attrs.keys()) {
    if (!allowed.includes(key))
      throw new Error(`unknown attribute '${key}' for type=${type} (allowed: ${allowed.join(', ')})`)
  }
  const get = (k: string) => attrs.get(k)
  const base: RuleBase = { line, enable: get('enable') ?? 'true', priority: priority(get('priority'), type) }
  const prefix = get('prefix')
  if (prefix !== undefined) base.prefix = prefix
  else if (type === 'sha') base.prefix = 'sha-'
  else if (type === 'ref' && get('event') === 'pr') base.prefix = 'pr-'
  const suffix = get('suffix')
  if (suffix !== undefined) base.suffix = suffix
  for (const t of [base.enable, base.prefix, base.suffix]) if (t !== undefined) checkTemplate(t, GLOBAL_EXPRESSIONS)
  const kind = ruleKind(type, get)
  if (kind.type === 'raw') rejectImageReference(kind.value, line, input, text)
  return { ...base, ...kind }
}

function priority(value: string | undefined, type: RuleType): number {
  if (value === undefined) return DEFAULT_PRIORITY[type]
  if (!/^-?\d+$/.test(value)) throw new Error(`priority=${value}: expected an integer`)
  return Number(value)
}

/**
 * build-push-action's `tags` takes whole references (`user/app:1.0`); here that would silently become the tag
 * `user-app-1.0`. A value with a tag or digest, or a registry host, is refused.
 */
function rejectImageReference(value: string, line: number, input: string, text: string): void {
  if (value.includes('{{') || !/[:@]|^[^/]*[.:][^/]*\/|^localhost\//.test(value)) return
  let ref: ReturnType<typeof parseReference>
  try {
    ref = parseReference(value)
  } catch {
    return
  }
  const repository = value.replace(/@.*$/, '').replace(/:[^:/]*$/, '')
  const tags = ref.tag ?? (ref.digest ? '' : 'latest')
  throw new InputError(
    input,
    `line ${String(line)} '${text}': '${value}' is an image reference, not a tag. '${input}' holds tag names or ` +
      `rules (e.g. ${tags || 'latest'}, type=semver,pattern={{version}}); the repository goes in 'images' ` +
      `(images: ${repository}${tags ? `, ${input}: ${tags}` : ''})`,
  )
}
