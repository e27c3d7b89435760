/**
 * The cache service read and written directly (src/cache-service) against the emulator, on both APIs: entries saved
 * raw (v2: CreateCacheEntry, Put Blob on the signed URL, Finalize; v1: reserve, PATCH chunks, commit) are found by
 * key and prefix under their version only, and read back byte for byte; the action's image cache keeps a snapshot
 * and its blobs so that each blob downloads from its own URL (masked). The facade registry serves them over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lookupEntry, openEntry, readEntry, saveEntry } from '../../src/cache-service/client.js'
import { cacheServiceOf, ownEntryVersion, V1_CHUNK_BYTES, type CacheService } from '../../src/cache-service/service.js'
import { actionsImageCache } from '../../src/modes/build/image-cache.js'
import { snapshotOf, type SnapshotManifest } from '../../src/modes/build/image-snapshot.js'
import { nodeTransport } from '../../src/oci/transport.js'
import { digestOf, MediaType } from '../../src/oci/types.js'
import type { FacadeContent } from '../../src/registry-facade/routes.js'
import { startFacade } from '../../src/registry-facade/server.js'
import { startGhaCache, type GhaCache } from './support/gha-cache.js'

const bytesOf = (b: Uint8Array | string) => (typeof b === 'string' ? Buffer.from(b) : Buffer.from(b))
const source = (b: Buffer) => ({ size: b.length, read: (start: number, end: number) => b.subarray(start, end) })

/** A small image: a manifest with a config and a layer, as a snapshot. */
function smallImage() {
  const config = Buffer.from('{"architecture":"amd64","os":"linux"}')
  const layer = randomBytes(200_000)
  const body = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf(config), size: config.length },
      layers: [
        { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: digestOf(layer), size: layer.length },
      ],
    }),
  )
  const manifest: SnapshotManifest = { digest: digestOf(body), mediaType: MediaType.OCI_MANIFEST, bytes: body }
  return { snapshot: snapshotOf(manifest), config, layer }
}

