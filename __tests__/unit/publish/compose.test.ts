import { describe, expect, it } from '@jest/globals'
import { attestationsOf, composeParts } from '../../../src/publish/compose.js'
import { publishWith, type PublishRegistry } from '../../../src/publish/publisher.js'
import { composeIndex } from '../../../src/oci/index.js'
import { parseReference } from '../../../src/oci/reference.js'
import type { Descriptor } from '../../../src/oci/types.js'
import { attestationSummary } from '../../../src/modes/build/outputs.js'
import { fakeRegistry, imageManifest } from '../handoff/fake-registry.js'
import { memoryLog } from '../support/memory-log.js'
import { platforms } from '../support/platforms.js'

const A = 'reg.example/app/a'
const B = 'reg.example/app/b'
const SLSA = 'https://slsa.dev/provenance/v0.2'
const SPDX = 'https://spdx.dev/Document'

/** An attestation manifest as buildx pushes it: in-toto layers, each with its predicate type. */
function attestationManifest(seed: string, predicateTypes: string[]): object {
  const d = (c: string) => `sha256:${c.repeat(64)}`
  return {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: d(seed), size: 10 },
    layers: predicateTypes.map((t, i) => ({
      mediaType: 'application/vnd.in-toto+json',
      digest: d(String(i + 1)),
      size: 100,
      annotations: { 'in-toto.io/predicate-type': t },
    })),
  }
}

/** What one node's buildx build pushes by digest to A and B: an index of its image and its attestation. */
function nodeIndex(registry: ReturnType<typeof fakeRegistry>, seed: string, architecture: string, types: string[]) {
  const image: Descriptor = { ...registry.add(A, imageManifest(seed)), platform: { os: 'linux', architecture } }
  registry.add(B, imageManifest(seed))
  const att: Descriptor = {
    ...registry.add(A, attestationManifest(seed === '1' ? 'a' : 'b', types)),
    platform: { os: 'unknown', architecture: 'unknown' },
    annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': image.digest },
  }
  registry.add(B, attestationManifest(seed === '1' ? 'a' : 'b', types))
  const index = composeIndex([image, att])
  registry.add(B, index)
  return { digest: registry.add(A, index).digest, image: image.digest }
}

function full(registry: ReturnType<typeof fakeRegistry>): PublishRegistry {
  return {
    ...registry,
    getBlob: () => Promise.reject(new Error('no blob reads')),
    blobExists: () => Promise.resolve(true),
    pushBlob: () => Promise.reject(new Error('no blob pushes')),
  }
}

describe('joining the builds of several nodes', () => {
  it('composes one index of every node image and its attestations, pushed by digest only, in every image', async () => {
    const registry = fakeRegistry()
    const amd = nodeIndex(registry, '1', 'amd64', [SLSA])
    const arm = nodeIndex(registry, '2', 'arm64', [SLSA, SPDX])
    const { digest } = await composeParts(
      full(registry),
      [A, B],
      [
        { digest: amd.digest, platforms: platforms('linux/amd64') },
        { digest: arm.digest, platforms: platforms('linux/arm64') },
      ],
      { 'org.opencontainers.image.title': 'app' },
    )
    expect(registry.writes).toEqual([`put ${A}@${digest}`, `put ${B}@${digest}`])
    const index = registry.json(A, digest) as { manifests: Descriptor[]; annotations: Record<string, string> }
    expect(
      index.manifests.map((m) => [m.platform?.architecture, m.annotations?.['vnd.docker.reference.digest']]),
    ).toEqual([
      ['amd64', undefined],
      ['unknown', amd.image],
      ['arm64', undefined],
      ['unknown', arm.image],
    ])
    expect(index.annotations).toEqual({ 'org.opencontainers.image.title': 'app' })

    // then verified and tagged as any build: the platforms without the attestation entries, which the summary names
    const res = await publishWith(
      full(registry),
      {
        strategy: 'registry',
        images: [A, B],
        tags: ['v1'],
        digest,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        layoutDir: '/nonexistent',
        platforms: platforms('linux/amd64', 'linux/arm64'),
      },
      memoryLog(),
    )
    expect(res.platforms).toEqual(['linux/amd64', 'linux/arm64'])
    expect(Object.keys(res.platformDigests)).toEqual(['linux/amd64', 'linux/arm64'])
    expect(res.attestations).toEqual([
      { platform: 'linux/amd64', predicateTypes: [SLSA] },
      { platform: 'linux/arm64', predicateTypes: [SLSA, SPDX] },
    ])
    expect(attestationSummary(res.attestations)).toBe(
      'provenance (SLSA v0.2) for linux/amd64, linux/arm64; SBOM (SPDX) for linux/arm64',
    )
  })

  it('refuses a part that does not hold what it was built for', async () => {
    const registry = fakeRegistry()
    const amd = nodeIndex(registry, '1', 'amd64', [SLSA])
    await expect(
      composeParts(
        full(registry),
        [A],
        [{ digest: amd.digest, platforms: platforms('linux/amd64', 'linux/arm64') }],
        undefined,
      ),
    ).rejects.toThrow(/holds no linux\/arm64/)
    expect(registry.writes).toEqual([])
  })

  it('finds no attestation in a single image manifest', async () => {
    const registry = fakeRegistry()
    const one = registry.add(A, imageManifest('3'))
    const { manifest } = await registry.getManifest({ ...parseReference(A), digest: one.digest })
    expect(await attestationsOf(full(registry), parseReference(A), manifest)).toEqual([])
    expect(attestationSummary([])).toBe('none')
  })
})
