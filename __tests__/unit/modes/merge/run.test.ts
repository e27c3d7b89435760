import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../../src/errors.js'
import { explicitLegSource, type LegSource } from '../../../../src/handoff/explicit.js'
import type { LegResult } from '../../../../src/handoff/keys.js'
import { memoryLog } from '../../support/memory-log.js'
import { platformsInput } from '../../../../src/inputs/common.js'
import { MergeError, runMerge, type MergeRequest } from '../../../../src/modes/merge/run.js'
import { digestOf, type Digest } from '../../../../src/oci/types.js'
import { fakeRegistry, imageManifest } from '../../handoff/fake-registry.js'
import { platform, platforms } from '../../support/platforms.js'

const A = 'reg.example/app/a'
const B = 'other.example/app/b'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

/** Legs as the cache handoff would give them. */
function handedOff(legs: LegResult[]): LegSource & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    load(image, platforms) {
      asked.push(image)
      const found = legs.filter((l) => l.image === image && platforms.includes(l.platform))
      return Promise.resolve({ found, missing: platforms.filter((p) => !found.some((l) => l.platform === p)) })
    },
  }
}

function twoLegs() {
  const registry = fakeRegistry()
  const amd = registry.add(A, imageManifest('1'))
  const arm = registry.add(A, imageManifest('2'))
  const legs = handedOff([
    { image: A, platform: platform('linux/amd64'), digest: amd.digest },
    { image: A, platform: platform('linux/arm64'), digest: arm.digest },
  ])
  return { registry, amd, arm, legs, log: memoryLog() }
}

/** A merge request from the platforms as the `platforms` input lists them (none: an empty list). */
function request(r: { images: string[]; tags: string[]; platforms: string[] }): MergeRequest {
  return { ...r, platforms: r.platforms.length === 0 ? [] : platformsInput(() => r.platforms.join(',')) }
}

