/**
 * `value`, which the test expects to be there; a failure naming `what` when it is not (where `value!` would only
 * defer the failure to a TypeError further on).
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}, got ${String(value)}`)
  return value
}
