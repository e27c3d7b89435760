import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LegResult } from '../../src/handoff/names.js'
import type { LegSource } from '../../src/handoff/store.js'
import { memoryLog } from '../unit/support/memory-log.js'
import { platforms } from '../unit/support/platforms.js'
import { runMerge } from '../../src/modes/merge/run.js'
import { RegistryClient } from '../../src/oci/client.js'
import { parseReference } from '../../src/oci/reference.js'
import { parseDigest, type Digest, type ImageIndex } from '../../src/oci/types.js'
import { pushFromLayout } from '../../src/publish/layout.js'
import { dockerEnv } from './support/images.js'
import { startRegistry, type Registry } from './support/registry.js'
import { itgSkipReason } from './support/tools.js'
import { stopStarted } from './support/teardown.js'

const skip = itgSkipReason(['docker', 'docker-registry', 'crane'])
const d = skip ? describe.skip : describe

/** The part of buildx's metadata file this test reads. */
interface BuildMetadata {
  'containerimage.digest': string
}

/**
 * Builds one platform FROM scratch and pushes it by digest only, as a leg does. The docker driver refuses
 * `push-by-digest=true` ("not implemented for docker driver"), so, like the action's leg on that driver, buildx
 * writes an OCI layout and the manifest is pushed from it by digest, untagged.
 */
async function pushLeg(client: RegistryClient, image: string, platform: string, dir: string): Promise<Digest> {
  const ctx = mkdtempSync(join(dir, 'ctx-'))
  writeFileSync(join(ctx, 'hello.txt'), `hello from ${platform}\n`)
  writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n')
  const metadata = join(ctx, 'metadata.json')
  const layout = join(ctx, 'layout')
  execFileSync(
    'docker',
    [
      ...['buildx', 'build', '--builder', 'default', '--network', 'host', '--platform', platform],
      ...['--output', `type=oci,tar=false,dest=${layout}`, '--metadata-file', metadata, ctx],
    ],
    { env: dockerEnv(), stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const digest = parseDigest((JSON.parse(readFileSync(metadata, 'utf8')) as BuildMetadata)['containerimage.digest'])
  const top = (JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as ImageIndex).manifests[0]
  expect(top?.digest).toBe(digest)
  await pushFromLayout(client, layout, parseReference(image), digest, top?.mediaType ?? '')
  return digest
}

function crane(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('crane', [...args, '--insecure'], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

function handedOff(legs: LegResult[]): LegSource {
  return {
    load(platforms) {
      const found = legs.filter((l) => platforms.includes(l.platform))
      const missing = platforms.filter((p) => !found.some((l) => l.platform === p))
      return Promise.resolve({ found, missing, unexpected: [], elsewhere: [] })
    },
  }
}

d('merge against a real registry, legs pushed by digest with buildx', () => {
  let reg: Registry
  let dir: string
  let legs: LegResult[]
  const client = new RegistryClient()
  beforeAll(async () => {
    reg = await startRegistry()
    dir = mkdtempSync(join(tmpdir(), 'mp-merge-'))
    const image = `${reg.host}/app/legs`
    legs = []
    for (const platform of platforms('linux/amd64', 'linux/arm64')) {
      legs.push({ image, platform, digest: await pushLeg(client, image, platform, dir) })
    }
  })
  afterAll(async () => {
    client.close()
    await stopStarted(reg)
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('pushes one index holding exactly both legs, under every tag of both images', async () => {
    const [amd, arm] = legs as [LegResult, LegResult]
    expect(amd.digest).not.toBe(arm.digest)
    // pushed by digest, untagged (Distribution answers NAME_UNKNOWN for a repository without tags)
    expect(crane('ls', `${reg.host}/app/legs`).stderr).toContain('NAME_UNKNOWN')
    expect(crane('digest', `${reg.host}/app/legs@${arm.digest}`).stdout.trim()).toBe(arm.digest)
    const images = [`${reg.host}/app/legs`, `${reg.host}/app/copy`]
    const result = await runMerge(
      { images, tags: ['v1', 'latest'], platforms: platforms('linux/amd64', 'linux/arm64') },
      { legs: handedOff(legs), registry: client, log: memoryLog() },
    )
    expect(result.platforms).toEqual(['linux/amd64', 'linux/arm64'])
    expect(result.platformDigests).toEqual({ 'linux/amd64': amd.digest, 'linux/arm64': arm.digest })
    expect(result.image).toBe(`${images[0]}@${result.digest}`)

    for (const image of images) {
      for (const tag of ['v1', 'latest']) {
        expect(crane('digest', `${image}:${tag}`).stdout.trim()).toBe(result.digest)
        const index = JSON.parse(crane('manifest', `${image}:${tag}`).stdout) as {
          manifests: { digest: string; platform: { os: string; architecture: string } }[]
        }
        expect(index.manifests.map((m) => [`${m.platform.os}/${m.platform.architecture}`, m.digest])).toEqual([
          ['linux/amd64', amd.digest],
          ['linux/arm64', arm.digest],
        ])
      }
      // the leg images (and their blobs) were made present in the other repository
      expect(crane('config', `${image}@${arm.digest}`).stdout).toContain('"architecture":"arm64"')
    }
  })

  it('with one leg missing, fails naming it and pushes nothing', async () => {
    const images = [`${reg.host}/app/legs`, `${reg.host}/app/never`]
    const run = runMerge(
      { images, tags: ['v2'], platforms: platforms('linux/amd64', 'linux/arm64', 'linux/arm/v7'), handoffId: 'legs' },
      { legs: handedOff(legs), registry: client, log: memoryLog() },
    )
    await expect(run).rejects.toThrow(
      "input 'platforms': expected linux/amd64, linux/arm64, linux/arm/v7, which differ",
    )
    const tag = crane('manifest', `${images[0]}:v2`)
    expect(tag.status).not.toBe(0)
    expect(tag.stderr).toContain('MANIFEST_UNKNOWN')
    const never = crane('ls', images[1] as string)
    expect(never.status).not.toBe(0)
    expect(never.stderr).toContain('NAME_UNKNOWN')
  })
})
