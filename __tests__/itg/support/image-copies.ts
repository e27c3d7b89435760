/**
 * Copies of the real BuildKit and binfmt images (../shared/images, in global-setup's registry) that no daemon holds
 * yet: each gets a label of its own, so a new config blob and new digests. A pull of a copy really fetches from
 * the registry (the layers the daemon shares with other copies aside), and once its last tag is removed the daemon
 * drops that config again, as on a fresh runner.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { dockerEnv } from './images.js'
import type { TestImages } from './test-images.js'

/** Copies `from` to `to` (another registry or tag) with the label mp.test.copy=`label`; returns the new digest. */
export function labelledCopy(from: string, to: string, label: string): string {
  execFileSync('crane', ['mutate', '--insecure', '--label', `mp.test.copy=${label}`, from, '-t', to], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return execFileSync('crane', ['digest', '--insecure', to]).toString().trim()
}

/** Both images copied into `registryHost` under `<prefix>/buildkit` and `<prefix>/binfmt`, with labels of their own. */
export function imageCopies(source: TestImages, registryHost: string, prefix: string): TestImages {
  const label = `${prefix}-${process.pid}-${Date.now()}`
  const copies = {
    buildkit: `${registryHost}/${prefix}/buildkit:buildx-stable-1`,
    binfmt: `${registryHost}/${prefix}/binfmt:latest`,
  }
  labelledCopy(source.buildkit, copies.buildkit, label)
  labelledCopy(source.binfmt, copies.binfmt, label)
  return copies
}

/** The same references through another host (a proxy in front of the registry). */
export function viaHost(images: TestImages, host: string): TestImages {
  const swap = (ref: string) => ref.replace(/^[^/]+/, host)
  return { buildkit: swap(images.buildkit), binfmt: swap(images.binfmt) }
}

/** Removes these tags from the daemon (a fresh runner has none of them); a tag it does not have is fine. */
export function removeFromDaemon(...refs: string[]): void {
  for (const ref of refs) {
    const res = spawnSync('docker', ['image', 'rm', ref], { env: dockerEnv() })
    if (res.status !== 0 && !/No such image/i.test(res.stderr.toString())) {
      throw new Error(`docker image rm ${ref}: ${res.stderr.toString()}`)
    }
  }
}

/** The image ID the daemon has under this tag, undefined when it has none. */
/** The names the daemon gives the image (`RepoTags` and `RepoDigests`). */
export function imageNames(ref: string): { tags: string[]; digests: string[] } {
  const res = spawnSync('docker', ['image', 'inspect', '--format', '{{json .RepoTags}} {{json .RepoDigests}}', ref], {
    env: dockerEnv(),
  })
  if (res.status !== 0) throw new Error(`docker image inspect ${ref}: ${res.stderr.toString()}`)
  const [tags, digests] = res.stdout.toString().trim().split(' ')
  return { tags: JSON.parse(tags ?? '[]') as string[], digests: JSON.parse(digests ?? '[]') as string[] }
}

export function imageId(ref: string): string | undefined {
  const res = spawnSync('docker', ['image', 'inspect', '--format', '{{.Id}}', ref], { env: dockerEnv() })
  return res.status === 0 ? res.stdout.toString().trim() : undefined
}
