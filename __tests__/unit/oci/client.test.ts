import { describe, expect, it } from '@jest/globals'
import { RegistryClient } from '../../../src/oci/client.js'
import { staticCredentials } from '../../../src/oci/credentials.js'
import { DigestMismatchError, RegistryError } from '../../../src/oci/errors.js'
import { parseReference } from '../../../src/oci/reference.js'
import { digestOf, MediaType, parseDigest } from '../../../src/oci/types.js'
import { defined } from '../support/defined.js'
import { fakeTransport, json, noSleepClock, type Handler } from './fake-registry.js'

const PASSWORD = 's3cr3t-Pa55'
// the OCI empty descriptor as config: the client decodes what it gets, so this must be a well-formed manifest
const config = { mediaType: MediaType.OCI_EMPTY, digest: digestOf(json({})), size: 2 }
const manifest = json({ schemaVersion: 2, mediaType: MediaType.OCI_MANIFEST, config, layers: [] })
const creds = staticCredentials({ 'r.example.com': { username: 'alice', password: PASSWORD } })

/** A registry at r.example.com with a token server at auth.example.com. */
const bearerRegistry =
  (tokenStatus = 200): Handler =>
  (req): ReturnType<Handler> => {
    const { host, pathname } = req.url
    if (host === 'auth.example.com') {
      if (tokenStatus !== 200) return { status: tokenStatus, body: json({ details: 'bad credentials' }) }
      return {
        status: 200,
        body: json({ token: `T-${req.url.searchParams.getAll('scope').join('+')}`, expires_in: 300 }),
      }
    }
    const challenge = 'Bearer realm="https://auth.example.com/token",service="reg"'
    if (pathname === '/v2/') return { status: 401, headers: { 'www-authenticate': challenge } }
    if (!req.headers.authorization?.startsWith('Bearer T-'))
      return { status: 401, headers: { 'www-authenticate': challenge } }
    return { status: 200, headers: { 'content-type': MediaType.OCI_MANIFEST }, body: manifest }
  }

