/**
 * GitHub Actions expressions (docs.github.com: "Evaluate expressions in workflows and actions"), the subset the
 * reusable workflow uses, evaluated the way the runner does, so that a test can run .github/workflows/publish.yml
 * as written: literals (null, true, false, numbers, 'strings' with '' for a quote), contexts and property access
 * (`inputs.build-args`, `needs.plan.outputs['matrix']`, `github.event.pull_request.number`), `!`, `==`, `!=`,
 * `<`, `<=`, `>`, `>=`, `&&`, `||` (both give an operand, not a boolean), parentheses, and the functions
 * contains, startsWith, endsWith, format, join, toJSON, fromJSON, success, always, failure, cancelled.
 * Comparisons coerce as GitHub does (to numbers when the types differ; strings ignore case). Anything else (an
 * unknown function, `hashFiles`, object filters `.*`) is an error: a test never silently evaluates what it cannot.
 */

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value }
export type Contexts = Record<string, Value>

export class ExpressionError extends Error {
  constructor(expr: string, message: string) {
    super(`\${{ ${expr} }}: ${message}`)
    this.name = 'ExpressionError'
  }
}

type Token =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'id'; value: string }
  | { kind: 'op'; value: string }

const OPS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', '.', ',']

function tokenize(expr: string): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < expr.length) {
    const c = expr[i] ?? ''
    if (/\s/.test(c)) {
      i++
    } else if (c === "'") {
      let s = ''
      for (i++; ; i++) {
        if (i >= expr.length) throw new ExpressionError(expr, 'unterminated string')
        if (expr[i] === "'") {
          if (expr[i + 1] === "'") {
            s += "'"
            i++
          } else break
        } else s += expr[i] ?? ''
      }
      i++
      out.push({ kind: 'str', value: s })
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(expr[i + 1] ?? ''))) {
      const m = /^-?(0x[0-9a-f]+|\d+(\.\d+)?(e[+-]?\d+)?)/i.exec(expr.slice(i)) as RegExpExecArray
      out.push({ kind: 'num', value: Number(m[0]) })
      i += m[0].length
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(expr.slice(i)) as RegExpExecArray
      out.push({ kind: 'id', value: m[0] })
      i += m[0].length
    } else {
      const op = OPS.find((o) => expr.startsWith(o, i))
      if (!op) throw new ExpressionError(expr, `unexpected '${c}' at ${String(i)}`)
      out.push({ kind: 'op', value: op })
      i += op.length
    }
  }
  return out
}

type Node =
  | { t: 'lit'; v: Value }
  | { t: 'ctx'; name: string }
  | { t: 'get'; obj: Node; key: Node }
  | { t: 'not'; x: Node }
  | { t: 'bin'; op: string; a: Node; b: Node }
  | { t: 'call'; fn: string; args: Node[] }

