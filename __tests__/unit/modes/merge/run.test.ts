import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../../src/errors.js'
import { explicitLegSource } from '../../../../src/handoff/explicit.js'
import type { LegResult } from '../../../../src/handoff/names.js'
import type { LegLoad, LegSource } from '../../../../src/handoff/store.js'
import { memoryLog } from '../../support/memory-log.js'
import { platformsInput } from '../../../../src/inputs/common.js'
import { MergeError, runMerge, type MergeRequest } from '../../../../src/modes/merge/run.js'
import { digestOf, type Digest } from '../../../../src/oci/types.js'
import { fakeRegistry, imageManifest } from '../../handoff/fake-registry.js'
import { platform, platforms } from '../../support/platforms.js'
import { defined } from '../../support/defined.js'

const A = 'reg.example/app/a'
const B = 'other.example/app/b'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

/** Legs as the artifact handoff gives them (one handoff-id), and the legs of other handoff-ids in the run. */
function handedOff(legs: LegResult[], elsewhere: LegLoad['elsewhere'] = []): LegSource & { asked: string[][] } {
  const asked: string[][] = []
  return {
    asked,
    load(platforms) {
      asked.push([...platforms])
      return Promise.resolve({
        found: legs.filter((l) => platforms.includes(l.platform)),
        missing: platforms.filter((p) => !legs.some((l) => l.platform === p)),
        unexpected: legs.filter((l) => !platforms.includes(l.platform)),
        elsewhere,
      })
    },
  }
}

