export const GHA_CACHE_SERVER: string
export interface GhaCache {
  /** The environment a job step gets on GitHub: ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN... */
  env: Record<string, string>
  stop(): Promise<void>
}
/** Starts the emulator on a free loopback port, with its store in a fresh temporary directory. */
export function startGhaCache(args?: readonly string[]): Promise<GhaCache>
