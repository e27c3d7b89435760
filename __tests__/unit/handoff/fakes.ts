import { basename, join } from 'node:path'
import type { ArtifactFunctions, HandoffFiles } from '../../../src/handoff/store.js'

/** Files in memory; mkdtemp gives d1, d2, ... under the prefix's directory. */
export function memoryFiles(): HandoffFiles & { files: Map<string, string>; dirs: Set<string> } {
  const files = new Map<string, string>()
  const dirs = new Set<string>()
  let n = 0
  return {
    files,
    dirs,
    mkdtemp: (prefix) => {
      const dir = `${prefix}d${String(++n)}`
      dirs.add(dir)
      return Promise.resolve(dir)
    },
    writeFile: (path, data) => {
      files.set(path, data)
      return Promise.resolve()
    },
    readFile: (path) => {
      const text = files.get(path)
      if (text === undefined) return Promise.reject(new Error(`ENOENT: ${path}`))
      return Promise.resolve(text)
    },
    rm: (path) => {
      dirs.delete(path)
      for (const f of [...files.keys()]) if (f === path || f.startsWith(`${path}/`)) files.delete(f)
      return Promise.resolve()
    },
  }
}

export interface StoredArtifact {
  id: number
  name: string
  /** file name (relative to the root directory) -> content */
  content: Map<string, string>
}

/**
 * Artifacts of one workflow run with the service's semantics: a name is unique in the run (a second upload is
 * refused with the service's 409), the list holds every attempt's artifacts, a download writes the files.
 */
export function memoryArtifacts(files: Map<string, string>): ArtifactFunctions & { artifacts: StoredArtifact[] } {
  const artifacts: StoredArtifact[] = []
  return {
    artifacts,
    uploadArtifact(name, paths, root) {
      if (artifacts.some((a) => a.name === name)) {
        return Promise.reject(
          new Error(
            'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
          ),
        )
      }
      const content = new Map(paths.map((p) => [p.slice(root.length + 1), files.get(p) ?? '']))
      const id = artifacts.length + 1
      artifacts.push({ id, name, content })
      return Promise.resolve({ id })
    },
    listArtifacts() {
      return Promise.resolve({ artifacts: artifacts.map((a) => ({ id: a.id, name: a.name })) })
    },
    downloadArtifact(id, options) {
      const a = artifacts.find((x) => x.id === id)
      if (!a) return Promise.reject(new Error(`No artifacts found for ID: ${String(id)}`))
      const dir = options?.path ?? '.'
      for (const [name, text] of a.content) files.set(join(dir, basename(name)), text)
      return Promise.resolve({ downloadPath: dir })
    },
  }
}
