import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import {
  cacheServiceOf,
  checkCommit,
  commitRequest,
  lookupRequest,
  ownEntryVersion,
  parseLookup,
  parseReserve,
  reserveRequest,
  uploaded,
  uploadRequests,
  V1_CHUNK_BYTES,
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

describe("the action's own entries", () => {
  it('are versioned by their kind: sha256 of multiarch-publish|kind|1, one version per kind', () => {
    const sha = (x: string) => createHash('sha256').update(x).digest('hex')
    expect(ownEntryVersion('blob')).toBe(sha('multiarch-publish|blob|1'))
    expect(ownEntryVersion('image-snapshot')).not.toBe(ownEntryVersion('blob'))
  })
})

describe('saving an entry', () => {
  const V2_RESERVED = { api: 'v2' as const, uploadUrl: 'https://blob.example/c/1?sig=S' }
  it('v2: CreateCacheEntry, one Put Blob on the signed URL, then FinalizeCacheEntryUpload with the size', () => {
    expect(reserveRequest(V2, 'k', 'V', 5)).toEqual({
      url: 'https://results.example/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry',
      method: 'POST',
      headers: { authorization: 'Bearer T', 'content-type': 'application/json', 'user-agent': 'multiarch-publish' },
      body: '{"key":"k","version":"V"}',
    })
    expect(uploadRequests(V2, V2_RESERVED, 5)).toEqual([
      {
        request: {
          url: 'https://blob.example/c/1?sig=S',
          method: 'PUT',
          headers: {
            'x-ms-blob-type': 'BlockBlob',
            'x-ms-version': '2020-04-08',
            'content-type': 'application/octet-stream',
            'content-length': '5',
          },
        },
        start: 0,
        end: 5,
      },
    ])
    expect(commitRequest(V2, V2_RESERVED, 'k', 'V', 5)).toEqual({
      url: 'https://results.example/twirp/github.actions.results.api.v1.CacheService/FinalizeCacheEntryUpload',
      method: 'POST',
      headers: { authorization: 'Bearer T', 'content-type': 'application/json', 'user-agent': 'multiarch-publish' },
      body: '{"key":"k","version":"V","size_bytes":"5"}', // int64: a string in protojson
    })
  })
  it('v1: POST caches with the size, a PATCH per 32 MiB chunk with its range, then POST caches/ID with the size', () => {
    const auth = {
      authorization: 'Bearer T',
      accept: 'application/json;api-version=6.0-preview.1',
      'user-agent': 'multiarch-publish',
    }
    expect(reserveRequest(V1, 'k', 'V', 5)).toEqual({
      url: 'https://cache.example/abc/_apis/artifactcache/caches',
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"key":"k","version":"V","cacheSize":5}',
    })
    const size = V1_CHUNK_BYTES * 2 + 3
    const chunks = uploadRequests(V1, { api: 'v1', cacheId: 7 }, size)
    expect(chunks.map((c) => [c.start, c.end, c.request.method, c.request.url])).toEqual([
      [0, V1_CHUNK_BYTES, 'PATCH', 'https://cache.example/abc/_apis/artifactcache/caches/7'],
      [V1_CHUNK_BYTES, V1_CHUNK_BYTES * 2, 'PATCH', 'https://cache.example/abc/_apis/artifactcache/caches/7'],
      [V1_CHUNK_BYTES * 2, size, 'PATCH', 'https://cache.example/abc/_apis/artifactcache/caches/7'],
    ])
    expect(chunks[2]?.request.headers).toEqual({
      ...auth,
      'content-type': 'application/octet-stream',
      'content-range': `bytes ${V1_CHUNK_BYTES * 2}-${size - 1}/*`,
      'content-length': '3',
    })
    expect(uploadRequests(V1, { api: 'v1', cacheId: 7 }, 0)).toEqual([]) // an empty entry: nothing to send
    expect(commitRequest(V1, { api: 'v1', cacheId: 7 }, 'k', 'V', size)).toEqual({
      url: 'https://cache.example/abc/_apis/artifactcache/caches/7',
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: `{"size":${size}}`,
    })
  })
  it('reads a reservation; an entry that exists or is being saved (409) exists; one v2 will not keep is refused', () => {
    expect(parseReserve(V2, 200, '{"ok":true,"signed_upload_url":"https://blob/u?sig"}')).toEqual({
      api: 'v2',
      uploadUrl: 'https://blob/u?sig',
    })
    expect(parseReserve(V2, 200, '{"ok":true,"signedUploadUrl":"https://blob/u"}')).toEqual({
      api: 'v2',
      uploadUrl: 'https://blob/u',
    })
    expect(parseReserve(V1, 201, '{"cacheId":12}')).toEqual({ api: 'v1', cacheId: 12 })
    expect(parseReserve(V2, 409, '{"code":"already_exists"}')).toBe('exists')
    expect(parseReserve(V1, 409, '{"typeKey":"ArtifactCacheAlreadyExistsException"}')).toBe('exists')
    expect(parseReserve(V2, 200, '{"ok":false,"message":"cache write denied"}')).toBe('refused')
    expect(() => parseReserve(V2, 200, '{"ok":true}')).toThrow('gave no upload URL')
    expect(() => parseReserve(V1, 201, '{}')).toThrow('gave no cacheId')
    expect(() => parseReserve(V1, 403, 'denied')).toThrow('the cache service answered 403: denied')
  })
  it('a commit: a success, or an error saying what the service answered', () => {
    expect(() => {
      checkCommit(V2, 200, '{"ok":true,"entry_id":"3"}')
    }).not.toThrow()
    expect(() => {
      checkCommit(V1, 204, '')
    }).not.toThrow()
    expect(() => {
      checkCommit(V2, 200, '{"ok":false}')
    }).toThrow('did not finalize the entry')
    expect(() => {
      checkCommit(V1, 400, 'size 3 does not match')
    }).toThrow('the cache service answered 400: size 3 does not match')
  })
  it('an upload succeeded: Azure answers 201, v1 204', () => {
    expect([201, 204, 200, 403, 500].map(uploaded)).toEqual([true, true, true, false, false])
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
      /^the cache service answered 200 with a body that is not a JSON object$/,
    )
  })
})
