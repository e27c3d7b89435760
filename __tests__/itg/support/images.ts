import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUSYBOX_DIR, DOCKER_HOST } from './paths.js'

/** Environment for docker commands in tests: the private daemon. */
export function dockerEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { ...(process.env as Record<string, string>), DOCKER_HOST: process.env.DOCKER_HOST ?? DOCKER_HOST, ...extra }
}

/**
 * Builds and pushes a busybox base image (linux/amd64 + linux/arm64) made FROM scratch with Debian's static
 * busybox, since no image can be pulled here. Returns the reference. `attest`: with provenance attestations in its
 * index, as the images on Docker Hub have.
 */
export function pushBaseImage(registryHost: string, repository = 'base/busybox', tag = '1', attest = false): string {
  const ctx = mkdtempSync(join(tmpdir(), 'mp-base-'))
  try {
    for (const arch of ['amd64', 'arm64']) cpSync(join(BUSYBOX_DIR, arch), join(ctx, arch), { recursive: true })
    cpSync(join(process.cwd(), 'examples', 'busybox-base', 'Dockerfile'), join(ctx, 'Dockerfile'))
    const ref = `${registryHost}/${repository}:${tag}`
    execFileSync(
      'docker',
      [
        'buildx',
        'build',
        '--builder',
        'default',
        '--network',
        'host',
        '--platform',
        'linux/amd64,linux/arm64',
        attest ? '--provenance=mode=max' : '--provenance=false',
        '-t',
        ref,
        '--push',
        ctx,
      ],
      { env: dockerEnv(), stdio: ['ignore', 'ignore', 'pipe'] },
    )
    return ref
  } finally {
    rmSync(ctx, { recursive: true, force: true })
  }
}