function twoLegs(created: [string?, string?] = []) {
  const registry = fakeRegistry()
  const amd = registry.add(A, imageManifest('1', created[0]))
  const arm = registry.add(A, imageManifest('2', created[1]))
  const legs = handedOff([
    { image: A, platform: platform('linux/amd64'), digest: amd.digest, attempt: 1 },
    { image: A, platform: platform('linux/arm64'), digest: arm.digest, attempt: 2 },
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
      legs: [
        { image: A, platform: 'linux/amd64', digest: amd.digest, attempt: 1 },
        { image: A, platform: 'linux/arm64', digest: arm.digest, attempt: 2 },
      ],
      annotations: {},
      moved: [`${A}:v1`, `${A}:latest`, `${B}:v1`, `${B}:latest`],
      unchanged: [],
    })
    expect(legs.asked).toEqual([['linux/amd64', 'linux/arm64']])
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
    expect((registry.json(A, defined(digest, 'digest')) as { annotations: unknown }).annotations).toEqual(annotations)
  })

  it('fails before writing anything when a leg is missing, naming platforms and the missing platform', async () => {
    const { registry, legs, log } = twoLegs()
    const settings = {
      images: [A],
      tags: ['v1'],
      platforms: platforms('linux/amd64', 'linux/arm64', 'linux/arm/v7'),
      handoffId: 'app-1',
    }
    const run = runMerge(settings, { legs, registry, log })
    await expect(run).rejects.toThrow(
      new InputError(
        'platforms',
        "expected linux/amd64, linux/arm64, linux/arm/v7, which differ from the legs' platforms: the legs of handoff-id 'app-1' hold no linux/arm/v7 (is it one of their platforms? did its leg fail?); nothing was pushed",
      ),
    )
    expect(registry.writes).toEqual([])
  })

  it('fails before writing anything when the legs built a platform the merge does not expect', async () => {
    const { registry, legs, log } = twoLegs()
    const settings = { images: [A], tags: ['v1'], platforms: platforms('linux/amd64'), handoffId: 'app-1' }
    const run = runMerge(settings, { legs, registry, log })
    await expect(run).rejects.toBeInstanceOf(InputError)
    await expect(run).rejects.toThrow(
      "input 'platforms': expected linux/amd64, which differ from the legs' platforms: the legs of handoff-id 'app-1' also hold linux/arm64; nothing was pushed",
    )
    expect(registry.writes).toEqual([])
  })

  it('names handoff-id when the legs were handed off under another one', async () => {
    const registry = fakeRegistry()
    const elsewhere = [{ handoffId: 'app-slim', platforms: ['linux-amd64', 'linux-arm64'] }]
    const settings = { images: [A], tags: ['v1'], platforms: platforms('linux/amd64', 'linux/arm64') }
    // none under this id
    const none = runMerge(
      { ...settings, handoffId: 'app-full' },
      { legs: handedOff([], elsewhere), registry, log: memoryLog() },
    )
    await expect(none).rejects.toBeInstanceOf(InputError)
    await expect(none).rejects.toThrow(
      "input 'handoff-id': the merge looks for the legs of handoff-id 'app-full', but this run's legs of linux/amd64, linux/arm64 were handed off under 'app-slim' (linux-amd64, linux-arm64): give the legs and the merge one handoff-id (or the same images, file, target and build-args, which the default is derived from); nothing was pushed",
    )
    // one under this id, the other under another id: the legs come from different handoff-ids
    const amd = registry.add(A, imageManifest('1'))
    const mixed = handedOff([{ image: A, platform: platform('linux/amd64'), digest: amd.digest }], elsewhere)
    const run = runMerge({ ...settings, handoffId: 'app-full' }, { legs: mixed, registry, log: memoryLog() })
    await expect(run).rejects.toThrow(
      /^input 'handoff-id': .* this run's legs of linux\/arm64 were handed off under 'app-slim'/,
    )
    expect(registry.writes).toEqual([])
  })

  it('says so when no leg of the run handed anything off', async () => {
    const registry = fakeRegistry()
    const run = runMerge(
      { images: [A], tags: ['v1'], platforms: platforms('linux/amd64'), handoffId: 'app-1' },
      { legs: handedOff([]), registry, log: memoryLog() },
    )
    await expect(run).rejects.toThrow(
      new MergeError(
        'no leg of this workflow run handed anything off (under any handoff-id): did the legs fail, or run in another workflow run? nothing was pushed',
      ),
    )
  })

  it('refuses legs that pushed nothing when the merge is to push, naming push', async () => {
    const registry = fakeRegistry()
    const legs = handedOff([{ image: A, platform: platform('linux/amd64'), attempt: 1 }])
    const run = runMerge(
      { images: [A], tags: ['v1'], platforms: platforms('linux/amd64'), handoffId: 'app-1' },
      { legs, registry, log: memoryLog() },
    )
    await expect(run).rejects.toThrow(
      "input 'push': the legs of linux/amd64 ran with push: false, so they pushed nothing to merge: give the legs and the merge the same push; nothing was pushed",
    )
    expect(registry.writes).toEqual([])
  })

  it('with push: false checks the legs and writes nothing', async () => {
    const registry = fakeRegistry()
    const legs = handedOff([
      { image: A, platform: platform('linux/amd64'), attempt: 1 },
      { image: A, platform: platform('linux/arm64'), attempt: 1 },
    ])
    const settings = { images: [A], tags: ['v1'], platforms: platforms('linux/amd64', 'linux/arm64'), push: false }
    expect(await runMerge({ ...settings, handoffId: 'app-1' }, { legs, registry, log: memoryLog() })).toEqual({
      platforms: ['linux/amd64', 'linux/arm64'],
      platformDigests: {},
      legs: [
        { image: A, platform: 'linux/amd64', attempt: 1 },
        { image: A, platform: 'linux/arm64', attempt: 1 },
      ],
      annotations: {},
      moved: [],
      unchanged: [],
    })
    expect(registry.writes).toEqual([])
    // the same checks run: a platform the legs did not build fails
    await expect(
      runMerge(
        { ...settings, platforms: platforms('linux/amd64', 'linux/arm64', 'linux/s390x'), handoffId: 'app-1' },
        { legs, registry, log: memoryLog() },
      ),
    ).rejects.toThrow(/^input 'platforms': .*hold no linux\/s390x/)
  })

  it('takes created from the newest leg image, so merging the same legs again gives the same index and moves no tag', async () => {
    const { registry, legs } = twoLegs(['2026-03-01T10:00:00Z', '2026-03-01T10:05:30.123456789Z'])
    const settings = {
      images: [A],
      tags: ['v1'],
      platforms: platforms('linux/amd64', 'linux/arm64'),
      annotations: { 'org.opencontainers.image.source': 'https://github.com/o/app' },
    }
    const first = await runMerge(settings, { legs, registry, log: memoryLog() })
    const annotations = {
      'org.opencontainers.image.created': '2026-03-01T10:05:30.123Z',
      'org.opencontainers.image.source': 'https://github.com/o/app',
    }
    expect(first.annotations).toEqual(annotations)
    expect((registry.json(A, defined(first.digest, 'digest')) as { annotations: unknown }).annotations).toEqual(
      annotations,
    )
    expect(first.moved).toEqual([`${A}:v1`])
    const writes = registry.writes.length

    const log = memoryLog()
    const again = await runMerge(settings, { legs, registry, log })
    expect(again.digest).toBe(first.digest)
    expect(again.moved).toEqual([])
    expect(again.unchanged).toEqual([`${A}:v1`])
    expect(registry.writes.slice(writes)).toEqual([`put ${A}@${defined(first.digest, 'digest')}`]) // no tag put
    expect(log.lines).toContain(`${A}:v1 already points at ${defined(first.digest, 'digest')}: not moved`)
  })

  it('keeps a created annotation that is given (SOURCE_DATE_EPOCH, or the user), else falls back to the commit', async () => {
    const given = { 'org.opencontainers.image.created': '1970-01-01T00:00:00.000Z' }
    const base = { images: [A], tags: [], platforms: platforms('linux/amd64', 'linux/arm64') }
    const dated = twoLegs(['2026-03-01T10:00:00Z'])
    expect((await runMerge({ ...base, annotations: given }, { ...dated, log: memoryLog() })).annotations).toEqual(given)
    const undated = twoLegs()
    const commitDate = new Date('2026-02-02T02:02:02Z')
    expect((await runMerge({ ...base, commitDate }, { ...undated, log: memoryLog() })).annotations).toEqual({
      'org.opencontainers.image.created': '2026-02-02T02:02:02.000Z',
    })
    expect((await runMerge(base, { ...twoLegs(), log: memoryLog() })).annotations).toEqual({})
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
    expect(
      (registry.json(A, defined(digest, 'digest')) as { manifests: { digest: Digest }[] }).manifests.map(
        (m) => m.digest,
      ),
    ).toEqual([img.digest, att.digest])
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
    ).rejects.toThrow(
      "input 'platforms': expected linux/amd64, which differ from the legs' platforms: the digests also hold linux/riscv64; nothing was pushed",
    )
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
