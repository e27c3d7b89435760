/** Reading what a gha-cached build did: buildx's plain progress, the echoed command line, the emulator's entries. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from '@jest/globals'
import { crane, exampleCopy } from './action.js'
import { buildSteps } from '../../../src/buildx/progress.js'

export { buildSteps }

/**
 * A copy of examples/hello whose every step has cache keys no other build shares: unique hello.txt content (the
 * COPY step), and a unique ENV right after FROM (the RUN steps, which come before the COPY). The daemon, and so
 * its local build cache, is shared with every other suite running at the same time; without the ENV, another
 * build of the example on the same base image can put its RUN steps in the local cache between our prune and
 * our build, and a step would show CACHED without any gha import.
 */
export function uniqueExampleCopy(name: string): string {
  const nonce = `${name}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`
  const dir = exampleCopy(`hello from ${nonce}`)
  const dockerfile = join(dir, 'Dockerfile')
  const text = readFileSync(dockerfile, 'utf8')
  if (!/^FROM .*$/m.test(text)) throw new Error(`no FROM line in ${dockerfile}`)
  writeFileSync(
    dockerfile,
    text.replace(/^FROM .*$/m, (from) => `${from}\nENV MP_CACHE_TEST_NONCE=${nonce}`),
  )
  return dir
}

/** The `docker buildx build` command line that @actions/exec echoed (`[command]... buildx build ...`). */
export function buildxCommandLine(stdout: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith('[command]') && l.includes(' buildx build '))
  if (!line) throw new Error(`no echoed 'docker buildx build' command line in:\n${stdout}`)
  return line
}

/** The values of one repeated flag on that command line (`--cache-to X --cache-to Y` -> [X, Y]). */
export function flagValues(commandLine: string, flag: string): string[] {
  const words = commandLine.split(' ')
  return words.flatMap((w, i) => (w === flag && i + 1 < words.length ? [words[i + 1] as string] : []))
}

/** The RUN steps, as `linux/arm64 2/4` -> cached? (sorted by title, for a stable comparison). */
export function runSteps(log: string): Record<string, boolean> {
  const out: Record<string, boolean> = {}
  for (const s of buildSteps(log)) {
    const m = /^\[(\S+ \d+\/\d+)\] RUN /.exec(s.title)
    if (m) out[m[1] as string] = s.cached
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)))
}

/** Asserts which RUN steps were CACHED; on a mismatch, the failure carries the build's log, to see why. */
export function expectRunSteps(stdout: string, expected: Record<string, boolean>): void {
  try {
    expect(runSteps(stdout)).toEqual(expected)
  } catch (e) {
    const log = /::group::Building[^\n]*\n([\s\S]*?)::endgroup::/.exec(stdout)?.[1] ?? stdout
    ;(e as Error).message += `\n\nThe build's log:\n${log}`
    throw e
  }
}

export interface CacheEntry {
  scope: string
  cacheKey: string
  cacheVersion: string
  creationTime: string
}

/**
 * The emulator's committed entries whose key starts with `keyPrefix`, through its v1 listing
 * (`GET _apis/artifactcache/caches?key=`, answered for v2 entries too: one store). BuildKit's gha cache keeps
 * one `buildkit-blob-1-sha256:...` entry per layer and one `index-<scope>-...` entry per export.
 */
export async function cacheEntries(env: Record<string, string>, keyPrefix = ''): Promise<CacheEntry[]> {
  const url = `${env.ACTIONS_CACHE_URL}_apis/artifactcache/caches?key=${encodeURIComponent(keyPrefix)}`
  const res = await fetch(url, { headers: { authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN}` } })
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`)
  const body = (await res.json()) as { totalCount: number; artifactCaches: CacheEntry[] }
  return body.artifactCaches
}

/** Drops every `created` timestamp (config, history, the OCI `created` label and annotation). */
function withoutTimestamps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimestamps)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'created' && k !== 'org.opencontainers.image.created')
        .map(([k, v]) => [k, withoutTimestamps(v)]),
    )
  }
  return value
}

/** A platform image as the registry serves it: its layer digests, and its config with the timestamps left out. */
export function imageContent(ref: string): { layers: string[]; config: unknown } {
  const manifest = JSON.parse(crane('manifest', ref)) as { layers: { digest: string }[] }
  return {
    layers: manifest.layers.map((l) => l.digest),
    config: withoutTimestamps(JSON.parse(crane('config', ref))),
  }
}
