// The Actions cache service emulator: one implementation, shared with the benchmark (scripts/lib/gha-cache.mjs).
export { GHA_CACHE_SERVER, startGhaCache } from '../../../scripts/lib/gha-cache.mjs'
export type { GhaCache } from '../../../scripts/lib/gha-cache.mjs'

/** Runs fn with these variables set in process.env (where @actions/cache reads them, at call time), then restores. */
export async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
  const apply = (v: Record<string, string | undefined>) => {
    for (const [k, value] of Object.entries(v)) {
      // process.env cannot be replaced by a copy without the key: the variable has to be removed from it
      if (value === undefined) Reflect.deleteProperty(process.env, k)
      else process.env[k] = value
    }
  }
  apply(vars)
  try {
    return await fn()
  } finally {
    apply(saved)
  }
}
