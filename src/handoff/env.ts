/** Builds the cache handoff store from a job's environment (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT). */
import { cacheServiceFrom } from '../buildx/cache.js'
import { CacheHandoffStore, HandoffError, type CacheFunctions, type HandoffFiles } from './store.js'

/** Relative to the workspace (the action's working directory), so the cache version matches on every runner. */
export const HANDOFF_DIR = '.multiarch-publish-handoff'

export function handoffStoreFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  cache: CacheFunctions,
  files: HandoffFiles,
  info?: (message: string) => void,
): CacheHandoffStore {
  const runId = env.GITHUB_RUN_ID
  const runAttempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1')
  if (!runId) throw new HandoffError('GITHUB_RUN_ID is not set: the cache handoff works inside a workflow run only')
  if (!cacheServiceFrom(env).available) {
    throw new HandoffError(
      'the Actions cache service is not available to this step (ACTIONS_RUNTIME_TOKEN and the cache URL are not set)',
    )
  }
  return new CacheHandoffStore({ cache, files, run: { runId, runAttempt }, dir: HANDOFF_DIR, info })
}
