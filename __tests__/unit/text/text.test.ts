import { describe, expect, it } from '@jest/globals'
import { items, keyValue, lines, numberedLines } from '../../../src/text/lines.js'
import { slug } from '../../../src/text/slug.js'

describe('lines of a multi-line input', () => {
  const text = '# a comment\nfirst \n\n  second\r\n  # another\nthird,fourth'
  it('drops blank and # comment lines, trims, keeps line numbers', () => {
    expect(numberedLines(text)).toEqual([
      { line: 2, text: 'first' },
      { line: 4, text: 'second' },
      { line: 6, text: 'third,fourth' },
    ])
    expect(lines(text)).toEqual(['first', 'second', 'third,fourth'])
  })
  it('splits items on commas and lines', () => {
    expect(items(text)).toEqual(['first', 'second', 'third', 'fourth'])
  })
  it('splits KEY=VALUE at the first =', () => {
    expect(keyValue(' A =b=c')).toEqual(['A', 'b=c'])
    expect(keyValue('=x')).toBeUndefined()
    expect(keyValue('novalue')).toBeUndefined()
  })
})

describe('slug', () => {
  it.each([
    ['linux/arm/v7', '.', 'linux-arm-v7'],
    ['linux/amd64', '.', 'linux-amd64'],
    ['my_app--x', '.', 'my-app-x'],
    ['ghcr.io/acme/my_app', '._-', 'ghcr.io-acme-my_app'],
    ['a]b^c\\d', '.', 'a-b-c-d'],
  ])('%s keeping %j -> %s', (text, keep, want) => {
    expect(slug(text, keep)).toBe(want)
  })
})