describe.each([['v2'], ['v1']])('the Actions cache read and written directly (%s API)', (api) => {
  let gha: GhaCache
  let service: CacheService
  let dir: string
  const t = nodeTransport()
  const V = ownEntryVersion('test')
  beforeAll(async () => {
    gha = await startGhaCache(api === 'v1' ? ['--api', 'v1'] : [])
    dir = mkdtempSync(join(tmpdir(), 'mp-cache-service-'))
    const s = cacheServiceOf(gha.env)
    if (!s) throw new Error(`no cache service in ${JSON.stringify(gha.env)}`)
    service = s
  })
  afterAll(async () => {
    t.close?.()
    await gha.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it(`is the ${api} API`, () => {
    expect(service.api).toBe(api)
  })

  it('saves raw entries, finds them by key and the newest by a prefix, only under their version; a second save finds it exists', async () => {
    expect(await saveEntry(service, 'img-amd64-1', V, source(bytesOf('older')), t)).toBe('saved')
    expect(await saveEntry(service, 'img-amd64-2', V, source(bytesOf('newer')), t)).toBe('saved')
    expect(await saveEntry(service, 'img-amd64-2', V, source(bytesOf('again')), t)).toBe('exists')
    expect((await lookupEntry(service, ['img-amd64-1'], V, t))?.key).toBe('img-amd64-1')
    const newest = await lookupEntry(service, ['img-amd64-', 'img-amd64-'], V, t)
    expect(newest?.key).toBe('img-amd64-2')
    expect(await lookupEntry(service, ['img-arm64-', 'img-arm64-'], V, t)).toBeUndefined()
    expect(await lookupEntry(service, ['img-amd64-1'], ownEntryVersion('other'), t)).toBeUndefined()
    if (!newest) throw new Error('no entry')
    expect((await readEntry(newest, t, 100)).toString()).toBe('newer') // as first saved
  })

  it('an entry of more than one v1 chunk (32 MiB), and an empty one, read back byte for byte', async () => {
    const big = randomBytes(V1_CHUNK_BYTES + 12_345)
    expect(await saveEntry(service, 'big', V, source(big), t)).toBe('saved')
    const hit = await lookupEntry(service, ['big'], V, t)
    if (!hit) throw new Error('no entry')
    const chunks: Buffer[] = []
    for await (const c of await openEntry(hit, t)) chunks.push(c as Buffer)
    expect(Buffer.concat(chunks).equals(big)).toBe(true)
    expect(await saveEntry(service, 'empty', V, source(Buffer.alloc(0)), t)).toBe('saved')
    const empty = await lookupEntry(service, ['empty'], V, t)
    if (!empty) throw new Error('no empty entry')
    expect((await readEntry(empty, t, 10)).length).toBe(0)
  })

  it("the action's image cache: the snapshot and each blob kept; found, read back, each blob at its own URL (masked)", async () => {
    const { snapshot, config, layer } = smallImage()
    const files = new Map(snapshot.blobs.map((b) => [b.digest, join(dir, b.digest.slice(7))]))
    writeFileSync(files.get(digestOf(config)) as string, config)
    writeFileSync(files.get(digestOf(layer)) as string, layer)
    const masked: string[] = []
    const cache = actionsImageCache(service, (v) => masked.push(v))
    expect(cache.writable).toBe(true)
    expect(await cache.save('snap-amd64-1', snapshot, files)).toBe('saved')
    expect(await cache.save('snap-amd64-1', snapshot, files)).toBe('exists') // blobs and snapshot: all there

    const hit = await cache.find('snap-amd64-', ['snap-amd64-'])
    expect(hit?.key).toBe('snap-amd64-1')
    if (!hit) throw new Error('no entry')
    const back = await cache.snapshot(hit)
    expect(back.digest).toBe(snapshot.digest)
    expect(back.blobs).toEqual(snapshot.blobs)
    const urls = await cache.blobUrls(back)
    expect([...urls.keys()].sort()).toEqual(snapshot.blobs.map((b) => b.digest).sort())
    expect(masked.sort()).toEqual([hit.url, ...urls.values()].sort())
    for (const [digest, url] of urls) {
      const res = await fetch(url)
      expect(digestOf(Buffer.from(await res.arrayBuffer()))).toBe(digest)
    }
    // another image: its config (the same bytes) is held already, its layer (new) is left out
    const other = smallImage().snapshot
    expect([...(await cache.blobUrls(other)).keys()]).toEqual([digestOf(config)])
    // a job that may not read the cache asks nothing
    const blind = actionsImageCache({ ...service, readable: false, url: 'http://127.0.0.1:1/' }, () => {})
    expect(await blind.find('snap-amd64-', ['snap-amd64-'])).toBeUndefined()
  })

  it('refuses a token without rights: the lookup throws, naming the answer', async () => {
    await expect(lookupEntry({ ...service, token: 'bogus' }, ['img-amd64-1'], V, t)).rejects.toThrow(
      /the cache service answered 40[13]/,
    )
  })
})

describe('the facade registry over HTTP', () => {
  it('serves the manifest, redirects a blob to its URL, serves another from its file; closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mp-facade-'))
    const { snapshot, config } = smallImage()
    const [configBlob, layerBlob] = snapshot.blobs
    if (!configBlob || !layerBlob) throw new Error('no blobs')
    writeFileSync(join(dir, 'config'), config)
    let resolve: (c: FacadeContent) => void = () => {}
    const content = new Promise<FacadeContent>((r) => (resolve = r))
    const facade = await startFacade(content)
    try {
      expect(facade.host).toMatch(/^127\.0\.0\.1:\d+$/)
      const base = `http://${facade.host}/v2/moby/buildkit`
      // listening before its content is known: a request waits for it
      const early = fetch(`${base}/manifests/v1`)
      resolve({
        repository: 'moby/buildkit',
        tag: 'v1',
        manifests: snapshot.manifests,
        blobs: new Map([
          [configBlob.digest, { file: join(dir, 'config'), size: config.length }],
          [layerBlob.digest, { url: 'http://127.0.0.1:1/elsewhere?sig=S' }],
        ]),
      })
      const m = await early
      expect(m.status).toBe(200)
      expect(m.headers.get('docker-content-digest')).toBe(snapshot.digest)
      expect(digestOf(Buffer.from(await m.arrayBuffer()))).toBe(snapshot.digest)
      const c = await fetch(`${base}/blobs/${configBlob.digest}`)
      expect(Buffer.from(await c.arrayBuffer()).equals(config)).toBe(true)
      const l = await fetch(`${base}/blobs/${layerBlob.digest}`, { redirect: 'manual' })
      expect([l.status, l.headers.get('location')]).toEqual([307, 'http://127.0.0.1:1/elsewhere?sig=S'])
    } finally {
      await facade.close()
      rmSync(dir, { recursive: true, force: true })
    }
    await expect(fetch(`http://${facade.host}/v2/`)).rejects.toThrow()
  })

  it('with nothing to serve: answers the version check, and 404 for the image', async () => {
    const facade = await startFacade(Promise.resolve(undefined))
    try {
      expect((await fetch(`http://${facade.host}/v2/`)).status).toBe(200)
      const m = await fetch(`http://${facade.host}/v2/moby/buildkit/manifests/v1`)
      expect(m.status).toBe(404)
      expect(await m.json()).toEqual({
        errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }],
      })
    } finally {
      await facade.close()
    }
  })
})
