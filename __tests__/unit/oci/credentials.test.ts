import { describe, expect, it } from '@jest/globals'
import {
  chainCredentials,
  DockerConfigCredentials,
  normalizeRegistryKey,
  staticCredentials,
  type DockerConfigDeps,
} from '../../../src/oci/credentials.js'

const b64 = (s: string) => Buffer.from(s).toString('base64')

function deps(config: object | undefined, helpers: Record<string, Record<string, string>> = {}) {
  const calls: string[] = []
  const files: Record<string, string> = config ? { '/cfg/config.json': JSON.stringify(config) } : {}
  const d: DockerConfigDeps = {
    env: { DOCKER_CONFIG: '/cfg' },
    homedir: () => '/home/u',
    readFile: (p) => files[p],
    runHelper: (helper, server) => {
      calls.push(`${helper} ${server}`)
      const out = helpers[helper]?.[server]
      return Promise.resolve(out)
    },
  }
  return { d, calls }
}

describe('normalizeRegistryKey', () => {
  it.each([
    ['https://index.docker.io/v1/', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['http://LocalHost:5000/v2/', 'localhost:5000'],
    ['ghcr.io', 'ghcr.io'],
  ])('%s -> %s', (k, v) => {
    expect(normalizeRegistryKey(k)).toBe(v)
  })
})

describe('DockerConfigCredentials', () => {
  it('reads auths entries by any spelling of the registry', async () => {
    const { d } = deps({
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hub:pa:ss') },
        'localhost:5000': { username: 'u', password: 'p' },
        'ghcr.io': { identitytoken: 'refresh' },
      },
    })
    const c = new DockerConfigCredentials(d)
    await expect(c.get('docker.io')).resolves.toEqual({ username: 'hub', password: 'pa:ss' })
    await expect(c.get('localhost:5000')).resolves.toEqual({ username: 'u', password: 'p' })
    await expect(c.get('ghcr.io')).resolves.toEqual({ identityToken: 'refresh' })
    await expect(c.get('quay.io')).resolves.toBeUndefined()
  })

  it('uses DOCKER_CONFIG, else ~/.docker', () => {
    const { d } = deps(undefined)
    expect(new DockerConfigCredentials(d).configPath()).toBe('/cfg/config.json')
    expect(new DockerConfigCredentials({ ...d, env: {} }).configPath()).toBe('/home/u/.docker/config.json')
  })

  it('is anonymous without a config file', async () => {
    await expect(new DockerConfigCredentials(deps(undefined).d).get('docker.io')).resolves.toBeUndefined()
  })

  it('asks credHelpers first, then credsStore, with the Hub server URL for docker.io', async () => {
    const { d, calls } = deps(
      { credsStore: 'store', credHelpers: { 'ghcr.io': 'gh' }, auths: { 'ghcr.io': {} } },
      {
        gh: { 'ghcr.io': JSON.stringify({ ServerURL: 'ghcr.io', Username: 'me', Secret: 's1' }) },
        store: { 'https://index.docker.io/v1/': JSON.stringify({ Username: '<token>', Secret: 'idt' }) },
      },
    )
    const c = new DockerConfigCredentials(d)
    await expect(c.get('ghcr.io')).resolves.toEqual({ username: 'me', password: 's1' })
    await expect(c.get('docker.io')).resolves.toEqual({ identityToken: 'idt' })
    await expect(c.get('quay.io')).resolves.toBeUndefined()
    expect(calls).toEqual(['gh ghcr.io', 'store https://index.docker.io/v1/', 'store quay.io'])
  })
})

describe('static and chained sources', () => {
  it('the first source that knows the registry wins', async () => {
    const s = chainCredentials(staticCredentials({ 'a.io': { username: 'a', password: '1' } }), {
      get: (r) => Promise.resolve(r === 'b.io' ? { registryToken: 't' } : undefined),
    })
    await expect(s.get('a.io')).resolves.toEqual({ username: 'a', password: '1' })
    await expect(s.get('b.io')).resolves.toEqual({ registryToken: 't' })
    await expect(s.get('c.io')).resolves.toBeUndefined()
  })
})
