import { describe, expect, it } from '@jest/globals'
import {
  formatReference,
  InvalidReferenceError,
  manifestIdentifier,
  parseReference,
  withDigest,
  withTag,
} from '../../../src/oci/reference.js'
import { DigestError, digestOf, parseDigest } from '../../../src/oci/types.js'

const D = `sha256:${'a'.repeat(64)}`

describe('parseReference: Docker normalisation', () => {
  it.each([
    ['alpine', 'docker.io', 'library/alpine', undefined, undefined],
    ['alpine:3.20', 'docker.io', 'library/alpine', '3.20', undefined],
    ['library/alpine', 'docker.io', 'library/alpine', undefined, undefined],
    ['user/app:v1', 'docker.io', 'user/app', 'v1', undefined],
    ['docker.io/alpine', 'docker.io', 'library/alpine', undefined, undefined],
    ['index.docker.io/user/app', 'docker.io', 'user/app', undefined, undefined],
    ['ghcr.io/owner/repo/sub:1.0', 'ghcr.io', 'owner/repo/sub', '1.0', undefined],
    ['localhost/app', 'localhost', 'app', undefined, undefined],
    ['localhost:5000/x', 'localhost:5000', 'x', undefined, undefined],
    ['localhost:5000/x:tag', 'localhost:5000', 'x', 'tag', undefined],
    ['127.0.0.1:41234/a/b:c', '127.0.0.1:41234', 'a/b', 'c', undefined],
    ['[::1]:5000/app', '[::1]:5000', 'app', undefined, undefined],
    ['Registry/app', 'Registry', 'app', undefined, undefined],
    ['myhost.local/a_b/c-d/e.f__g:x', 'myhost.local', 'a_b/c-d/e.f__g', 'x', undefined],
    [`alpine@${D}`, 'docker.io', 'library/alpine', undefined, D],
    [`r.io:443/app:v2@${D}`, 'r.io:443', 'app', 'v2', D],
  ])('%s', (input, registry, repository, tag, digest) => {
    const ref = parseReference(input)
    expect(ref).toEqual({
      registry,
      repository,
      ...(tag !== undefined ? { tag } : {}),
      ...(digest !== undefined ? { digest } : {}),
    })
  })

  it.each([
    ['', 'empty'],
    ['Alpine', 'lowercase'],
    ['docker.io/User/app', 'lowercase'],
    ['alpine:', 'invalid tag'],
    ['alpine:-x', 'invalid tag'],
    [`alpine:${'t'.repeat(129)}`, 'invalid tag'],
    ['alpine@sha256:abc', '64'],
    [`alpine@md5:${'a'.repeat(32)}`, 'unsupported digest algorithm'],
    ['a//b', "invalid repository path component ''"],
    ['host:5000/', 'empty repository'],
    ['bad_host:5000/app', 'invalid registry'],
    ['app-/x', 'invalid repository path component'],
  ])('rejects %j (%s)', (input, reason) => {
    expect(() => parseReference(input)).toThrow(InvalidReferenceError)
    expect(() => parseReference(input)).toThrow(reason)
  })
})

describe('formatReference and helpers', () => {
  it.each([
    ['alpine', 'docker.io/library/alpine'],
    ['localhost:5000/x:1', 'localhost:5000/x:1'],
    [`a/b:t@${D}`, `docker.io/a/b:t@${D}`],
  ])('%s -> %s', (input, out) => {
    expect(formatReference(parseReference(input))).toBe(out)
    expect(formatReference(parseReference(out))).toBe(out)
  })

  it('addresses manifests by digest, then tag, then latest', () => {
    const r = parseReference('h:1/x:t')
    expect(manifestIdentifier(r)).toBe('t')
    expect(manifestIdentifier(withDigest(r, parseDigest(D)))).toBe(D)
    expect(manifestIdentifier(parseReference('h:1/x'))).toBe('latest')
    expect(withTag(withDigest(r, parseDigest(D)), 'v2')).toEqual({ registry: 'h:1', repository: 'x', tag: 'v2' })
  })
})

describe('digests', () => {
  it('computes sha256 of bytes', () => {
    expect(digestOf(new TextEncoder().encode('abc'))).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })
  it.each(['sha256:ABC', 'sha256', `sha256:${'a'.repeat(63)}`, `SHA256:${'a'.repeat(64)}`, `sha512:${'a'.repeat(64)}`])(
    'rejects %s',
    (s) => {
      expect(() => parseDigest(s)).toThrow(DigestError)
    },
  )
  it('accepts sha512', () => {
    expect(parseDigest(`sha512:${'b'.repeat(128)}`)).toBe(`sha512:${'b'.repeat(128)}`)
  })
})
