import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import {
  cacheServiceOf,
  entryVersion,
  lookupRequest,
  parseLookup,
  unpackToStdout,
  type CacheService,
} from '../../../src/cache-service/service.js'

const V2: CacheService = { api: 'v2', url: 'https://results.example/', token: 'T', readable: true, writable: true }
const V1: CacheService = { api: 'v1', url: 'https://cache.example/abc/', token: 'T', readable: true, writable: true }

describe('the cache service a job has (as @actions/cache reads it)', () => {
  const base = { ACTIONS_RUNTIME_TOKEN: 'T', ACTIONS_CACHE_URL: 'https://cache.example/abc/' }
  it('v2 when ACTIONS_CACHE_SERVICE_V2 is set, on ACTIONS_RESULTS_URL (a slash added)', () => {
    expect(
      cacheServiceOf({ ...base, ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RESULTS_URL: 'https://results.example' }),
    ).toEqual(V2)
  })
  it('v1 on ACTIONS_CACHE_URL otherwise, and on GitHub Enterprise Server even with the v2 flag', () => {
    expect(cacheServiceOf(base)).toEqual(V1)
    expect(
      cacheServiceOf({
        ...base,
        ACTIONS_CACHE_SERVICE_V2: 'true',
        ACTIONS_RESULTS_URL: 'https://results.example/',
        GITHUB_SERVER_URL: 'https://github.example.com',
      }),
    ).toEqual(V1)
    for (const server of ['https://github.com', 'https://acme.ghe.com', 'http://x.localhost'])
      expect(
        cacheServiceOf({
          ...base,
          ACTIONS_CACHE_SERVICE_V2: 'true',
          ACTIONS_RESULTS_URL: 'https://results.example/',
          GITHUB_SERVER_URL: server,
        })?.api,
      ).toBe('v2')
  })
  it('none without a token or a URL', () => {
    expect(cacheServiceOf({ ACTIONS_CACHE_URL: 'https://cache.example/' })).toBeUndefined()
    expect(cacheServiceOf({ ACTIONS_RUNTIME_TOKEN: 'T' })).toBeUndefined()
    expect(cacheServiceOf({ ACTIONS_RUNTIME_TOKEN: 'T', ACTIONS_CACHE_SERVICE_V2: '1' })).toBeUndefined()
  })
  it('ACTIONS_CACHE_MODE: none neither reads nor writes, read only reads, write-only only writes; else both', () => {
    const mode = (m: string) => {
      const s = cacheServiceOf({ ...base, ACTIONS_CACHE_MODE: m })
      return [s?.readable, s?.writable]
    }
    expect(['none', ' Read ', 'write-only', 'write', 'bogus', ''].map(mode)).toEqual([
      [false, false],
      [true, false],
      [false, true],
      [true, true],
      [true, true],
      [true, true],
    ])
  })
})

describe('an entry as @actions/cache names and packs it', () => {
  it("version: sha256 of the paths, the compression and the salt '1.0', joined by '|'", () => {
    const sha = (s: string) => createHash('sha256').update(s).digest('hex')
    expect(entryVersion(['.d/a.tar'], 'zstd-without-long')).toBe(sha('.d/a.tar|zstd-without-long|1.0'))
    expect(entryVersion(['a', 'b'], 'gzip')).toBe(sha('a|b|gzip|1.0'))
  })
  it('unpacked to stdout by its decompressor, then tar', () => {
    expect(unpackToStdout('zstd-without-long')).toEqual([
      { command: 'unzstd', args: ['-c'] },
      { command: 'tar', args: ['-xO', '-f', '-'] },
    ])
    expect(unpackToStdout('gzip')).toEqual([
      { command: 'gzip', args: ['-dc'] },
      { command: 'tar', args: ['-xO', '-f', '-'] },
    ])
  })
})

describe('the lookup', () => {
  it('v2: a Twirp JSON call with the key, the restore keys and the version', () => {
    expect(lookupRequest(V2, ['k', 'p1', 'p2'], 'V')).toEqual({
      url: 'https://results.example/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL',
      method: 'POST',
      headers: { authorization: 'Bearer T', 'content-type': 'application/json', 'user-agent': 'multiarch-publish' },
      body: '{"key":"k","restore_keys":["p1","p2"],"version":"V"}',
    })
  })
  it('v1: a GET of the keys, comma-separated, and the version', () => {
    expect(lookupRequest(V1, ['k', 'p,1'], 'V')).toEqual({
      url: 'https://cache.example/abc/_apis/artifactcache/cache?keys=k%2Cp%2C1&version=V',
      method: 'GET',
      headers: {
        authorization: 'Bearer T',
        accept: 'application/json;api-version=6.0-preview.1',
        'user-agent': 'multiarch-publish',
      },
    })
  })
  it('reads a hit, a miss, and refuses anything else', () => {
    expect(parseLookup(V2, 200, '{"ok":true,"signed_download_url":"https://blob/x?sig","matched_key":"k2"}')).toEqual({
      key: 'k2',
      url: 'https://blob/x?sig',
    })
    expect(parseLookup(V2, 200, '{"ok":true,"signedDownloadUrl":"https://blob/x","matchedKey":"k"}')).toEqual({
      key: 'k',
      url: 'https://blob/x',
    })
    expect(parseLookup(V2, 200, '{"ok":false,"signed_download_url":"","matched_key":""}')).toBeUndefined()
    expect(parseLookup(V1, 204, '')).toBeUndefined()
    expect(parseLookup(V1, 200, '{"cacheKey":"k","archiveLocation":"https://a/x"}')).toEqual({
      key: 'k',
      url: 'https://a/x',
    })
    expect(() => parseLookup(V2, 403, '{"code":"permission_denied","msg":"cache read denied"}')).toThrow(
      'the cache service answered 403: {"code":"permission_denied","msg":"cache read denied"}',
    )
    expect(() => parseLookup(V2, 204, '')).toThrow('the cache service answered 204')
    expect(() => parseLookup(V2, 200, '{"ok":true,"matched_key":"k"}')).toThrow('gave no key or download URL')
    expect(() => parseLookup(V1, 200, '{"cacheKey":"k"}')).toThrow('gave no key or archive location')
    expect(() => parseLookup(V2, 200, '<html>https://blob/x?sig=secret</html>')).toThrow(
      /^the cache service answered 200 with a body that is not JSON$/,
    )
  })
})
