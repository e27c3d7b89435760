import { describe, expect, it } from '@jest/globals'
import { expandWord, type Expansion } from '../../../src/dockerfile/words.js'

const scope = new Map<string, string | null>([
  ['TAG', '3.20'],
  ['EMPTY', ''],
  ['ARCH', 'arm64'],
  ['POISONED', null],
])

describe('expandWord', () => {
  it.each<[string, Expansion]>([
    ['alpine', { ok: true, value: 'alpine' }],
    ['alpine:$TAG', { ok: true, value: 'alpine:3.20' }],
    ['alpine:${TAG}-x', { ok: true, value: 'alpine:3.20-x' }],
    ['${ARCH}/alpine', { ok: true, value: 'arm64/alpine' }],
    ['alpine:${NOPE:-3}', { ok: true, value: 'alpine:3' }],
    ['alpine:${NOPE-3}', { ok: true, value: 'alpine:3' }],
    ['alpine:${EMPTY:-3}', { ok: true, value: 'alpine:3' }],
    ['alpine:${EMPTY-3}x', { ok: true, value: 'alpine:x' }],
    ['alpine${TAG:+:}${TAG}', { ok: true, value: 'alpine:3.20' }],
    ['alpine${NOPE+:x}', { ok: true, value: 'alpine' }],
    ['alpine${EMPTY:+:x}', { ok: true, value: 'alpine' }],
    ['alpine${EMPTY+:x}', { ok: true, value: 'alpine:x' }],
    ['alpine:${NOPE:-${TAG}}', { ok: true, value: 'alpine:3.20' }],
    ['"alpine:$TAG"', { ok: true, value: 'alpine:3.20' }],
    ["'alpine:$TAG'", { ok: true, value: 'alpine:$TAG' }],
    ['alpine:\\$TAG', { ok: true, value: 'alpine:$TAG' }],
    ['a$', { ok: true, value: 'a$' }],
    ['alpine:$NOPE', { ok: false, variable: 'NOPE', unknown: false }],
    ['alpine:${NOPE}', { ok: false, variable: 'NOPE', unknown: false }],
    ['alpine:$POISONED', { ok: false, variable: 'POISONED', unknown: true }],
    ['alpine:${POISONED:-3}', { ok: false, variable: 'POISONED', unknown: true }],
    ['alpine:${TAG#3.}', { ok: false, unsupported: "the form '${TAG#...}' in 'alpine:${TAG#3.}'" }],
    ['alpine:${TAG:?unset}', { ok: false, unsupported: "the form '${TAG:?...}' in 'alpine:${TAG:?unset}'" }],
    ['alpine:${TAG', { ok: false, unsupported: "the form '${TAG...}' in 'alpine:${TAG'" }],
    ['alpine:${TAG:-3', { ok: false, unsupported: "unterminated '${TAG' in 'alpine:${TAG:-3'" }],
    ['alpine:${}', { ok: false, unsupported: "'${}' in 'alpine:${}'" }],
    ['"alpine', { ok: false, unsupported: `unterminated quote in '"alpine'` }],
  ])('%s', (word, expected) => {
    expect(expandWord(word, scope)).toEqual(expected)
  })

  it('takes the escape character the Dockerfile sets', () => {
    expect(expandWord('alpine:`$TAG', scope, '`')).toEqual({ ok: true, value: 'alpine:$TAG' })
    expect(expandWord('c:\\$TAG', scope, '`')).toEqual({ ok: true, value: 'c:\\3.20' })
  })
})
