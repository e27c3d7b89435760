import { describe, expect, it } from '@jest/globals'
import { answer, type FacadeContent } from '../../../src/registry-facade/routes.js'
import { parseDigest } from '../../../src/oci/types.js'

const INDEX = parseDigest(`sha256:${'1'.repeat(64)}`)
const IMAGE = parseDigest(`sha256:${'2'.repeat(64)}`)
const LAYER = `sha256:${'a'.repeat(64)}`
const CONFIG = `sha256:${'c'.repeat(64)}`
const content: FacadeContent = {
  repository: 'moby/buildkit',
  tag: 'buildx-stable-1',
  manifests: [
    { digest: INDEX, mediaType: 'application/vnd.oci.image.index.v1+json', bytes: Buffer.from('{"i":1}') },
    { digest: IMAGE, mediaType: 'application/vnd.oci.image.manifest.v1+json', bytes: Buffer.from('{"m":2}') },
  ],
  blobs: new Map([
    [LAYER, { url: 'https://cache.example/blob?sig=S' }],
    [CONFIG, { file: '/tmp/c', size: 7 }],
  ]),
}
const API = { 'docker-distribution-api-version': 'registry/2.0' }

describe('the facade registry', () => {
  it('answers the version check', () => {
    expect(answer(content, 'GET', '/v2/')).toEqual({ status: 200, headers: { ...API, 'content-length': '0' } })
  })

  it('serves the first manifest by the tag and each by its digest, with its type and digest; HEAD without body', () => {
    const byTag = answer(content, 'GET', `/v2/moby/buildkit/manifests/buildx-stable-1`)
    expect(byTag).toEqual({
      status: 200,
      headers: {
        ...API,
        'content-type': 'application/vnd.oci.image.index.v1+json',
        'content-length': '7',
        'docker-content-digest': INDEX,
      },
      body: Buffer.from('{"i":1}'),
    })
    const head = answer(content, 'HEAD', `/v2/moby/buildkit/manifests/${IMAGE}`)
    expect(head).toEqual({
      status: 200,
      headers: {
        ...API,
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
        'content-length': '7',
        'docker-content-digest': IMAGE,
      },
    })
  })

  it('redirects a blob kept elsewhere, and serves one from its file', () => {
    expect(answer(content, 'GET', `/v2/moby/buildkit/blobs/${LAYER}`)).toEqual({
      status: 307,
      headers: { ...API, location: 'https://cache.example/blob?sig=S', 'content-length': '0' },
    })
    expect(answer(content, 'GET', `/v2/moby/buildkit/blobs/${CONFIG}`)).toEqual({
      status: 200,
      headers: {
        ...API,
        'content-type': 'application/octet-stream',
        'content-length': '7',
        'docker-content-digest': CONFIG,
      },
      file: '/tmp/c',
    })
    expect(answer(content, 'HEAD', `/v2/moby/buildkit/blobs/${CONFIG}`)).not.toHaveProperty('file')
  })

  it('knows nothing else: other names, manifests, blobs (404 with the spec code); no writes (405)', () => {
    const code = (method: string, path: string) => {
      const a = answer(content, method, path)
      const body =
        'body' in a && a.body
          ? (JSON.parse(Buffer.from(a.body).toString()) as { errors: { code: string }[] })
          : undefined
      return [a.status, body?.errors[0]?.code]
    }
    expect(code('GET', '/v2/other/manifests/buildx-stable-1')).toEqual([404, 'NAME_UNKNOWN'])
    expect(code('GET', '/v2/moby/buildkit/manifests/latest')).toEqual([404, 'MANIFEST_UNKNOWN'])
    expect(code('GET', `/v2/moby/buildkit/blobs/sha256:${'f'.repeat(64)}`)).toEqual([404, 'BLOB_UNKNOWN'])
    expect(code('GET', '/v2/_catalog')).toEqual([404, 'NAME_UNKNOWN'])
    expect(code('PUT', `/v2/moby/buildkit/manifests/buildx-stable-1`)).toEqual([405, 'UNSUPPORTED'])
    expect(code('POST', '/v2/moby/buildkit/blobs/uploads/')).toEqual([405, 'UNSUPPORTED'])
  })

  it('without content (nothing to serve): the version check, and no repository', () => {
    expect(answer(undefined, 'GET', '/v2/').status).toBe(200)
    expect(answer(undefined, 'GET', '/v2/moby/buildkit/manifests/buildx-stable-1').status).toBe(404)
  })
})
