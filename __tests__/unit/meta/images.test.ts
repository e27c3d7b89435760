import { describe, expect, it } from '@jest/globals'
import { imageNames, parseImages } from '../../../src/meta/images.js'

// metadata-action's images input (README "images input", its __tests__/image.test.ts)
describe('parseImages', () => {
  it.each([
    [
      'name/foo\nghcr.io/name/bar',
      [
        { name: 'name/foo', enable: true },
        { name: 'ghcr.io/name/bar', enable: true },
      ],
    ],
    [
      'name=name/foo\nname=ghcr.io/name/bar',
      [
        { name: 'name/foo', enable: true },
        { name: 'ghcr.io/name/bar', enable: true },
      ],
    ],
    [
      'name/foo,ghcr.io/name/bar',
      [
        { name: 'name/foo', enable: true },
        { name: 'ghcr.io/name/bar', enable: true },
      ],
    ],
    [
      'name=name/foo,enable=false\nghcr.io/name/bar',
      [
        { name: 'name/foo', enable: false },
        { name: 'ghcr.io/name/bar', enable: true },
      ],
    ],
    ['', []],
  ])('%j', (text, expected) => {
    expect(parseImages(text)).toEqual(expected)
  })

  it.each<[string, RegExp]>([
    [
      'name/foo\nname=a,enable=maybe',
      /^input 'images': line 2 'name=a,enable=maybe': enable=maybe: expected true or false$/,
    ],
    ['name/foo\nname=a,colour=red', /line 2 .*unknown attribute 'colour' \(allowed: name, enable\)/],
    ['enable=true', /line 1 'enable=true': no image name/],
  ])('%j -> %s', (text, message) => {
    expect(() => parseImages(text)).toThrow(message)
  })
})

describe('imageNames', () => {
  it('lowercases with a notice, skips disabled images', () => {
    expect(
      imageNames([{ name: 'ghcr.io/MyUSER/MyApp', enable: true }, { name: 'Off/App', enable: false }, 'org/app']),
    ).toEqual({
      names: ['ghcr.io/myuser/myapp', 'org/app'],
      notices: ["images: 'ghcr.io/MyUSER/MyApp' is used as 'ghcr.io/myuser/myapp' (image names are lowercase)"],
    })
  })
})
