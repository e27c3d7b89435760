import { describe, expect, it } from '@jest/globals'
import {
  fromOciPlatform,
  parsePlatform,
  platformEquals,
  platformParts,
  satisfies,
  toOciPlatform,
} from '../../../src/oci/platform.js'

describe('Platform values', () => {
  it('are normalised once, so spellings of one platform are equal', () => {
    expect(platformEquals(parsePlatform('linux/aarch64'), parsePlatform('Linux/ARM64/v8'))).toBe(true)
    expect(platformEquals(parsePlatform('linux/arm'), parsePlatform('linux/arm/v7'))).toBe(true)
    expect(platformEquals(parsePlatform('linux/arm/v6'), parsePlatform('linux/arm/v7'))).toBe(false)
  })

  it('split into parts and back into the descriptor form', () => {
    expect(platformParts(parsePlatform('linux/arm/v7'))).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' })
    expect(toOciPlatform(parsePlatform('linux/amd64'))).toEqual({ os: 'linux', architecture: 'amd64' })
  })

  it('satisfy a spec without a variant whatever their variant, and one with a variant only when equal', () => {
    const spec = parsePlatform('linux/amd64')
    expect(satisfies(parsePlatform('linux/amd64/v3'), spec)).toBe(true)
    expect(satisfies(parsePlatform('linux/amd64'), parsePlatform('linux/amd64/v3'))).toBe(false)
    expect(satisfies(parsePlatform('linux/arm/v7'), parsePlatform('linux/arm/v7'))).toBe(true)
    expect(satisfies(parsePlatform('linux/arm64'), spec)).toBe(false)
  })

  it('are read from descriptors and configs, keeping an unknown one as written', () => {
    expect(fromOciPlatform({ os: 'linux', architecture: 'aarch64' })).toBe('linux/arm64')
    expect(fromOciPlatform({ os: 'linux', architecture: 'arm', variant: 'v6' })).toBe('linux/arm/v6')
    expect(fromOciPlatform({ os: 'Plan9', architecture: 'Z80' })).toBe('plan9/z80')
    expect(fromOciPlatform({ os: 'linux' })).toBeUndefined()
  })
})
