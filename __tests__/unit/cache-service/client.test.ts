import { describe, expect, it } from '@jest/globals'
import { Readable } from 'node:stream'
import { lookupEntry, openEntry, readEntry, saveEntry } from '../../../src/cache-service/client.js'
import type { CacheService } from '../../../src/cache-service/service.js'
import { RegistryError } from '../../../src/oci/errors.js'
import type { Clock } from '../../../src/oci/retry.js'
import type { HttpRequest, Transport } from '../../../src/oci/transport.js'

const V2: CacheService = { api: 'v2', url: 'https://results.example/', token: 'T', readable: true, writable: true }
const HIT = '{"ok":true,"signed_download_url":"https://blob/x?sig","matched_key":"k"}'

/** Answers in turn: a status and body, or an Error thrown (no response); records every request. */
function fakeTransport(answers: ([number, string] | Error)[]) {
  const calls: HttpRequest[] = []
  const fn: Transport = {
    request(req) {
      calls.push(req)
      const a = answers.shift()
      if (!a) return Promise.reject(new Error('no more answers'))
      if (a instanceof Error) return Promise.reject(a)
      const body = Buffer.from(a[1])
      return Promise.resolve(
        req.stream
          ? { status: a[0], headers: {}, body: new Uint8Array(), stream: Readable.from([body]) }
          : { status: a[0], headers: {}, body },
      )
    },
  }
  return { fn, calls }
}

/** A clock that records each wait instead of waiting. */
function recordingClock(): Clock & { delays: number[] } {
  const delays: number[] = []
  return {
    delays,
    now: () => 0,
    sleep: (ms) => {
      delays.push(ms)
      return Promise.resolve()
    },
  }
}

describe('lookupEntry', () => {
  it('asks once and reads the hit', async () => {
    const f = fakeTransport([[200, HIT]])
    const clock = recordingClock()
    const hit = await lookupEntry(V2, ['k', 'p'], 'V', f.fn, clock)
    expect(hit).toEqual({ key: 'k', url: 'https://blob/x?sig' })
    expect(f.calls.map((c) => [c.url.href, c.method, c.headers, Buffer.from(c.body as Uint8Array).toString()])).toEqual(
      [
        [
          'https://results.example/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL',
          'POST',
          { authorization: 'Bearer T', 'content-type': 'application/json', 'user-agent': 'multiarch-publish' },
          '{"key":"k","restore_keys":["p"],"version":"V"}',
        ],
      ],
    )
    expect(clock.delays).toEqual([])
  })

  it('asks again after a 5xx, a 429 or no response (0.25 s, then 0.5 s), then gives the answer', async () => {
    const f = fakeTransport([[503, 'busy'], new Error('fetch failed'), [200, HIT]])
    const clock = recordingClock()
    const hit = await lookupEntry(V2, ['k'], 'V', f.fn, clock)
    expect(hit?.key).toBe('k')
    expect(clock.delays).toEqual([250, 500])
  })

  it('three failures: the last one thrown; a refusal that is not transient at once', async () => {
    const none = recordingClock()
    await expect(
      lookupEntry(
        V2,
        ['k'],
        'V',
        fakeTransport([
          [500, 'a'],
          [429, 'b'],
          [502, 'c'],
        ]).fn,
        none,
      ),
    ).rejects.toThrow('the cache service answered 502: c')
    await expect(
      lookupEntry(V2, ['k'], 'V', fakeTransport([new Error('x'), new Error('y'), new Error('fetch failed')]).fn, none),
    ).rejects.toThrow('the cache service did not answer: fetch failed')
    const denied = fakeTransport([
      [403, 'cache read denied'],
      [200, HIT],
    ])
    await expect(lookupEntry(V2, ['k'], 'V', denied.fn, none)).rejects.toThrow('answered 403')
    expect(denied.calls).toHaveLength(1)
  })
})

describe('openEntry', () => {
  it('streams the archive', async () => {
    const f = fakeTransport([[200, 'archive bytes']])
    const stream = await openEntry({ key: 'k', url: 'https://blob/x?sig' }, f.fn)
    const chunks: Buffer[] = []
    for await (const c of stream) chunks.push(c as Buffer)
    expect(Buffer.concat(chunks).toString()).toBe('archive bytes')
    expect(f.calls.map((c) => [c.url.href, c.method, c.stream])).toEqual([['https://blob/x?sig', 'GET', true]])
  })
  it('a refused download: an error naming the entry, not its signed URL', async () => {
    const e = (await openEntry({ key: 'k', url: 'https://blob/x?sig=secret' }, fakeTransport([[403, 'no']]).fn).catch(
      (x: unknown) => x,
    )) as Error
    expect(e.message).toBe('the download of the cache entry k answered 403')
    // as the transport throws it: a RegistryError with the socket's code
    const refused = new RegistryError({
      method: 'GET',
      url: 'https://blob/x?sig=secret',
      status: 0,
      networkCode: 'ECONNREFUSED',
      detail: 'connect ECONNREFUSED',
    })
    const lost = (await openEntry({ key: 'k', url: 'https://blob/x?sig=secret' }, fakeTransport([refused]).fn).catch(
      (x: unknown) => x,
    )) as Error
    expect(lost.message).toBe('the download of the cache entry k failed: ECONNREFUSED')
  })
})

