// The BuildKit and binfmt images the action pulls by default on a GitHub runner, kept as `docker save` archives in
// <repo>/../shared/images (built from their upstream sources: no container registry can be reached here), pushed
// into a throwaway registry with skopeo (no daemon needed). Used by the integration tests' global setup, the
// QEMU-ordering experiment and the benchmark. Types: test-images.d.mts.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** shared/ beside the repository (a clone in CI has it beside itself too); MULTIARCH_PUBLISH_SHARED overrides. */
export const SHARED_DIR = resolve(process.env.MULTIARCH_PUBLISH_SHARED ?? join(REPO_DIR, '..', 'shared'))
export const IMAGES_DIR = join(SHARED_DIR, 'images')

/** Which archive stands for which image, and the repository:tag it gets in the test registry. */
export const TEST_IMAGES = {
  buildkit: { archive: /^moby-buildkit-.*\.tar$/, name: 'moby/buildkit:buildx-stable-1' },
  binfmt: { archive: /^tonistiigi-binfmt-.*\.tar$/, name: 'tonistiigi/binfmt:latest' },
}

/** The archive file for each image; throws naming what is missing. */
export function findArchives(dir = IMAGES_DIR) {
  if (!existsSync(dir)) throw new Error(`test images: no folder ${dir} (shared/images beside the repository)`)
  const files = readdirSync(dir)
  const out = {}
  for (const [key, { archive }] of Object.entries(TEST_IMAGES)) {
    const found = files.filter((f) => archive.test(f))
    if (found.length !== 1) {
      throw new Error(`test images: expected one file matching ${archive} in ${dir}, found ${found.length}`)
    }
    out[key] = join(dir, found[0])
  }
  return out
}

function skopeoCopy(archive, ref) {
  const args = ['copy', '--quiet', '--dest-tls-verify=false', `docker-archive:${archive}`, `docker://${ref}`]
  return new Promise((resolvePromise, reject) => {
    const child = spawn('skopeo', args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (b) => (stderr += b))
    child.once('error', reject)
    child.once('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`skopeo ${args.join(' ')} exited with ${code}: ${stderr}`)),
    )
  })
}

/** Pushes both images into the registry at host (plain HTTP); returns { buildkit, binfmt } references. */
export async function pushTestImages(registryHost, dir = IMAGES_DIR) {
  const archives = findArchives(dir)
  const refs = {}
  await Promise.all(
    Object.entries(TEST_IMAGES).map(async ([key, { name }]) => {
      refs[key] = `${registryHost}/${name}`
      await skopeoCopy(archives[key], refs[key])
    }),
  )
  return refs
}
