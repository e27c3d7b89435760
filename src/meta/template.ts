/**
 * The small expression language of metadata-action's attributes: `{{name}}` and `{{name 'argument'}}`
 * (single or double quotes). Nothing else of Handlebars is supported; an unknown name is an error rather than
 * an empty string, so a typo cannot silently produce a wrong tag. Pure.
 */

export type Segment = { text: string } | { name: string; arg?: string }

/** A value for each name; `arg` is the quoted argument, if any. */
export type TemplateVars = Record<string, (arg: string | undefined) => string>

export class TemplateError extends Error {}

const EXPRESSION = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(?:'([^']*)'|"([^"]*)"))?\s*$/

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
    const inner = rest.slice(open + 2, close)
    const m = EXPRESSION.exec(inner)
    if (!m) throw new TemplateError(`cannot read expression '{{${inner}}}' in '${template}'`)
    const arg = m[2] ?? m[3]
    segments.push(arg === undefined ? { name: m[1] as string } : { name: m[1] as string, arg })
    rest = rest.slice(close + 2)
  }
  if (rest.length > 0) segments.push({ text: rest })
  return segments
}

/** Throws TemplateError if the template is malformed or uses a name outside `names`. */
export function checkTemplate(template: string, names: readonly string[]): void {
  for (const s of parseTemplate(template)) {
    if ('name' in s && !names.includes(s.name)) {
      throw new TemplateError(`unknown expression '{{${s.name}}}' (known here: ${names.join(', ')})`)
    }
  }
}

export function renderTemplate(template: string, vars: TemplateVars): string {
  return parseTemplate(template)
    .map((s) => {
      if ('text' in s) return s.text
      const fn = vars[s.name]
      if (!fn) throw new TemplateError(`unknown expression '{{${s.name}}}'`)
      return fn(s.arg)
    })
    .join('')
}