describe('runMerge', () => {
  it('composes one index from the legs and pushes it under every tag of every image', async () => {
    const { registry, amd, arm, legs, log } = twoLegs()
    const settings = { images: [A, B], tags: ['v1', 'latest'], platforms: platforms('linux/amd64', 'linux/aarch64') }
    const result = await runMerge(settings, { legs, registry, log })

    const expectedIndex = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: OCI_MANIFEST,
          digest: amd.digest,
          size: amd.size,
          platform: { os: 'linux', architecture: 'amd64' },
        },
        {
          mediaType: OCI_MANIFEST,
          digest: arm.digest,
          size: arm.size,
          platform: { os: 'linux', architecture: 'arm64' },
        },
      ],
    }
    const digest = digestOf(new TextEncoder().encode(JSON.stringify(expectedIndex)))
    expect(result).toEqual({
      digest,
      platforms: ['linux/amd64', 'linux/arm64'],
      platformDigests: { 'linux/amd64': amd.digest, 'linux/arm64': arm.digest },
      image: `${A}@${digest}`,
    })
    expect(legs.asked).toEqual([A])
    expect(registry.json(B, digest)).toEqual(expectedIndex)
    // the index goes to every image, by digest, before any tag moves
    expect(registry.writes).toEqual([
      `put ${A}@${digest}`,
      `copy ${A}@${amd.digest} -> ${B}`,
      `copy ${A}@${arm.digest} -> ${B}`,
      `put ${B}@${digest}`,
      `put ${A}:v1`,
      `put ${A}:latest`,
      `put ${B}:v1`,
      `put ${B}:latest`,
    ])
    for (const image of [A, B]) for (const tag of ['v1', 'latest']) expect(registry.tagOf(image, tag)).toBe(digest)
  })

  it('puts the annotations on the index', async () => {
    const { registry, legs, log } = twoLegs()
    const annotations = { 'org.opencontainers.image.source': 'https://github.com/o/app' }
    const { digest } = await runMerge(
      { images: [A], tags: ['v1'], platforms: platforms('linux/amd64', 'linux/arm64'), annotations },
      { legs, registry, log },
    )
    expect((registry.json(A, digest) as { annotations: unknown }).annotations).toEqual(annotations)
  })

  it('fails before writing anything when a leg is missing, naming its platform', async () => {
    const { registry, legs, log } = twoLegs()
    const settings = { images: [A], tags: ['v1'], platforms: platforms('linux/amd64', 'linux/arm64', 'linux/arm/v7') }
    await expect(runMerge(settings, { legs, registry, log })).rejects.toThrow(
      new MergeError(
        `no leg handed off linux/arm/v7 for ${A} (did those legs fail, or push another image?); nothing was pushed`,
      ),
    )
    expect(registry.writes).toEqual([])
  })

  it('takes the platform image and its attestation from a leg that pushed an index', async () => {
    const registry = fakeRegistry()
    const img = registry.add(A, imageManifest('1'))
    const other = registry.add(A, imageManifest('3'))
    const att = registry.add(A, imageManifest('2'))
    const attestation = {
      ...att,
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': img.digest },
    }
    const legIndex = registry.add(A, {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { ...img, platform: { os: 'linux', architecture: 'amd64' } },
        attestation,
        { ...other, platform: { os: 'linux', architecture: 's390x' } },
      ],
    })
    const legs = handedOff([{ image: A, platform: platform('linux/amd64'), digest: legIndex.digest }])
    const result = await runMerge(
      { images: [A], tags: [], platforms: platforms('linux/amd64') },
      { legs, registry, log: memoryLog() },
    )
    const { digest } = result
    expect(result.platforms).toEqual(['linux/amd64'])
    expect((registry.json(A, digest) as { manifests: { digest: Digest }[] }).manifests.map((m) => m.digest)).toEqual([
      img.digest,
      att.digest,
    ])
    expect(registry.writes).toEqual([`put ${A}@${digest}`])
  })

  it('refuses explicit digests that hold a platform nobody asked for, before writing', async () => {
    const registry = fakeRegistry()
    const one = registry.add(A, imageManifest('1'))
    const two = registry.add(A, imageManifest('2'))
    const idx = registry.add(A, {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { ...one, platform: { os: 'linux', architecture: 'amd64' } },
        { ...two, platform: { os: 'linux', architecture: 'riscv64' } },
      ],
    })
    const legs = explicitLegSource([{ image: A, digest: idx.digest }], registry)
    await expect(
      runMerge(
        { images: [A], tags: ['v1'], platforms: platforms('linux/amd64') },
        { legs, registry, log: memoryLog() },
      ),
    ).rejects.toThrow('the legs do not make the expected index: unexpected linux/riscv64')
    expect(registry.writes).toEqual([])
  })

  it.each([
    [{ images: [] }, /input 'images': the merge needs at least one image/],
    [{ images: [`${A}:v1`] }, /input 'images': 'reg.example\/app\/a:v1': give the repository, without tag/],
    [{ tags: ['v 1'] }, /input 'tags': 'v 1' is not a tag/],
    [{ platforms: [] }, /input 'platforms': the merge needs the expected platforms/],
    [{ platforms: ['linux/amd65'] }, /input 'platforms': 'linux\/amd65': unknown architecture/],
  ])('rejects settings %j', async (override, message) => {
    const { registry, legs, log } = twoLegs()
    const settings = { images: [A], tags: ['v1'], platforms: ['linux/amd64'], ...override }
    // as merge mode gets it: the platforms are parsed where the input is read
    const run = (async () => runMerge(request(settings), { legs, registry, log }))()
    await expect(run).rejects.toThrow(message)
    await expect(run).rejects.toBeInstanceOf(InputError)
    expect(registry.writes).toEqual([])
  })

  it('fails when a tag does not point at the pushed index afterwards', async () => {
    const { registry, legs, log } = twoLegs()
    const put = registry.putManifest.bind(registry)
    registry.putManifest = async (r, bytes, mediaType) =>
      r.tag === 'v1' ? put(r, new TextEncoder().encode('{"mediaType":"x"}'), mediaType) : put(r, bytes, mediaType)
    await expect(
      runMerge(
        { images: [A], tags: ['v1'], platforms: platforms('linux/amd64', 'linux/arm64') },
        { legs, registry, log },
      ),
    ).rejects.toThrow(/^reg.example\/app\/a:v1 points at sha256:[0-9a-f]{64}, not sha256:/)
  })

  it('moves no tag when the index read back by digest lacks a platform', async () => {
    const { registry, legs, log } = twoLegs()
    const get = registry.getManifest.bind(registry)
    registry.getManifest = async (r) => {
      const got = await get(r)
      if (r.digest === undefined || got.manifest.kind !== 'index') return got
      const index = got.manifest.index
      // a registry that serves an index without the arm64 entry
      return {
        ...got,
        manifest: {
          ...got.manifest,
          index: { ...index, manifests: index.manifests.filter((m) => m.platform?.architecture !== 'arm64') },
        },
      }
    }
    await expect(
      runMerge(
        { images: [A], tags: ['v1'], platforms: platforms('linux/amd64', 'linux/arm64') },
        { legs, registry, log },
      ),
    ).rejects.toThrow(/the pushed index .* missing linux\/arm64; no tag was moved/)
    expect(registry.writes.filter((w) => w.includes(':v1'))).toEqual([])
    expect(registry.writes).toHaveLength(1) // the index, by digest
    expect(registry.writes[0]).toMatch(/^put reg.example\/app\/a@sha256:/)
  })

  it('moves no tag in any image when the second image cannot take the index', async () => {
    const { registry, legs, log } = twoLegs()
    const copy = registry.copyManifest.bind(registry)
    registry.copyManifest = async (from, to) => {
      if (to.registry === 'other.example') throw new Error('DENIED: requested access to the resource is denied')
      return copy(from, to)
    }
    await expect(
      runMerge(
        { images: [A, B], tags: ['v1'], platforms: platforms('linux/amd64', 'linux/arm64') },
        { legs, registry, log },
      ),
    ).rejects.toThrow(/DENIED/)
    expect(registry.writes.filter((w) => w.includes(':v1'))).toEqual([])
  })
})
