import { describe, expect, it } from '@jest/globals'
import { parseChallenges, pickChallenge, repositoryScope } from '../../../src/oci/challenge.js'

describe('parseChallenges', () => {
  it.each([
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/alpine:pull"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'https://auth.docker.io/token',
            service: 'registry.docker.io',
            scope: 'repository:library/alpine:pull',
          },
        },
      ],
    ],
    ['Basic realm="multiarch-publish-test"', [{ scheme: 'basic', params: { realm: 'multiarch-publish-test' } }]],
    [
      'Bearer realm="http://127.0.0.1:1/token",service="svc",scope="repository:a/b:pull,push",error="insufficient_scope"',
      [
        {
          scheme: 'bearer',
          params: {
            realm: 'http://127.0.0.1:1/token',
            service: 'svc',
            scope: 'repository:a/b:pull,push',
            error: 'insufficient_scope',
          },
        },
      ],
    ],
    [
      'Basic realm="r", Bearer realm="https://a/t", service=tok',
      [
        { scheme: 'basic', params: { realm: 'r' } },
        { scheme: 'bearer', params: { realm: 'https://a/t', service: 'tok' } },
      ],
    ],
    ['BEARER Realm = "x\\"y"', [{ scheme: 'bearer', params: { realm: 'x"y' } }]],
    ['', []],
  ])('%s', (header, expected) => {
    expect(parseChallenges(header)).toEqual(expected)
  })
})

describe('pickChallenge', () => {
  it('prefers Bearer, falls back to Basic, ignores others', () => {
    expect(pickChallenge(parseChallenges('Basic realm="r", Bearer realm="t"'))?.scheme).toBe('bearer')
    expect(pickChallenge(parseChallenges('Negotiate, Basic realm="r"'))?.scheme).toBe('basic')
    expect(pickChallenge(parseChallenges('Negotiate'))).toBeUndefined()
  })
  it('builds repository scopes', () => {
    expect(repositoryScope('a/b', ['pull', 'push'])).toBe('repository:a/b:pull,push')
  })
})
