import { describe, expect, it } from '@jest/globals'
import { composeIndex, indexBytes, platformOf, verifyIndex } from '../../../src/oci/index.js'
import { digestOf, MediaType, type Descriptor } from '../../../src/oci/types.js'
import { defined } from '../support/defined.js'
import { platform, platforms } from '../support/platforms.js'

const desc = (name: string, platform?: Descriptor['platform'], extra: Partial<Descriptor> = {}): Descriptor => ({
  mediaType: MediaType.OCI_MANIFEST,
  digest: digestOf(new TextEncoder().encode(name)),
  size: name.length,
  ...(platform ? { platform } : {}),
  ...extra,
})
const amd64 = desc('amd64', { os: 'linux', architecture: 'amd64' })
const arm64 = desc('arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' })
const armv7 = desc('armv7', { os: 'linux', architecture: 'arm', variant: 'v7' })
const attestation = desc(
  'att',
  { os: 'unknown', architecture: 'unknown' },
  {
    annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': amd64.digest },
  },
)

describe('composeIndex', () => {
  it('lists the manifests in order, once each, as an OCI index with annotations', () => {
    const index = composeIndex([amd64, arm64, amd64, attestation], { 'org.opencontainers.image.version': '1.2' })
    expect(index).toEqual({
      schemaVersion: 2,
      mediaType: MediaType.OCI_INDEX,
      manifests: [amd64, arm64, attestation],
      annotations: { 'org.opencontainers.image.version': '1.2' },
    })
    expect(JSON.parse(new TextDecoder().decode(indexBytes(index)))).toEqual(index)
  })

  it('does not share objects with its input', () => {
    const given = { ...amd64, platform: { ...defined(amd64.platform, 'the platform of amd64') } }
    const index = composeIndex([given])
    defined(defined(index.manifests[0], 'the composed manifest').platform, 'its platform').os = 'windows'
    expect(given.platform.os).toBe('linux')
  })

  it('gives a Docker manifest list for Docker manifests without annotations, like imagetools', () => {
    const docker = [amd64, arm64].map((d) => ({ ...d, mediaType: MediaType.DOCKER_MANIFEST }))
    expect(composeIndex(docker).mediaType).toBe(MediaType.DOCKER_MANIFEST_LIST)
    expect(composeIndex(docker).annotations).toBeUndefined()
    expect(composeIndex(docker, { a: 'b' }).mediaType).toBe(MediaType.OCI_INDEX)
    expect(composeIndex([]).mediaType).toBe(MediaType.OCI_INDEX)
  })
})

describe('platformOf', () => {
  it.each([
    [amd64, 'linux/amd64'],
    [arm64, 'linux/arm64'],
    [armv7, 'linux/arm/v7'],
    [desc('arm', { os: 'linux', architecture: 'arm' }), 'linux/arm/v7'],
    [desc('win', { os: 'windows', architecture: 'amd64', 'os.version': '10.0.20348.1' }), 'windows/amd64'],
    [attestation, undefined],
    [desc('unk', { os: 'unknown', architecture: 'unknown' }), undefined],
    [desc('none'), undefined],
    [desc('odd', { os: 'plan9', architecture: 'sparc' }), 'plan9/sparc'],
  ])('%#', (d, expected) => {
    expect(platformOf(d)).toBe(expected)
  })
})

describe('verifyIndex', () => {
  it('accepts an index with exactly the expected platforms, ignoring attestations and spelling', () => {
    const v = verifyIndex(composeIndex([amd64, arm64, attestation]), platforms('linux/x86_64', 'linux/aarch64'))
    expect(v).toEqual({
      ok: true,
      missing: [],
      unexpected: [],
      duplicates: [],
      platforms: ['linux/amd64', 'linux/arm64'],
      platformDigests: { 'linux/amd64': amd64.digest, 'linux/arm64': arm64.digest },
    })
  })

  it('reports missing and unexpected platforms', () => {
    const v = verifyIndex(composeIndex([amd64, armv7]), platforms('linux/amd64', 'linux/arm64'))
    expect(v.ok).toBe(false)
    expect(v.missing).toEqual(['linux/arm64'])
    expect(v.unexpected).toEqual(['linux/arm/v7'])
  })

  it('reports a platform listed twice', () => {
    const twin = desc('amd64-bis', { os: 'linux', architecture: 'amd64' })
    const v = verifyIndex(composeIndex([amd64, twin]), platforms('linux/amd64'))
    expect(v.ok).toBe(false)
    expect(v.duplicates).toEqual(['linux/amd64'])
    expect(v.platformDigests[platform('linux/amd64')]).toBe(amd64.digest)
  })

  it('throws on a malformed expected platform', () => {
    expect(() => verifyIndex(composeIndex([amd64]), platforms('linux'))).toThrow('os/arch')
  })
})
