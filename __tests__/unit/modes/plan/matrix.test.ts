import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../../src/errors.js'
import { platformsInput } from '../../../../src/inputs/common.js'
import { parseRunnerMap } from '../../../../src/inputs/runner-map.js'
import { matchesPattern, planMatrix, runnerArchitecture, runnerFor } from '../../../../src/modes/plan/matrix.js'
import { runPlan } from '../../../../src/modes/plan/run.js'
import { parsePlatformList } from '../../../../src/oci/platform.js'
import { platform, platforms } from '../../support/platforms.js'

describe('planMatrix with the default runner map', () => {
  it('puts each platform on its native runner, and the rest on ubuntu-24.04 with QEMU', () => {
    expect(planMatrix(platforms('linux/amd64', 'linux/arm64', 'linux/386', 'linux/arm/v7', 'linux/riscv64'))).toEqual({
      include: [
        { platform: 'linux/amd64', runner: 'ubuntu-24.04', qemu: false, slug: 'linux-amd64' },
        { platform: 'linux/arm64', runner: 'ubuntu-24.04-arm', qemu: false, slug: 'linux-arm64' },
        { platform: 'linux/386', runner: 'ubuntu-24.04', qemu: false, slug: 'linux-386' },
        { platform: 'linux/arm/v7', runner: 'ubuntu-24.04-arm', qemu: true, slug: 'linux-arm-v7' },
        { platform: 'linux/riscv64', runner: 'ubuntu-24.04', qemu: true, slug: 'linux-riscv64' },
      ],
    })
  })

  it('normalises and removes duplicates, keeping order', () => {
    expect(
      planMatrix(parsePlatformList(['linux/aarch64', 'linux/arm64/v8', 'linux/x86_64'].join(','))).include.map(
        (l) => l.platform,
      ),
    ).toEqual(['linux/arm64', 'linux/amd64'])
  })

  it.each([
    [[], /input 'platforms': expected platforms like linux\/amd64,linux\/arm64, got an empty value/],
    [[','], /input 'platforms': no platform given/],
    [['linux/amd65'], /input 'platforms': 'linux\/amd65': unknown architecture 'amd65'/],
  ])('rejects %j', (list, message) => {
    // the platforms are parsed where the `platforms` input is read
    const plan = () => planMatrix(platformsInput(() => list.join(',')))
    expect(plan).toThrow(message)
    expect(plan).toThrow(InputError)
  })
})

describe('planMatrix with a runner map', () => {
  it('prefers the map, falls back to the defaults, and guesses QEMU from the label', () => {
    const map = parseRunnerMap('linux/arm/*=my-arm-runner\nlinux/amd64=big-x64\n')
    expect(planMatrix(platforms('linux/amd64', 'linux/arm/v6', 'linux/arm64', 'linux/s390x'), map).include).toEqual([
      { platform: 'linux/amd64', runner: 'big-x64', qemu: false, slug: 'linux-amd64' },
      { platform: 'linux/arm/v6', runner: 'my-arm-runner', qemu: true, slug: 'linux-arm-v6' },
      { platform: 'linux/arm64', runner: 'ubuntu-24.04-arm', qemu: false, slug: 'linux-arm64' },
      { platform: 'linux/s390x', runner: 'ubuntu-24.04', qemu: true, slug: 'linux-s390x' },
    ])
  })

  it('takes the first matching pattern, `*` catching everything', () => {
    const map = parseRunnerMap('linux/arm64=a\n*=b')
    expect(runnerFor(platform('linux/arm64'), map)).toBe('a')
    expect(runnerFor(platform('linux/amd64'), map)).toBe('b')
    expect(runnerFor(platform('linux/arm/v7'), map)).toBe('b')
  })
})

describe('parseRunnerMap', () => {
  it('parses lines, normalises platforms, ignores comments and blank lines', () => {
    expect(
      parseRunnerMap('# arm on Graviton\n\n linux/aarch64 = graviton \nlinux/ARM/* = pi\n*=ubuntu-22.04\n'),
    ).toEqual({
      'linux/arm64': 'graviton',
      'linux/arm/*': 'pi',
      '*': 'ubuntu-22.04',
    })
  })

  it.each([
    ['linux/arm64', /input 'runner-map': line 1 'linux\/arm64' is not of the form platform=runner/],
    ['linux/arm64=', /line 1: '' is not a runner label/],
    ['linux/arm64=two words', /line 1: 'two words' is not a runner label/],
    ['\nlinux/amd65=x', /input 'runner-map': line 2: 'linux\/amd65': unknown architecture/],
    ['linux/arm*=x', /line 1: 'linux\/arm\*' is not a platform pattern/],
    ['*/*/*/*=x', /line 1: '\*\/\*\/\*\/\*' is not a platform pattern/],
    ['linux/arm64=a\nlinux/aarch64=b', /line 2: 'linux\/arm64' is mapped twice/],
  ])('rejects %j', (input, message) => {
    expect(() => parseRunnerMap(input)).toThrow(message)
    expect(() => parseRunnerMap(input)).toThrow(InputError)
  })
})

describe('matchesPattern and runnerArchitecture', () => {
  it.each([
    ['linux/arm/v7', 'linux/arm/*', true],
    ['linux/arm64', 'linux/arm/*', false],
    ['linux/arm64', 'linux/*', true],
    ['linux/arm/v7', 'linux/*', false],
    ['windows/amd64', '*/amd64', true],
    ['linux/riscv64', '*', true],
  ])('%s ~ %s = %s', (p, pattern, expected) => {
    expect(matchesPattern(platform(p), pattern)).toBe(expected)
  })

  it.each([
    ['ubuntu-24.04-arm', 'arm64'],
    ['ubuntu-22.04-arm', 'arm64'],
    ['linux-arm64-large', 'arm64'],
    ['ubuntu-24.04', 'amd64'],
    ['self-hosted-armada', 'amd64'],
  ])('%s runs %s', (runner, arch) => {
    expect(runnerArchitecture(runner)).toBe(arch)
  })
})

describe('runPlan', () => {
  it('gives the matrix as JSON and the normalised platforms for the merge', () => {
    expect(
      runPlan({
        platforms: platforms('linux/aarch64', 'linux/amd64'),
        runnerMap: parseRunnerMap('linux/arm64=graviton-arm64'),
      }).outputs,
    ).toEqual({
      matrix:
        '{"include":[{"platform":"linux/arm64","runner":"graviton-arm64","qemu":false,"slug":"linux-arm64"},' +
        '{"platform":"linux/amd64","runner":"ubuntu-24.04","qemu":false,"slug":"linux-amd64"}]}',
      platforms: 'linux/arm64,linux/amd64',
    })
  })

  it('names the runner-map input on a bad map', () => {
    expect(() => runPlan({ platforms: platforms('linux/amd64'), runnerMap: parseRunnerMap('nonsense') })).toThrow(
      /^input 'runner-map': line 1/,
    )
  })
})
