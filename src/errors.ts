/** A bad input: names the input and what was expected. Raised before anything runs or is pushed. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`input '${input}': ${message}`)
    this.name = 'InputError'
  }
}

/** Renders anything thrown as a one-line message (non-Error throws included). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message
  return typeof e === 'string' ? e : JSON.stringify(e)
}

/**
 * After every promise has settled: throws the reason of the first rejected one, in the order given (work started
 * at once, reported as if it had run in that order).
 */
export function throwFirstRejection(settled: readonly PromiseSettledResult<unknown>[]): void {
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (failed) throw failed.reason
}

/** For the default branch of a switch that handles every case: a new case that is not handled fails `tsc`. */
export function unreachable(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`)
}
