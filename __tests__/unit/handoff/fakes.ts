import type { CacheFunctions, HandoffFiles } from '../../../src/handoff/store.js'

/** Files in memory. */
export function memoryFiles(): HandoffFiles & { files: Map<string, string> } {
  const files = new Map<string, string>()
  return {
    files,
    mkdir: async () => undefined,
    writeFile: async (path, data) => {
      files.set(path, data)
    },
    readFile: async (path) => {
      const text = files.get(path)
      if (text === undefined) throw new Error(`ENOENT: ${path}`)
      return text
    },
    rm: async (path) => {
      files.delete(path)
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
    async saveCache(paths, key) {
      if (entries.some((e) => e.key === key)) return -1
      entries.push({ key, paths: paths.join('|'), content: paths.map((p) => files.get(p) ?? '') })
      return entries.length
    },
    async restoreCache(paths, primaryKey, restoreKeys = []) {
      lookups.push([primaryKey, ...restoreKeys])
      const version = entries.filter((e) => e.paths === paths.join('|'))
      const hit =
        version.find((e) => e.key === primaryKey) ??
        [primaryKey, ...restoreKeys].map((k) => version.filter((e) => e.key.startsWith(k)).at(-1)).find(Boolean)
      if (!hit) return undefined
      paths.forEach((p, i) => files.set(p, hit.content[i] ?? ''))
      return hit.key
    },
  }
}
