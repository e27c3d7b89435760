import type { CacheFunctions, HandoffFiles } from '../../../src/handoff/store.js'

/** Files in memory. */
export function memoryFiles(): HandoffFiles & { files: Map<string, string> } {
  const files = new Map<string, string>()
  return {
    files,
    mkdir: () => Promise.resolve(undefined),
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
      files.delete(path)
      return Promise.resolve()
    },
  }
}

/**
 * A cache with the service's semantics: entries keyed by (key, paths); exact key first, then the newest entry
 * whose key starts with a restore key; a second save of a key is refused (-1, as @actions/cache returns).
 */
export function memoryCache(files: Map<string, string>): CacheFunctions & {
  entries: { key: string; paths: string; content: string[] }[]
  lookups: string[][]
} {
  const entries: { key: string; paths: string; content: string[] }[] = []
  const lookups: string[][] = []
  return {
    entries,
    lookups,
    saveCache(paths, key) {
      if (entries.some((e) => e.key === key)) return Promise.resolve(-1)
      entries.push({ key, paths: paths.join('|'), content: paths.map((p) => files.get(p) ?? '') })
      return Promise.resolve(entries.length)
    },
    restoreCache(paths, primaryKey, restoreKeys = []) {
      lookups.push([primaryKey, ...restoreKeys])
      const version = entries.filter((e) => e.paths === paths.join('|'))
      const hit =
        version.find((e) => e.key === primaryKey) ??
        [primaryKey, ...restoreKeys].map((k) => version.filter((e) => e.key.startsWith(k)).at(-1)).find(Boolean)
      if (!hit) return Promise.resolve(undefined)
      paths.forEach((p, i) => files.set(p, hit.content[i] ?? ''))
      return Promise.resolve(hit.key)
    },
  }
}
