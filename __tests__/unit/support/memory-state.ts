import type { PostState, StateStore } from '../../../src/state.js'

/** A state store in memory, for tests (the post step reads what main saved). */
export function memoryState(): StateStore & { current: PostState } {
  const store = {
    current: { tempDirs: [] } as PostState,
    save(state: PostState) {
      store.current = JSON.parse(JSON.stringify(state)) as PostState
    },
    load: () => store.current,
  }
  return store
}
