import { describe, expect, it } from '@jest/globals'
import {
  authKey,
  buildDockerConfig,
  registryOfImage,
  secretsOf,
  withGithubToken,
} from '../../../src/login/dockerconfig.js'

const b64 = (s: string) => Buffer.from(s).toString('base64')
const ghcr = { registry: 'ghcr.io', username: 'octo', password: 'pat' }
const hub = { registry: 'docker.io', username: 'hub', password: 'tok' }

describe('authKey and registryOfImage', () => {
  it.each([
    ['docker.io', 'https://index.docker.io/v1/'],
    ['ghcr.io', 'ghcr.io'],
    ['127.0.0.1:5000', '127.0.0.1:5000'],
  ])('authKey(%j) = %j', (registry, key) => {
    expect(authKey(registry)).toBe(key)
  })

  it.each([
    ['ghcr.io/octo-org/app', 'ghcr.io'],
    ['ghcr.io/octo-org/app:1.2.3', 'ghcr.io'],
    ['octo/app', 'docker.io'],
    ['alpine', 'docker.io'],
    ['localhost/app', 'localhost'],
    ['127.0.0.1:5000/app', '127.0.0.1:5000'],
    ['docker.io/library/alpine', 'docker.io'],
  ])('registryOfImage(%j) = %j', (image, registry) => {
    expect(registryOfImage(image)).toBe(registry)
  })
})

describe('withGithubToken', () => {
  const images = ['ghcr.io/octo-org/app', 'octo/app']
  it('logs in to ghcr.io with the workflow token when nothing was given for it', () => {
    expect(withGithubToken([hub], images, 'ghs_token', 'monalisa')).toEqual([
      hub,
      { registry: 'ghcr.io', username: 'monalisa', password: 'ghs_token' },
    ])
  })
  it.each([
    ['explicit ghcr.io credentials', [ghcr], images, 'ghs_token'],
    ['no image on ghcr.io', [hub], ['octo/app'], 'ghs_token'],
    ['no token', [], images, ''],
  ])('adds nothing with %s', (_name, creds, imgs, token) => {
    expect(withGithubToken(creds, imgs, token, 'monalisa')).toEqual(creds)
  })
})

describe('buildDockerConfig', () => {
  it('writes base64(user:pass) per registry', () => {
    expect(buildDockerConfig([ghcr, hub])).toEqual({
      auths: { 'ghcr.io': { auth: b64('octo:pat') }, 'https://index.docker.io/v1/': { auth: b64('hub:tok') } },
    })
  })

  it('keeps the user config, drops credsStore and the helpers of our registries', () => {
    const base = {
      auths: { 'quay.io': { auth: 'cXVheTpx' }, 'ghcr.io': { auth: 'b2xkOm9sZA==' } },
      credsStore: 'desktop',
      credHelpers: { 'ghcr.io': 'gh', '123.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login' },
      proxies: { default: { httpProxy: 'http://proxy:3128' } },
    }
    expect(buildDockerConfig([ghcr], base)).toEqual({
      auths: { 'quay.io': { auth: 'cXVheTpx' }, 'ghcr.io': { auth: b64('octo:pat') } },
      credHelpers: { '123.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login' },
      proxies: { default: { httpProxy: 'http://proxy:3128' } },
    })
    expect(base.credsStore).toBe('desktop')
  })

  it('lists the secrets to mask', () => {
    expect(secretsOf([ghcr])).toEqual(['pat', b64('octo:pat')])
  })
})
