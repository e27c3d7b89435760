/** Reading single inputs with validation; every error names the input and what was expected. */
import { InputError } from '../errors.js'
import { keyValue, lines } from './lists.js'

export type InputGetter = (name: string) => string

export function oneOf<T extends string>(get: InputGetter, name: string, allowed: readonly T[], fallback: T): T {
  const v = get(name).trim() || fallback
  if (!(allowed as readonly string[]).includes(v)) {
    throw new InputError(name, `expected one of ${allowed.join(', ')}, got '${v}'`)
  }
  return v as T
}

export function bool(get: InputGetter, name: string, fallback: boolean): boolean {
  const v = get(name).trim().toLowerCase()
  if (v === '') return fallback
  if (v === 'true') return true
  if (v === 'false') return false
  throw new InputError(name, `expected true or false, got '${v}'`)
}

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
