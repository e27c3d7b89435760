import { describe, expect, it } from '@jest/globals'
import { Readable } from 'node:stream'
import { lookupEntry, openEntry } from '../../../src/cache-service/client.js'
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
