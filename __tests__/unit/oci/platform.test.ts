import { describe, expect, it } from '@jest/globals'
import { parsePlatform, parsePlatformList } from '../../../src/oci/platform.js'
import { hostArchitecture, neededEmulators, runsNatively } from '../../../src/qemu/emulators.js'
import { platform, platforms } from '../support/platforms.js'

describe('parsePlatform', () => {
  it.each([
    ['linux/amd64', 'linux/amd64'],
    ['Linux/AMD64', 'linux/amd64'],
    ['linux/x86_64', 'linux/amd64'],
    ['linux/amd64/v1', 'linux/amd64'],
    ['linux/amd64/v3', 'linux/amd64/v3'],
    ['linux/arm64', 'linux/arm64'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/arm64/v8', 'linux/arm64'],
    ['linux/arm', 'linux/arm/v7'],
    ['linux/arm/7', 'linux/arm/v7'],
    ['linux/arm/v6', 'linux/arm/v6'],
    ['linux/armhf', 'linux/arm/v7'],
    ['linux/armel', 'linux/arm/v6'],
    ['linux/i386', 'linux/386'],
    ['linux/386', 'linux/386'],
    ['linux/riscv64', 'linux/riscv64'],
    ['linux/ppc64le', 'linux/ppc64le'],
    ['linux/s390x', 'linux/s390x'],
    [' windows/amd64 ', 'windows/amd64'],
  ])('%s -> %s', (input, expected) => {
    expect(parsePlatform(input)).toBe(expected)
  })

  it.each([
    ['linux/amd65', /unknown architecture 'amd65'/],
    ['arm64', /not of the form os\/arch\[\/variant\]/],
    ['', /empty platform entry/],
    ['linux/', /not of the form/],
    ['linux/arm64/v7/x', /not of the form/],
    ['lunix/amd64', /unknown operating system 'lunix'/],
    ['linux/arm/v9', /unknown arm variant 'v9'/],
    ['linux/s390x/v2', /takes no variant/],
  ])('rejects %j', (input, message) => {
    expect(() => parsePlatform(input)).toThrow(message)
  })
})

describe('parsePlatformList', () => {
  it('splits on commas and newlines, normalises and removes duplicates', () => {
    expect(parsePlatformList('linux/amd64, linux/arm64/v8\nlinux/arm64,linux/arm\n')).toEqual([
      'linux/amd64',
      'linux/arm64',
      'linux/arm/v7',
    ])
  })
  it('rejects an empty entry in the middle', () => {
    expect(() => parsePlatformList('linux/amd64,,linux/arm64')).toThrow(/empty platform entry/)
  })
  it('rejects an empty list', () => {
    expect(() => parsePlatformList(' \n')).toThrow(/no platform given/)
  })
})

describe('native detection and emulators', () => {
  it.each([
    ['x64', 'amd64'],
    ['arm64', 'arm64'],
    ['ia32', '386'],
  ])('host %s is %s', (node, arch) => {
    expect(hostArchitecture(node)).toBe(arch)
  })

  it.each([
    ['linux/amd64', 'amd64', true],
    ['linux/386', 'amd64', true],
    ['linux/arm64', 'amd64', false],
    ['linux/arm64', 'arm64', true],
    ['linux/arm/v7', 'arm64', false],
    ['linux/amd64', 'arm64', false],
    ['windows/amd64', 'amd64', false],
  ])('%s on %s native=%s', (p, host, native) => {
    expect(runsNatively(platform(p), host)).toBe(native)
  })

  it('needs no emulator when every platform is native', () => {
    expect(neededEmulators(platforms('linux/amd64', 'linux/386'), 'amd64')).toEqual([])
  })
  it('needs only the missing emulators, once each', () => {
    expect(
      neededEmulators(
        platforms('linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6', 'linux/riscv64'),
        'amd64',
      ),
    ).toEqual([
      { install: 'arm64', entry: 'qemu-aarch64' },
      { install: 'arm', entry: 'qemu-arm' },
      { install: 'riscv64', entry: 'qemu-riscv64' },
    ])
  })
  it('on an arm64 runner amd64 needs qemu-x86_64', () => {
    expect(neededEmulators(platforms('linux/amd64', 'linux/arm64'), 'arm64')).toEqual([
      { install: 'amd64', entry: 'qemu-x86_64' },
    ])
  })
})