/** Recursive descent, lowest precedence first: || < && < == != < < <= > >= < ! < property access. */
function parse(expr: string): Node {
  const tokens = tokenize(expr)
  let p = 0
  const peek = () => tokens[p]
  const isOp = (v: string) => {
    const t = peek()
    return t?.kind === 'op' && t.value === v
  }
  const expect = (v: string) => {
    if (!isOp(v)) throw new ExpressionError(expr, `expected '${v}'`)
    p++
  }
  const binary = (ops: string[], next: () => Node) => (): Node => {
    let a = next()
    for (let t = peek(); t?.kind === 'op' && ops.includes(t.value); t = peek()) {
      p++
      a = { t: 'bin', op: t.value, a, b: next() }
    }
    return a
  }
  const primary = (): Node => {
    const t = peek()
    if (!t) throw new ExpressionError(expr, 'unexpected end')
    p++
    if (t.kind === 'num' || t.kind === 'str') return { t: 'lit', v: t.value }
    if (t.kind === 'op' && t.value === '(') {
      const inner = or()
      expect(')')
      return inner
    }
    if (t.kind === 'op' && t.value === '!') return { t: 'not', x: postfix(primary()) }
    if (t.kind !== 'id') throw new ExpressionError(expr, `unexpected '${t.value}'`)
    if (t.value === 'true' || t.value === 'false') return { t: 'lit', v: t.value === 'true' }
    if (t.value === 'null') return { t: 'lit', v: null }
    if (isOp('(')) {
      p++
      const args: Node[] = []
      while (!isOp(')')) {
        args.push(or())
        if (!isOp(')')) expect(',')
      }
      p++
      return { t: 'call', fn: t.value, args }
    }
    return { t: 'ctx', name: t.value }
  }
  const postfix = (node: Node): Node => {
    for (;;) {
      if (isOp('.')) {
        p++
        const t = peek()
        if (t?.kind !== 'id') throw new ExpressionError(expr, "expected a property name after '.'")
        p++
        node = { t: 'get', obj: node, key: { t: 'lit', v: t.value } }
      } else if (isOp('[')) {
        p++
        const key = or()
        expect(']')
        node = { t: 'get', obj: node, key }
      } else return node
    }
  }
  const unary = (): Node => postfix(primary())
  const compare = binary(['<', '<=', '>', '>='], unary)
  const equality = binary(['==', '!='], compare)
  const and = binary(['&&'], equality)
  const or: () => Node = binary(['||'], and)
  const node = or()
  if (p !== tokens.length) throw new ExpressionError(expr, `unexpected '${String(peek()?.value)}'`)
  return node
}

export function truthy(v: Value): boolean {
  return !(v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)))
}

function toNumber(v: Value): number {
  if (v === null) return 0
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'number') return v
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v)
  return NaN
}

/** GitHub's loose equality: same type compares directly (strings ignore case), else both as numbers. */
function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    if (typeof a === typeof b && typeof a !== 'object') return a === b
    if ((typeof a === 'object' && a !== null) || (typeof b === 'object' && b !== null)) return a === b
    return toNumber(a) === toNumber(b)
  }
  return a === b // objects and arrays: by reference
}

function compareValues(op: string, a: Value, b: Value): boolean {
  const [x, y] =
    typeof a === 'string' && typeof b === 'string' ? [a.toLowerCase(), b.toLowerCase()] : [toNumber(a), toNumber(b)]
  if (op === '<') return x < y
  if (op === '<=') return x <= y
  if (op === '>') return x > y
  return x >= y
}

/** A value as text, where an expression is part of a string (`${{ x }}`): null is empty, objects are errors. */
export function toText(v: Value, expr = ''): string {
  if (v === null) return ''
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return String(v)
  throw new ExpressionError(expr, 'an object or array cannot be part of a string (use toJSON)')
}

function call(expr: string, fn: string, args: Value[]): Value {
  const arity = (n: number, m = n) => {
    if (args.length < n || args.length > m) throw new ExpressionError(expr, `${fn} takes ${String(n)} argument(s)`)
  }
  const str = (v: Value) => (typeof v === 'object' && v !== null ? toJSON(v) : toText(v, expr))
  switch (fn.toLowerCase()) {
    case 'contains': {
      arity(2)
      const [search = null, item = null] = args
      if (Array.isArray(search)) return search.some((x) => equal(x, item))
      return str(search).toLowerCase().includes(str(item).toLowerCase())
    }
    case 'startswith':
      arity(2)
      return str(args[0] ?? null)
        .toLowerCase()
        .startsWith(str(args[1] ?? null).toLowerCase())
    case 'endswith':
      arity(2)
      return str(args[0] ?? null)
        .toLowerCase()
        .endsWith(str(args[1] ?? null).toLowerCase())
    case 'format': {
      if (args.length < 1) throw new ExpressionError(expr, 'format takes a format string')
      const [f, ...rest] = args
      return str(f ?? null).replace(/\{\{|\}\}|\{(\d+)\}/g, (m, n: string | undefined) => {
        if (m === '{{') return '{'
        if (m === '}}') return '}'
        const i = Number(n)
        if (i >= rest.length) throw new ExpressionError(expr, `format has no argument {${String(i)}}`)
        return str(rest[i] ?? null)
      })
    }
    case 'join': {
      arity(1, 2)
      const sep = args.length > 1 ? str(args[1] ?? null) : ','
      const a = args[0] ?? null
      return Array.isArray(a) ? a.map(str).join(sep) : str(a)
    }
    case 'tojson':
      arity(1)
      return toJSON(args[0] ?? null)
    case 'fromjson': {
      arity(1)
      const text = str(args[0] ?? null)
      try {
        return JSON.parse(text) as Value
      } catch {
        throw new ExpressionError(expr, `fromJSON: not JSON: ${text}`)
      }
    }
    case 'success':
    case 'always':
      arity(0)
      return true
    case 'failure':
    case 'cancelled':
      arity(0)
      return false
    default:
      throw new ExpressionError(expr, `unknown or unsupported function ${fn}()`)
  }
}

