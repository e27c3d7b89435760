/**
 * The small expression language of metadata-action's attributes, a subset of Handlebars:
 * `{{name}}`, `{{name 'argument'}}` and `{{name 'argument' key='value'}}` (single or double quotes). An unknown
 * name is an error rather than an empty string, so a typo cannot silently produce a wrong tag. Pure.
 */

export interface Expression {
  name: string
  /** Quoted positional arguments. */
  args: string[]
  /** `key='value'` arguments. */
  hash: Record<string, string>
}

export type Segment = { text: string } | { expr: Expression; source: string }

/** A value for each name. */
export type TemplateVars = Readonly<Record<string, ((expr: Expression) => string) | undefined>>

export class TemplateError extends Error {}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/
const QUOTED = /^(?:'([^']*)'|"([^"]*)")/
const HASH = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:'([^']*)'|"([^"]*)")/

/** Splits a template into literal text and expressions. Throws TemplateError on `{{` without `}}`. */
export function parseTemplate(template: string): Segment[] {
  const segments: Segment[] = []
  let rest = template
  for (;;) {
    const open = rest.indexOf('{{')
    if (open < 0) break
    const close = rest.indexOf('}}', open + 2)
    if (close < 0) throw new TemplateError(`unclosed '{{' in '${template}'`)
    if (open > 0) segments.push({ text: rest.slice(0, open) })
    const source = rest.slice(open, close + 2)
    segments.push({ expr: parseExpression(source.slice(2, -2), source), source })
    rest = rest.slice(close + 2)
  }
  if (rest.length > 0) segments.push({ text: rest })
  return segments
}

function parseExpression(inner: string, source: string): Expression {
  let rest = inner.trim()
  const name = NAME.exec(rest)?.[0]
  if (name === undefined) throw new TemplateError(`cannot read expression '${source}'`)
  const expr: Expression = { name, args: [], hash: {} }
  rest = rest.slice(name.length)
  while (rest !== '') {
    if (!/^\s/.test(rest)) throw new TemplateError(`cannot read expression '${source}'`)
    rest = rest.trimStart()
    const hash = HASH.exec(rest)
    const quoted = QUOTED.exec(rest)
    if (hash) {
      expr.hash[hash[1] ?? ''] = hash[2] ?? hash[3] ?? ''
      rest = rest.slice(hash[0].length)
    } else if (quoted) {
      expr.args.push(quoted[1] ?? quoted[2] ?? '')
      rest = rest.slice(quoted[0].length)
    } else {
      const word = /^\S+/.exec(rest)?.[0] ?? rest
      throw new TemplateError(`in '${source}': quote the argument '${word}' (e.g. {{${name} '${word}'}})`)
    }
  }
  return expr
}

export function renderTemplate(template: string, vars: TemplateVars): string {
  return parseTemplate(template)
    .map((s) => {
      if ('text' in s) return s.text
      const fn = vars[s.expr.name]
      if (!fn) throw new TemplateError(`unknown expression '${s.source}'`)
      return fn(s.expr)
    })
    .join('')
}

/** True when the template is one expression `{{name}}` and nothing else (metadata-action's isRawStatement). */
export function isOnly(template: string, name: string): boolean {
  try {
    const segments = parseTemplate(template)
    const only = segments[0]
    return segments.length === 1 && only !== undefined && 'expr' in only && only.expr.name === name
  } catch {
    return false
  }
}
