import { STATE_KEY } from './post-state.js'
import { getState, workflow } from './workflow/commands.js'

/** What the post step needs to clean up. */
export interface PostState {
  /** A builder this action created and must remove. */
  builder?: string
  /** Its driver: a docker-container builder's container and volume are removed directly. */
  builderDriver?: 'docker-container' | 'docker' | 'remote'
  /** Local tags the action added to an image (the builder's, see localBuilderImage), removed after the builder. */
  untag?: string[]
  /** Temporary directories to remove (buildkitd config, OCI layout, metadata, docker config). */
  tempDirs: string[]
  /** DOCKER_HOST etc. the builder was created with, so the post step talks to the same daemon. */
  dockerEnv?: Record<string, string>
}

export interface StateStore {
  save(state: PostState): void
  load(): PostState
}

/** State through the runner's GITHUB_STATE (main) and STATE_* variables (post). */
export const actionsState: StateStore = {
  save: (state) => {
    workflow.saveState(STATE_KEY, JSON.stringify(state))
  },
  load: () => {
    const text = getState(process.env, STATE_KEY)
    return text ? (JSON.parse(text) as PostState) : { tempDirs: [] }
  },
}
