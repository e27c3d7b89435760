/**
 * Expands the ARGs in one word of a FROM line (its image or its --platform value) the way BuildKit's shell lexer
 * does for the forms Dockerfiles use: `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`,
 * `${NAME+word}`, quotes and the escape character. A form it does not know (`${NAME#pattern}`, `${NAME:?msg}`, ...)
 * is reported, never guessed. Pure.
 */

/**
 * The variables in scope: a string is a value, `null` a variable that is declared but whose value this analysis
 * cannot know; a name that is absent is unset.
 */
export type Scope = ReadonlyMap<string, string | null>

export type Expansion =
  | { ok: true; value: string }
  /** A variable without a value was used as is; `unknown`: its value is beyond this analysis (see Scope). */
  | { ok: false; variable: string; unknown: boolean }
  | { ok: false; unsupported: string }

type Failure = Exclude<Expansion, { ok: true }>

/** Unwinds the lexer at the first word it cannot expand; caught in expandWord, never seen outside. */
class Stop extends Error {
  constructor(readonly failure: Failure) {
    super('expansion stopped')
  }
}

const isNameStart = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_'
const isNameChar = (c: string): boolean => isNameStart(c) || (c >= '0' && c <= '9')

class Lexer {
  private pos = 0

  constructor(
    private readonly text: string,
    private readonly escape: string,
    private readonly scope: Scope,
  ) {}

  /** Reads until the end, or until an unquoted `stop` character (left unread). */
  word(stop?: string): string {
    let out = ''
    for (;;) {
      const c = this.text[this.pos]
      if (c === undefined || c === stop) return out
      this.pos++
      if (c === this.escape) out += this.text[this.pos++] ?? ''
      else if (c === "'") out += this.until("'")
      else if (c === '"') out += this.doubleQuoted()
      else if (c === '$') out += this.variable()
      else out += c
    }
  }

  private until(end: string): string {
    const close = this.text.indexOf(end, this.pos)
    if (close < 0) throw new Stop({ ok: false, unsupported: `unterminated quote in '${this.text}'` })
    const out = this.text.slice(this.pos, close)
    this.pos = close + 1
    return out
  }

  private doubleQuoted(): string {
    let out = ''
    for (;;) {
      const c = this.text[this.pos++]
      if (c === undefined) throw new Stop({ ok: false, unsupported: `unterminated quote in '${this.text}'` })
      if (c === '"') return out
      if (c === this.escape) out += this.text[this.pos++] ?? ''
      else if (c === '$') out += this.variable()
      else out += c
    }
  }

  private name(): string {
    const start = this.pos
    while (isNameChar(this.text[this.pos] ?? '')) this.pos++
    return this.text.slice(start, this.pos)
  }

  /** After a `$`. */
  private variable(): string {
    if (this.text[this.pos] !== '{') {
      if (!isNameStart(this.text[this.pos] ?? '')) return '$'
      return this.lookUp(this.name())
    }
    this.pos++
    const name = this.name()
    if (name === '') throw new Stop({ ok: false, unsupported: `'\${${this.text.slice(this.pos)}' in '${this.text}'` })
    if (this.text[this.pos] === '}') {
      this.pos++
      return this.lookUp(name)
    }
    const colon = this.text[this.pos] === ':'
    if (colon) this.pos++
    const op = this.text[this.pos] ?? ''
    if (op !== '-' && op !== '+') {
      throw new Stop({ ok: false, unsupported: `the form '\${${name}${colon ? ':' : ''}${op}...}' in '${this.text}'` })
    }
    this.pos++
    const alternative = this.word('}')
    if (this.text[this.pos] !== '}')
      throw new Stop({ ok: false, unsupported: `unterminated '\${${name}' in '${this.text}'` })
    this.pos++
    const value = this.scope.get(name)
    if (value === null) throw new Stop({ ok: false, variable: name, unknown: true })
    const set = value !== undefined && (!colon || value !== '')
    if (op === '-') return set ? value : alternative
    return set ? alternative : ''
  }

  private lookUp(name: string): string {
    const value = this.scope.get(name)
    if (value === undefined || value === null) throw new Stop({ ok: false, variable: name, unknown: value === null })
    return value
  }
}

/** Expands one word; `escape` is the Dockerfile's escape character (`\` unless a directive changes it). */
export function expandWord(text: string, scope: Scope, escape = '\\'): Expansion {
  try {
    return { ok: true, value: new Lexer(text, escape, scope).word() }
  } catch (e) {
    if (e instanceof Stop) return e.failure
    throw e
  }
}
