import type { Platform } from '../../../src/oci/platform.js'
import { describe, expect, it } from '@jest/globals'
import { binfmtArgs, missingEmulators, planQemu, unrunnablePlatforms } from '../../../src/qemu/plan.js'
import { platforms as parsed } from '../support/platforms.js'

const arm64 = { install: 'arm64', entry: 'qemu-aarch64' }
const arm = { install: 'arm', entry: 'qemu-arm' }
const riscv = { install: 'riscv64', entry: 'qemu-riscv64' }

describe('planQemu', () => {
  const platforms = parsed('linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/riscv64')
  it.each([
    ['auto', 'amd64', [], { install: [arm64, arm, riscv], required: [arm64, arm, riscv] }],
    ['auto', 'amd64', ['qemu-aarch64', 'qemu-arm'], { install: [riscv], required: [arm64, arm, riscv] }],
    ['auto', 'amd64', ['qemu-aarch64', 'qemu-arm', 'qemu-riscv64'], { install: [], required: [arm64, arm, riscv] }],
    [
      'true',
      'amd64',
      ['qemu-aarch64', 'qemu-arm', 'qemu-riscv64'],
      { install: [arm64, arm, riscv], required: [arm64, arm, riscv] },
    ],
    ['false', 'amd64', [], { install: [], required: [] }],
  ] as const)('qemu=%s on %s with %j registered', (qemu, host, registered, plan) => {
    expect(planQemu({ qemu, platforms }, host, registered)).toEqual(plan)
  })
  it('needs nothing when every platform is native', () => {
    expect(planQemu({ qemu: 'auto', platforms: parsed('linux/arm64') }, 'arm64', [])).toEqual({
      install: [],
      required: [],
    })
  })
})

describe('binfmt argv', () => {
  it('installs only the given emulators with the given image', () => {
    expect(binfmtArgs('docker.io/tonistiigi/binfmt:latest', [arm64, riscv])).toEqual([
      'run',
      '--privileged',
      '--rm',
      'docker.io/tonistiigi/binfmt:latest',
      '--install',
      'arm64,riscv64',
    ])
    expect(binfmtArgs('mirror.local/binfmt:qemu-v9', [arm])).toEqual([
      'run',
      '--privileged',
      '--rm',
      'mirror.local/binfmt:qemu-v9',
      '--install',
      'arm',
    ])
  })
  it('reports emulators still missing after install', () => {
    expect(missingEmulators([arm64, arm], ['qemu-aarch64'])).toEqual([arm])
    expect(missingEmulators([arm64], ['qemu-aarch64'])).toEqual([])
  })

  it('names the platforms a builder booted now cannot run: non-native, emulator not registered', () => {
    const platforms = ['linux/amd64', 'linux/386', 'linux/arm64', 'linux/arm/v7', 'linux/arm/v6'] as Platform[]
    expect(unrunnablePlatforms(platforms, 'amd64', ['qemu-aarch64'])).toEqual(['linux/arm/v7', 'linux/arm/v6'])
    expect(unrunnablePlatforms(platforms, 'amd64', ['qemu-aarch64', 'qemu-arm'])).toEqual([])
    expect(unrunnablePlatforms(platforms, 'arm64', [])).toEqual([
      'linux/amd64',
      'linux/386',
      'linux/arm/v7',
      'linux/arm/v6',
    ])
  })
})