describe('RegistryClient over a fake transport', () => {
  it('answers the Bearer challenge with a token fetched with Basic credentials and cached per scope', async () => {
    const transport = fakeTransport(bearerRegistry())
    const client = new RegistryClient({ transport, credentials: creds, clock: noSleepClock() })
    const a = parseReference('r.example.com/team/a:1')
    const got = await client.getManifest(a)
    await client.getManifest(a)
    await client.getManifest(parseReference('r.example.com/team/b:1'))
    expect(got.descriptor).toEqual({
      mediaType: MediaType.OCI_MANIFEST,
      digest: digestOf(manifest),
      size: manifest.length,
    })
    const tokenRequests = transport.requests.filter((r) => r.url.host === 'auth.example.com')
    expect(tokenRequests.map((r) => r.url.searchParams.getAll('scope'))).toEqual([
      ['repository:team/a:pull'],
      ['repository:team/b:pull'],
    ])
    const tokenRequest = defined(tokenRequests[0], 'a token request')
    expect(tokenRequest.url.searchParams.get('service')).toBe('reg')
    expect(tokenRequest.headers.authorization).toBe(`Basic ${Buffer.from(`alice:${PASSWORD}`).toString('base64')}`)
    const manifestGets = transport.requests.filter((r) => r.url.pathname.includes('/manifests/'))
    expect(manifestGets.map((r) => r.headers.authorization)).toEqual([
      'Bearer T-repository:team/a:pull',
      'Bearer T-repository:team/a:pull',
      'Bearer T-repository:team/b:pull',
    ])
    expect(defined(manifestGets[0], 'a manifest request').headers.accept).toContain(MediaType.DOCKER_MANIFEST_LIST)
  })

  it('never puts credentials into error messages', async () => {
    const transport = fakeTransport(bearerRegistry(401))
    const client = new RegistryClient({ transport, credentials: creds, clock: noSleepClock() })
    const e = await client.getManifest(parseReference('r.example.com/team/a:1')).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(RegistryError)
    const text = `${(e as Error).message} ${JSON.stringify(e)}`
    expect(text).toContain('HTTP 401')
    expect(text).not.toContain(PASSWORD)
    expect(text).not.toContain(Buffer.from(`alice:${PASSWORD}`).toString('base64'))
  })

  it('refuses a plain-HTTP token realm for a non-loopback registry', async () => {
    const transport = fakeTransport(() => ({
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="http://auth.example.com/t"' },
    }))
    const client = new RegistryClient({ transport, credentials: creds, clock: noSleepClock() })
    await expect(client.getManifest(parseReference('r.example.com/x:1'))).rejects.toThrow('plain-HTTP token realm')
  })

  it('checks the digest of fetched bytes', async () => {
    const transport = fakeTransport((req) =>
      req.url.pathname === '/v2/' ? { status: 200 } : { status: 200, body: manifest },
    )
    const client = new RegistryClient({ transport, clock: noSleepClock() })
    const wrong = parseDigest(`sha256:${'0'.repeat(64)}`)
    await expect(client.getManifest(parseReference(`r.example.com/x@${wrong}`))).rejects.toThrow(DigestMismatchError)
  })

  it('never retries a POST (blob mount), but retries HEAD and redacts upload state from errors', async () => {
    let heads = 0
    const transport = fakeTransport((req) => {
      if (req.url.pathname === '/v2/') return { status: 200 }
      if (req.method === 'HEAD') return ++heads < 3 ? { status: 503 } : { status: 404 }
      return { status: 503, body: json({ errors: [{ code: 'UNAVAILABLE', message: 'busy' }] }) }
    })
    const clock = noSleepClock()
    const client = new RegistryClient({ transport, clock })
    const ref = parseReference('r.example.com/x:1')
    const d = digestOf(manifest)
    await expect(client.blobExists(ref, d)).resolves.toBe(false)
    expect(heads).toBe(3)
    const e = await client.mountBlob(ref, d, 'y').catch((x: unknown) => x)
    expect(e).toMatchObject({ status: 503, codes: ['UNAVAILABLE'], method: 'POST', temporary: true, attempts: 1 })
    expect(transport.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    expect(clock.sleeps).toHaveLength(2)
  })

  it('tries plain HTTP only for loopback registries', async () => {
    const refused = (req: { url: URL }) => {
      if (req.url.protocol === 'https:')
        throw new RegistryError({ method: 'GET', url: req.url, status: 0, networkCode: 'EPROTO' })
      return {
        status: 200,
        headers: { 'docker-content-digest': digestOf(manifest), 'content-type': MediaType.OCI_MANIFEST },
      }
    }
    const transport = fakeTransport(refused)
    const client = new RegistryClient({ transport, clock: noSleepClock() })
    await expect(client.headManifest(parseReference('127.0.0.1:5000/x:1'))).resolves.toMatchObject({
      digest: digestOf(manifest),
    })
    await expect(client.headManifest(parseReference('r.example.com/x:1'))).rejects.toThrow('EPROTO')
    expect(transport.requests.map((r) => r.url.origin)).toEqual([
      'https://127.0.0.1:5000',
      'http://127.0.0.1:5000',
      'http://127.0.0.1:5000',
      'https://r.example.com',
    ])
  })
})

describe('Docker Hub', () => {
  it('talks to registry-1.docker.io for docker.io images (docker.io itself redirects to the website)', async () => {
    const transport = fakeTransport((req): ReturnType<Handler> => {
      if (req.url.host !== 'registry-1.docker.io')
        return { status: 301, headers: { location: 'https://www.docker.com/' } }
      if (req.url.pathname === '/v2/') return { status: 200 }
      return { status: 200, headers: { 'content-type': MediaType.OCI_MANIFEST }, body: manifest }
    })
    const client = new RegistryClient({ transport, clock: noSleepClock() })
    const got = await client.getManifest(parseReference('acme/app:1'))
    expect(got.descriptor.digest).toBe(digestOf(manifest))
    expect(transport.requests.map((r) => `${r.method} ${r.url.href}`)).toEqual([
      'GET https://registry-1.docker.io/v2/',
      'GET https://registry-1.docker.io/v2/acme/app/manifests/1',
    ])
  })
})
