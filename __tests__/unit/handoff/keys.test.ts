import { describe, expect, it } from '@jest/globals'
import { attemptOfKey, legFileName, legKey, mergeLookupKeys } from '../../../src/handoff/keys.js'

const IMG = 'ghcr.io/o/app'
const stem = (platform: string) => `multiarch-publish-handoff-v1;image=${IMG};run=42;platform=${platform};attempt=`

describe('legKey', () => {
  it('names image, run, platform and attempt, and ends in ;', () => {
    expect(legKey(IMG, { runId: '42', runAttempt: 3 }, 'linux/arm/v7')).toBe(`${stem('linux/arm/v7')}3;`)
  })

  it.each([
    [{ runId: '', runAttempt: 1 }, /run id '' is not a number/],
    [{ runId: '42', runAttempt: 0 }, /run attempt '0' is not a positive integer/],
    [{ runId: '42', runAttempt: 1.5 }, /run attempt '1.5' is not a positive integer/],
  ])('rejects run %j', (run, message) => {
    expect(() => legKey(IMG, run, 'linux/amd64')).toThrow(message)
  })

  it('rejects keys the cache would refuse', () => {
    expect(() => legKey('a'.repeat(500), { runId: '1', runAttempt: 1 }, 'linux/amd64')).toThrow(/longer than 512/)
    expect(() => legKey('a,b', { runId: '1', runAttempt: 1 }, 'linux/amd64')).toThrow(/contains a comma/)
  })
})

describe('mergeLookupKeys', () => {
  it('looks at the first attempt only on attempt 1', () => {
    expect(mergeLookupKeys(IMG, { runId: '42', runAttempt: 1 }, 'linux/amd64')).toEqual([`${stem('linux/amd64')}1;`])
  })

  it('falls back to earlier attempts, newest first', () => {
    expect(mergeLookupKeys(IMG, { runId: '42', runAttempt: 3 }, 'linux/amd64')).toEqual([
      `${stem('linux/amd64')}3;`,
      `${stem('linux/amd64')}2;`,
      `${stem('linux/amd64')}1;`,
    ])
  })

  it('keeps to 10 keys, the last one the stem, past attempt 10', () => {
    const keys = mergeLookupKeys(IMG, { runId: '42', runAttempt: 12 }, 'linux/amd64')
    expect(keys).toHaveLength(10)
    expect(keys[0]).toBe(`${stem('linux/amd64')}12;`)
    expect(keys[8]).toBe(`${stem('linux/amd64')}4;`)
    expect(keys[9]).toBe(stem('linux/amd64'))
  })
})

describe('attemptOfKey and legFileName', () => {
  it('reads the attempt back', () => {
    expect(attemptOfKey(`${stem('linux/amd64')}12;`)).toBe(12)
    expect(attemptOfKey('something-else')).toBeUndefined()
  })

  it.each([
    ['linux/amd64', 'linux-amd64.json'],
    ['linux/arm/v7', 'linux-arm-v7.json'],
    ['linux/arm64/v9.0', 'linux-arm64-v9.0.json'],
  ])('%s -> %s', (platform, file) => {
    expect(legFileName(platform)).toBe(file)
  })
})
