/**
 * Reading single inputs with validation; every error names the input and what was expected.
 * Defaults live in action.yml only: the runner passes them for every input the user did not write, so a blank
 * value here means the user wrote it blank (`platforms: ''`, or an empty matrix value). For an input whose
 * action.yml default is not blank, that is an error, never a silent fall back.
 */
import { InputError } from '../errors.js'
import { keyValue, lines } from '../text/lines.js'

export type InputGetter = (name: string) => string

/** The trimmed value of an input that action.yml gives a default; blank is an error. */
export function required(get: InputGetter, name: string, expected: string): string {
  const v = get(name).trim()
  if (v === '') throw new InputError(name, `expected ${expected}, got an empty value`)
  return v
}

export function oneOf<T extends string>(get: InputGetter, name: string, allowed: readonly T[]): T {
  const v = required(get, name, `one of ${allowed.join(', ')}`)
  if (!(allowed as readonly string[]).includes(v)) {
    throw new InputError(name, `expected one of ${allowed.join(', ')}, got '${v}'`)
  }
  return v as T
}

export function bool(get: InputGetter, name: string): boolean {
  const v = required(get, name, 'true or false').toLowerCase()
  if (v === 'true') return true
  if (v === 'false') return false
  throw new InputError(name, `expected true or false, got '${v}'`)
}

/** An input whose action.yml default is blank: undefined when blank. */
export function optional(get: InputGetter, name: string): string | undefined {
  const v = get(name).trim()
  return v === '' ? undefined : v
}

export function keyValueLines(get: InputGetter, name: string): string[] {
  return lines(get(name)).map((l, i) => {
    if (!keyValue(l)) throw new InputError(name, `line ${i + 1}: expected KEY=VALUE, got '${l}'`)
    return l
  })
}

/** An integer within [min, max] (an input that action.yml gives a default). */
export function integer(get: InputGetter, name: string, min: number, max: number): number {
  const v = required(get, name, `an integer from ${min} to ${max}`)
  const n = /^\d+$/.test(v) ? Number(v) : NaN
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new InputError(name, `expected an integer from ${min} to ${max}, got '${v}'`)
  }
  return n
}
