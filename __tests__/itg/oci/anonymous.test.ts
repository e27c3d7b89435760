/** The client against a real Distribution registry over plain HTTP, anonymous, with images pushed by buildx. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { RegistryClient } from '../../../src/oci/client.js'
import { composeIndex, indexBytes, verifyIndex } from '../../../src/oci/index.js'
import { parseReference, withDigest, withTag } from '../../../src/oci/reference.js'
import { MediaType, parseDigest, type ImageIndex } from '../../../src/oci/types.js'
import { platforms } from '../../unit/support/platforms.js'
import { pushBaseImage } from '../support/images.js'
import { imageOf, indexOf } from '../support/manifests.js'
import { startRegistry, type Registry } from '../support/registry.js'
import { stopStarted } from '../support/teardown.js'
import { itgSkipReason } from '../support/tools.js'
import { defined } from '../../unit/support/defined.js'

const skip = itgSkipReason(['docker', 'docker-registry', 'crane', 'skopeo'])
const d = skip ? describe.skip : describe

const crane = (...args: string[]) => execFileSync('crane', [...args, '--insecure'])

d('RegistryClient: anonymous over HTTP', () => {
  let reg: Registry
  let baseRef: string
  const client = new RegistryClient()
  beforeAll(async () => {
    reg = await startRegistry()
    baseRef = pushBaseImage(reg.host)
  })
  afterAll(async () => {
    client.close()
    await stopStarted(reg)
  })

  it('reads buildx index and manifests byte for byte as crane does', async () => {
    const got = await client.getManifest(parseReference(baseRef))
    expect(Buffer.from(got.bytes)).toEqual(crane('manifest', baseRef))
    const index = indexOf(got)
    expect(verifyIndex(index, platforms('linux/amd64', 'linux/arm64')).ok).toBe(true)
    const child = defined(index.manifests[0], 'a manifest in the base index')
    const byDigest = await client.getManifest(withDigest(parseReference(baseRef), child.digest))
    expect(byDigest.descriptor).toEqual({ mediaType: child.mediaType, digest: child.digest, size: child.size })
    expect(Buffer.from(byDigest.bytes)).toEqual(crane('manifest', `${reg.host}/base/busybox@${child.digest}`))
    const head = await client.headManifest(parseReference(baseRef))
    expect(head).toEqual({ mediaType: got.descriptor.mediaType, digest: got.descriptor.digest, size: got.bytes.length })
  })

  it('answers undefined / false for what the registry does not have', async () => {
    expect(await client.headManifest(parseReference(`${reg.host}/base/busybox:nope`))).toBeUndefined()
    expect(await client.headManifest(parseReference(`${reg.host}/nothing/here:1`))).toBeUndefined()
    const missing = parseDigest(`sha256:${'1'.repeat(64)}`)
    expect(await client.blobExists(parseReference(`${reg.host}/base/busybox`), missing)).toBe(false)
    await expect(client.getManifest(parseReference(`${reg.host}/base/busybox:nope`))).rejects.toMatchObject({
      status: 404,
      codes: ['MANIFEST_UNKNOWN'],
      temporary: false,
    })
  })

  it('copies the index into another repository by mounting, composes a new index, and crane and skopeo read it', async () => {
    const src = parseReference(baseRef)
    const dst = parseReference(`${reg.host}/app/merged`)
    const copied = await client.copyManifest(src, dst)
    const children = indexOf(await client.getManifest(withDigest(dst, copied.digest))).manifests
    for (const c of children)
      expect(await client.headManifest(withDigest(dst, c.digest))).toMatchObject({ digest: c.digest })
    const first = defined(children[0], 'a manifest in the copied index')
    const { layers } = imageOf(await client.getManifest(withDigest(dst, first.digest)))
    expect(await client.blobExists(dst, defined(layers[0], 'a layer').digest)).toBe(true)

    const annotations = { 'org.opencontainers.image.version': '1.0.0' }
    const index = composeIndex(children, annotations)
    const bytes = indexBytes(index)
    const tags = ['1.0.0', '1.0', 'latest']
    const digests = await Promise.all(tags.map((t) => client.putManifest(withTag(dst, t), bytes, MediaType.OCI_INDEX)))
    expect(new Set(digests).size).toBe(1)
    for (const t of tags)
      expect(Buffer.from(crane('manifest', `${reg.host}/app/merged:${t}`))).toEqual(Buffer.from(bytes))
    expect(crane('digest', `${reg.host}/app/merged:1.0`).toString().trim()).toBe(digests[0])
    const raw = execFileSync('skopeo', [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${reg.host}/app/merged:latest`,
    ])
    const read = JSON.parse(raw.toString()) as ImageIndex
    expect(read.annotations).toEqual(annotations)
    expect(verifyIndex(read, platforms('linux/amd64', 'linux/arm64'))).toMatchObject({
      ok: true,
      missing: [],
      unexpected: [],
    })
  })

  it('copies a blob between two registries by streaming it', async () => {
    const other = await startRegistry()
    try {
      const src = parseReference(baseRef)
      const child = defined(indexOf(await client.getManifest(src)).manifests[0], 'a manifest in the base index')
      const image = await client.getManifest(withDigest(src, child.digest))
      const layer = defined(imageOf(image).layers[0], 'a layer')
      const dst = parseReference(`${other.host}/copied/busybox`)
      await client.copyBlob(src, dst, layer.digest)
      expect(await client.blobExists(dst, layer.digest)).toBe(true)
      const blob = execFileSync('crane', ['blob', '--insecure', `${other.host}/copied/busybox@${layer.digest}`], {
        maxBuffer: 1 << 26,
      })
      expect(blob.length).toBe(layer.size)
      const indexDigest = (await client.copyManifest(src, dst)).digest
      expect(crane('digest', `${other.host}/copied/busybox@${indexDigest}`).toString().trim()).toBe(indexDigest)
    } finally {
      await other.stop()
    }
  })
})
