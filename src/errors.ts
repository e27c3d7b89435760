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

/** For the default branch of a switch that handles every case: a new case that is not handled fails `tsc`. */
export function unreachable(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`)
}