describe('readEntry', () => {
  it('reads a small entry whole; a larger one than allowed is refused, naming the entry', async () => {
    const hit = { key: 'k', url: 'https://blob/x?sig' }
    expect((await readEntry(hit, fakeTransport([[200, 'record']]).fn, 6)).toString()).toBe('record')
    await expect(readEntry(hit, fakeTransport([[200, 'record!']]).fn, 6)).rejects.toThrow(
      'the cache entry k is larger than 6 bytes',
    )
  })
})

describe('saveEntry', () => {
  const V1: CacheService = { ...V2, api: 'v1', url: 'https://cache.example/abc/' }
  /** Bytes served by range, each read recorded. */
  const source = (text: string) => {
    const reads: string[] = []
    return {
      reads,
      size: text.length,
      read: (start: number, end: number) => {
        reads.push(`${start}-${end}`)
        return Buffer.from(text.slice(start, end))
      },
    }
  }
  const RESERVED = '{"ok":true,"signed_upload_url":"https://blob/u?sig=secret"}'

  it('v2: reserves, puts the bytes on the signed URL, finalizes with the size', async () => {
    const f = fakeTransport([
      [200, RESERVED],
      [201, ''],
      [200, '{"ok":true,"entry_id":"1"}'],
    ])
    const s = source('bytes')
    expect(await saveEntry(V2, 'k', 'V', s, f.fn, recordingClock())).toBe('saved')
    expect(f.calls.map((c) => `${c.method} ${c.url.href}`)).toEqual([
      'POST https://results.example/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry',
      'PUT https://blob/u?sig=secret',
      'POST https://results.example/twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload',
    ])
    expect(Buffer.from(f.calls[1]?.body as Uint8Array).toString()).toBe('bytes')
    expect(s.reads).toEqual(['0-5'])
  })

  it('v1: reserves, patches the chunk with its range, commits the size', async () => {
    const f = fakeTransport([
      [201, '{"cacheId":4}'],
      [204, ''],
      [204, ''],
    ])
    expect(await saveEntry(V1, 'k', 'V', source('abc'), f.fn, recordingClock())).toBe('saved')
    expect(f.calls.map((c) => `${c.method} ${c.url.href} ${c.headers['content-range'] ?? ''}`.trim())).toEqual([
      'POST https://cache.example/abc/_apis/artifactcache/caches',
      'PATCH https://cache.example/abc/_apis/artifactcache/caches/4 bytes 0-2/*',
      'POST https://cache.example/abc/_apis/artifactcache/caches/4',
    ])
  })

  it('an entry the service has (409): it exists, nothing uploaded', async () => {
    const f = fakeTransport([[409, '{"code":"already_exists"}']])
    const s = source('bytes')
    expect(await saveEntry(V2, 'k', 'V', s, f.fn, recordingClock())).toBe('exists')
    expect(f.calls).toHaveLength(1)
    expect(s.reads).toEqual([])
  })

  it('a busy service is asked again; a refused upload is not, and its error names the key, never the URL', async () => {
    const clock = recordingClock()
    const f = fakeTransport([
      [503, 'busy'],
      [200, RESERVED],
      [403, 'AuthenticationFailed'],
    ])
    const e = (await saveEntry(V2, 'k', 'V', source('bytes'), f.fn, clock).catch((x: unknown) => x)) as Error
    expect(e.message).toBe('the upload of the cache entry k was answered 403')
    expect(clock.delays).toEqual([250])
    expect(f.calls.map((c) => c.method)).toEqual(['POST', 'POST', 'PUT'])
    const reset = new RegistryError({
      method: 'PUT',
      url: 'https://blob/u?sig=secret',
      status: 0,
      networkCode: 'ECONNRESET',
      detail: 'socket hang up',
    })
    const lost = (await saveEntry(V2, 'k', 'V', source('b'), fakeTransport([[200, RESERVED], reset]).fn).catch(
      (x: unknown) => x,
    )) as Error
    expect(lost.message).toBe('the upload of the cache entry k failed: ECONNRESET')
  })

  it('a commit the service refuses: an error saying its answer', async () => {
    const f = fakeTransport([
      [200, RESERVED],
      [201, ''],
      [400, 'size_bytes 5 does not match the uploaded blob size 4'],
    ])
    await expect(saveEntry(V2, 'k', 'V', source('bytes'), f.fn, recordingClock())).rejects.toThrow(
      'the cache service answered 400: size_bytes 5 does not match the uploaded blob size 4',
    )
  })
})
