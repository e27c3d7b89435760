/** Builds the artifact handoff store from a job's environment (the results service, GITHUB_RUN_ATTEMPT). */
import { ArtifactHandoffStore, HandoffError, type ArtifactFunctions, type HandoffFiles } from './store.js'

export function handoffStoreFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  artifacts: ArtifactFunctions,
  files: HandoffFiles,
  opts: { handoffId: string; tempRoot: string; info?: (message: string) => void },
): ArtifactHandoffStore {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1')
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new HandoffError(`GITHUB_RUN_ATTEMPT is '${env.GITHUB_RUN_ATTEMPT ?? ''}', not a positive integer`)
  }
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    throw new HandoffError(
      'the Actions artifact service is not available to this step (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set): the handoff between legs and merge works inside a workflow run only; outside one, give the merge `digests`',
    )
  }
  return new ArtifactHandoffStore({ artifacts, files, attempt, ...opts })
}
