/**
 * List inputs as docker/build-push-action reads them (`Util.getInputList` of docker/actions-toolkit, on csv-parse):
 * the whole value is CSV, so a `"quoted"` field may hold commas and newlines (`""` is a quote), and a quote inside
 * an unquoted field is kept as it is. Pure.
 */

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
    this.name = 'CsvError'
  }
}

export interface CsvRecord {
  /** 1-based line of the input the record starts on (for error messages). */
  line: number
  fields: string[]
  /** Which fields were quoted (their content is kept as written). */
  quoted: boolean[]
}

/**
 * The records of a CSV text: one per line outside quotes. Blank lines and lines starting with `#` are dropped, as
 * the project's other multi-line inputs drop them.
 */
export function csvRecords(text: string): CsvRecord[] {
  const out: CsvRecord[] = []
  let line = 1
  let i = 0
  while (i < text.length) {
    const start = line
    const fields: string[] = []
    const quoted: boolean[] = []
    let field = ''
    let isQuoted = false
    let atFieldStart = true
    let ended = false
    while (i < text.length && !ended) {
      const c = text[i] as string
      if (atFieldStart && c === '"') {
        isQuoted = true
        atFieldStart = false
        i++
        let closed = false
        while (i < text.length) {
          const q = text[i] as string
          if (q === '"' && text[i + 1] === '"') {
            field += '"'
            i += 2
          } else if (q === '"') {
            i++
            closed = true
            break
          } else {
            if (q === '\n') line++
            field += q
            i++
          }
        }
        if (!closed) throw new CsvError(start, 'a quoted value is not closed (a " is missing)')
        continue
      }
      atFieldStart = false
      if (c === ',') {
        fields.push(field)
        quoted.push(isQuoted)
        field = ''
        isQuoted = false
        atFieldStart = true
      } else if (c === '\n') {
        ended = true
        line++
      } else if (c !== '\r' || text[i + 1] !== '\n') {
        field += c
      }
      i++
    }
    fields.push(field)
    quoted.push(isQuoted)
    const blank = fields.length === 1 && !quoted[0] && (fields[0] as string).trim() === ''
    const comment = !quoted[0] && (fields[0] as string).trimStart().startsWith('#')
    if (!blank && !comment) out.push({ line: start, fields, quoted })
  }
  return out
}

export interface ListItem {
  line: number
  value: string
}

/**
 * Items of a list input: `ignoreComma` (build-args, secrets, outputs, ...) keeps each record whole (its fields
 * joined with commas again); otherwise (platforms, ssh, allow, ...) every comma separates items. Items are trimmed
 * and empty ones dropped, as the toolkit does.
 */
export function listItems(text: string, opts: { ignoreComma: boolean }): ListItem[] {
  const out: ListItem[] = []
  for (const r of csvRecords(text)) {
    const values = opts.ignoreComma
      ? [r.fields.join(',')]
      : r.fields.length === 1
        ? (r.fields[0] as string).split(',')
        : r.fields
    for (const v of values) {
      const value = v.trim()
      if (value !== '') out.push({ line: r.line, value })
    }
  }
  return out
}
