import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { type LoginInputs, parseCredentials, registryHost } from '../../../src/login/credentials.js'

const none: LoginInputs = { registry: '', username: '', password: '', logins: '' }
const parse = (inputs: Partial<LoginInputs>, env: Record<string, string> = {}) =>
  parseCredentials({ ...none, ...inputs }, env)

describe('registryHost', () => {
  it.each([
    ['', 'docker.io'],
    ['docker.io', 'docker.io'],
    ['https://index.docker.io/v1/', 'docker.io'],
    ['registry-1.docker.io', 'docker.io'],
    ['GHCR.io', 'ghcr.io'],
    ['https://ghcr.io/', 'ghcr.io'],
    ['127.0.0.1:5000', '127.0.0.1:5000'],
  ])('%j -> %j', (input, expected) => {
    expect(registryHost(input)).toBe(expected)
  })
})

describe('parseCredentials', () => {
  it('reads nothing from empty inputs', () => {
    expect(parse({})).toEqual([])
  })

  it('reads the single registry inputs (Docker Hub by default)', () => {
    expect(parse({ username: 'octo', password: 's3cret' })).toEqual([
      { registry: 'docker.io', username: 'octo', password: 's3cret' },
    ])
  })

  it('reads logins lines: password takes the rest of the line, password-env reads the environment', () => {
    const logins = [
      'registry=ghcr.io, username=octo, password=p,a=ss word',
      '# Docker Hub',
      '',
      'username=hub-user,registry=docker.io,password-env=HUB_TOKEN',
    ].join('\n')
    expect(parse({ registry: 'quay.io', username: 'q', password: 'qq', logins }, { HUB_TOKEN: 'dckr_pat_x' })).toEqual([
      { registry: 'quay.io', username: 'q', password: 'qq' },
      { registry: 'ghcr.io', username: 'octo', password: 'p,a=ss word' },
      { registry: 'docker.io', username: 'hub-user', password: 'dckr_pat_x' },
    ])
  })

  it.each<[Partial<LoginInputs>, RegExp]>([
    [{ password: 'topsecret' }, /^input 'username': a password is given without a username$/],
    [{ username: 'octo' }, /^input 'password': username 'octo' is given without a password$/],
    [{ logins: 'registry=ghcr.io,username=o' }, /^input 'logins': line 1: password= \(last on the line\)/],
    [{ logins: '\nusername=o,password=topsecret' }, /^input 'logins': line 2: registry= is missing$/],
    [{ logins: 'registry=ghcr.io,password=topsecret' }, /line 1: username= is missing/],
    [{ logins: 'registry=ghcr.io,user=o,password=topsecret' }, /line 1: unknown attribute 'user'/],
    [{ logins: 'ghcr.io o topsecret' }, /line 1: expected registry=\.\.\.,username=\.\.\.,password=\.\.\./],
    [
      { logins: 'registry=ghcr.io,username=o,password-env=NOPE' },
      /environment variable 'NOPE' \(password-env\) is not set/,
    ],
    [
      { logins: 'registry=ghcr.io,username=o,password-env=X,password=topsecret' },
      /give password= or password-env=, not both/,
    ],
    [
      {
        registry: 'ghcr.io',
        username: 'a',
        password: 'topsecret',
        logins: 'registry=https://ghcr.io,username=b,password=x',
      },
      /^input 'logins': registry ghcr.io is given more than once$/,
    ],
  ])('%j -> %s', (inputs, message) => {
    let error: unknown
    try {
      parse(inputs)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toMatch(message)
    expect((error as InputError).message).not.toContain('topsecret')
  })
})
