/**
 * The leg -> merge handoff through the GitHub Actions cache: each leg saves one small JSON file under its own key,
 * the merge restores one per expected platform. The cache functions and the file system are injected.
 */
import { join } from 'node:path'
import { errorMessage } from '../errors.js'
import { parsePlatform, type Platform } from '../oci/platform.js'
import { parseDigest } from '../oci/types.js'
import { attemptOfKey, legFileName, legKey, mergeLookupKeys, type LegResult, type RunIdentity } from './keys.js'

export type { LegResult } from './keys.js'

export interface HandoffStore {
  save(entry: LegResult): Promise<void>
  load(image: string, platforms: Platform[]): Promise<{ found: LegResult[]; missing: Platform[] }>
}

/** The two functions of `@actions/cache` the store needs (their signatures, reduced). */
export interface CacheFunctions {
  saveCache(paths: string[], key: string): Promise<number>
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>
}

/** The file operations the store needs; `node:fs/promises` fits. */
export interface HandoffFiles {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  writeFile(path: string, data: string): Promise<void>
  readFile(path: string, encoding: 'utf8'): Promise<string>
  rm(path: string, options: { force: true }): Promise<void>
}

export interface CacheHandoffOptions {
  cache: CacheFunctions
  files: HandoffFiles
  run: RunIdentity
  /**
   * Where the handoff files live. The cache versions an entry by this path as written, so legs and merge must
   * use the same string: a path relative to the workspace (the default in the action) holds on any runner.
   */
  dir: string
  /** Told which attempt each restored entry came from. */
  info?: (message: string) => void
}

export class HandoffError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'HandoffError'
  }
}

export class CacheHandoffStore implements HandoffStore {
  constructor(private readonly opts: CacheHandoffOptions) {}

  async save(entry: LegResult): Promise<void> {
    const { cache, files, run, dir } = this.opts
    const key = legKey(entry.image, run, entry.platform)
    const file = join(dir, legFileName(entry.platform))
    await files.mkdir(dir, { recursive: true })
    await files.writeFile(file, JSON.stringify(entry))
    try {
      const id = await cache.saveCache([file], key)
      // @actions/cache warns and returns -1 instead of throwing when the service refuses the entry
      if (!(id >= 0)) throw new HandoffError(`the Actions cache did not save '${key}' (see the warning above)`)
    } finally {
      await files.rm(file, { force: true })
    }
  }

  async load(image: string, platforms: Platform[]): Promise<{ found: LegResult[]; missing: Platform[] }> {
    const found: LegResult[] = []
    const missing: Platform[] = []
    for (const platform of platforms) {
      const entry = await this.loadOne(image, platform)
      if (entry) found.push(entry)
      else missing.push(platform)
    }
    return { found, missing }
  }

  private async loadOne(image: string, platform: Platform): Promise<LegResult | undefined> {
    const { cache, files, run, dir } = this.opts
    const file = join(dir, legFileName(platform))
    const [primary, ...restoreKeys] = mergeLookupKeys(image, run, platform)
    await files.rm(file, { force: true })
    const matched = await cache.restoreCache([file], primary, restoreKeys)
    if (matched === undefined) return undefined
    try {
      const entry = parseEntry(await files.readFile(file, 'utf8'), matched)
      if (entry.image !== image || entry.platform !== platform) {
        throw new HandoffError(
          `cache entry '${matched}' holds ${entry.image} ${entry.platform}, not ${image} ${platform}`,
        )
      }
      this.opts.info?.(`${platform}: ${entry.digest} (from run attempt ${attemptOfKey(matched) ?? '?'})`)
      return entry
    } finally {
      await files.rm(file, { force: true })
    }
  }
}

/** Parses and checks a handoff file. */
export function parseEntry(text: string, key: string): LegResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new HandoffError(`cache entry '${key}' is not JSON`)
  }
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>
  const { image, platform, digest } = o
  if (typeof image !== 'string' || typeof platform !== 'string' || typeof digest !== 'string') {
    throw new HandoffError(`cache entry '${key}' lacks image, platform or digest`)
  }
  try {
    return { image, platform: parsePlatform(platform), digest: parseDigest(digest) }
  } catch (e) {
    throw new HandoffError(`cache entry '${key}': ${errorMessage(e)}`)
  }
}
