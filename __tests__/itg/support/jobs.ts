/**
 * Jobs of a workflow run as the tests stage them: the results service's environment for the job (the artifact
 * handoff, and the cache through it), the run attempt, and the runner's OS and tools.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ResultsService } from './results-service.js'

export interface JobOptions {
  attempt?: number
  /** RUNNER_OS: Linux, Windows, macOS. */
  os?: string
  /** RUNNER_ARCH: X64, ARM64. */
  arch?: string
  /** PATH of the job's steps (default: this process's). */
  path?: string
}

/** The environment of job `job` of workflow run `run`. Give each attempt's job its own name, as GitHub does. */
export function jobEnv(service: ResultsService, run: string, job: string, o: JobOptions = {}): Record<string, string> {
  const attempt = o.attempt ?? 1
  return {
    ...service.jobEnv(run, `${job}#${String(attempt)}`),
    GITHUB_RUN_ID: String(Math.abs(hash(run))),
    GITHUB_RUN_ATTEMPT: String(attempt),
    GITHUB_REPOSITORY: 'acme/app',
    RUNNER_OS: o.os ?? 'Linux',
    RUNNER_ARCH: o.arch ?? 'X64',
    ...(o.path === undefined ? {} : { PATH: o.path }),
  }
}

function hash(s: string): number {
  let h = 7
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0
  return h
}

/** A PATH with only these programs (symlinked from this machine's PATH): e.g. docker, and no zstd. */
export function pathWithOnly(tools: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mp-path-'))
  for (const t of tools) {
    const where = execFileSync('sh', ['-c', `command -v ${t}`])
      .toString()
      .trim()
    symlinkSync(where, join(dir, t))
  }
  return dir
}

/** Whether a program is on a PATH. */
export function onPath(tool: string, path: string): boolean {
  try {
    execFileSync('/bin/sh', ['-c', `command -v ${tool}`], { env: { PATH: path }, stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
