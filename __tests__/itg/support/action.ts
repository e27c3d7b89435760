import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type ActionRun } from '../../../scripts/run-action.mjs'
import { dockerEnv } from './images.js'

export const EXAMPLE_DIR = join(process.cwd(), 'examples', 'hello')

/** A copy of the example context, so a test can change it. */
export function exampleCopy(extraLine = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'mp-example-'))
  cpSync(EXAMPLE_DIR, dir, { recursive: true })
  if (extraLine) writeFileSync(join(dir, 'hello.txt'), `hello\n${extraLine}\n`)
  return dir
}

/**
 * Runs the bundled action (main + post) as a runner does, against the private dockerd, with the docker driver
 * and host networking (the moby/buildkit image for docker-container cannot be pulled on this machine).
 */
export function runLocal(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  cwd: string = process.cwd(),
): Promise<ActionRun> {
  return runAction({
    inputs: { driver: 'docker', network: 'host', ...inputs },
    env: { DOCKER_HOST: dockerEnv().DOCKER_HOST as string, ...env },
    cwd,
    echo: !!process.env.MP_ECHO,
  })
}

export function crane(...args: string[]): string {
  return execFileSync('crane', [...args, '--insecure'], { stdio: ['ignore', 'pipe', 'pipe'] }).toString()
}

/** The file `path` of an image, read with crane (an independent client). */
export function fileInImage(ref: string, path: string): string {
  const tar = execFileSync('crane', ['export', '--insecure', ref, '-'], { maxBuffer: 64 << 20 })
  const dir = mkdtempSync(join(tmpdir(), 'mp-export-'))
  try {
    execFileSync('tar', ['-x', '-C', dir, path.replace(/^\//, '')], { input: tar })
    return execFileSync('cat', [`${dir}${path}`]).toString()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Empties the builder's local cache, so the next build can only be fast from an imported cache. */
export function pruneBuildCache(): void {
  execFileSync('docker', ['buildx', 'prune', '--all', '--force', '--builder', 'default'], {
    env: dockerEnv(),
    stdio: 'ignore',
  })
}

/** The `error` workflow commands a step printed (the annotations a user sees). */
export function errorAnnotations(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .map((l) => l.slice('::error::'.length))
}