function toJSON(v: Value): string {
  return JSON.stringify(v, null, 2)
}

function evalNode(expr: string, n: Node, ctx: Contexts): Value {
  switch (n.t) {
    case 'lit':
      return n.v
    case 'ctx': {
      const name = Object.keys(ctx).find((k) => k.toLowerCase() === n.name.toLowerCase())
      if (name === undefined) throw new ExpressionError(expr, `unknown context '${n.name}'`)
      return ctx[name] ?? null
    }
    case 'get': {
      const obj = evalNode(expr, n.obj, ctx)
      const key = evalNode(expr, n.key, ctx)
      if (Array.isArray(obj)) return typeof key === 'number' ? (obj[key] ?? null) : null
      if (obj === null || typeof obj !== 'object') return null
      // property names ignore case, as GitHub's do
      const name = Object.keys(obj).find((k) => k.toLowerCase() === toText(key, expr).toLowerCase())
      return name === undefined ? null : (obj[name] ?? null)
    }
    case 'not':
      return !truthy(evalNode(expr, n.x, ctx))
    case 'bin': {
      const a = evalNode(expr, n.a, ctx)
      if (n.op === '&&') return truthy(a) ? evalNode(expr, n.b, ctx) : a
      if (n.op === '||') return truthy(a) ? a : evalNode(expr, n.b, ctx)
      const b = evalNode(expr, n.b, ctx)
      if (n.op === '==') return equal(a, b)
      if (n.op === '!=') return !equal(a, b)
      return compareValues(n.op, a, b)
    }
    case 'call':
      return call(
        expr,
        n.fn,
        n.args.map((x) => evalNode(expr, x, ctx)),
      )
  }
}

/** Evaluates one expression (the text inside `${{ }}`). */
export function evaluate(expr: string, ctx: Contexts): Value {
  return evalNode(expr, parse(expr), ctx)
}

const TEMPLATE = /\$\{\{(.*?)\}\}/gs

/**
 * A workflow value with `${{ }}` in it: a value that is one expression alone gives the expression's value (a
 * matrix from fromJSON stays an object); otherwise each expression's text replaces it.
 */
export function evaluateTemplate(text: string, ctx: Contexts): Value {
  const whole = /^\s*\$\{\{(.*?)\}\}\s*$/s.exec(text)
  if (whole && !/\}\}[\s\S]*\$\{\{/.test(text)) return evaluate(whole[1] ?? '', ctx)
  return text.replace(TEMPLATE, (_, expr: string) => toText(evaluate(expr, ctx), expr))
}

/** An `if:` condition: with or without `${{ }}`, truthy or not. */
export function evaluateCondition(text: string, ctx: Contexts): boolean {
  const t = text.trim()
  return truthy(t.includes('${{') ? evaluateTemplate(t, ctx) : evaluate(t, ctx))
}
