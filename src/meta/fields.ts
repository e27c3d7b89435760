/** Splitting of metadata-action style lines: `key=value,key=value`. Pure. */

/**
 * Splits on commas that are outside double quotes and outside `{{ }}`; quotes outside `{{ }}` are removed
 * and fields trimmed.
 * Throws on an unterminated quote.
 */
export function splitFields(line: string): string[] {
  const fields: string[] = []
  let cur = ''
  let quoted = false
  let depth = 0
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string
    if (!quoted && line.startsWith('{{', i)) depth++
    else if (!quoted && depth > 0 && line.startsWith('}}', i)) depth--
    else if (c === '"' && depth === 0) {
      quoted = !quoted
      continue
    }
    if (c === ',' && !quoted && depth === 0) {
      fields.push(cur.trim())
      cur = ''
    } else cur += c
  }
  if (quoted) throw new Error('unterminated double quote')
  fields.push(cur.trim())
  return fields.filter((f) => f !== '')
}

/**
 * `key=value` -> [key lower-cased, value]; a field without `=` -> [undefined, field]. An `=` inside `{{ }}`
 * (`{{date 'YYYY' tz='UTC'}}`) does not make a key.
 */
export function splitAttribute(field: string): [string | undefined, string] {
  const eq = field.indexOf('=')
  const open = field.indexOf('{{')
  if (eq < 0 || (open >= 0 && open < eq)) return [undefined, field]
  return [field.slice(0, eq).trim().toLowerCase(), field.slice(eq + 1).trim()]
}
