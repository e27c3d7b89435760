import { describe, expect, it } from '@jest/globals'
import { mergeOutputs, mergeSummaryMarkdown } from '../../../../src/modes/merge/outputs.js'
import type { MergeResult } from '../../../../src/modes/merge/run.js'
import type { Digest } from '../../../../src/oci/types.js'
import { platform } from '../../support/platforms.js'

const D = (c: string) => `sha256:${c.repeat(64)}` as Digest
const A = 'ghcr.io/o/app'

const [AMD, ARM] = [platform('linux/amd64'), platform('linux/arm64')]
const pushed: MergeResult = {
  digest: D('e'),
  platforms: [AMD, ARM],
  platformDigests: { [AMD]: D('1'), [ARM]: D('2') },
  image: `${A}@${D('e')}`,
  legs: [
    { image: A, platform: platform('linux/amd64'), digest: D('a'), attempt: 1 },
    { image: A, platform: platform('linux/arm64'), digest: D('b'), attempt: 2 },
  ],
  annotations: { 'org.opencontainers.image.created': '2026-03-01T10:05:30.123Z' },
  moved: [`${A}:v1`],
  unchanged: [`${A}:latest`],
}

describe('merge outputs', () => {
  it('gives digest, platforms, platform-digests and image', () => {
    expect(mergeOutputs(pushed)).toEqual({
      digest: D('e'),
      platforms: 'linux/amd64,linux/arm64',
      'platform-digests': JSON.stringify({ 'linux/amd64': D('1'), 'linux/arm64': D('2') }),
      image: `${A}@${D('e')}`,
    })
  })
  it('gives empty digest and image when nothing was pushed', () => {
    const dry = { ...pushed, digest: undefined, image: undefined, platformDigests: {}, moved: [], unchanged: [] }
    expect(mergeOutputs(dry)).toMatchObject({ digest: '', image: '', 'platform-digests': '{}' })
  })
})

describe('merge summary', () => {
  it('shows platforms, digests, the attempt each leg came from, and the tags moved or not', () => {
    expect(mergeSummaryMarkdown(pushed, 'app-1')).toBe(
      [
        '### multiarch-publish: merge',
        '',
        `Index \`${A}@${D('e')}\`, created 2026-03-01T10:05:30.123Z`,
        '',
        'Handoff-id `app-1`',
        '',
        '| Platform | Digest | Leg from run attempt |',
        '| --- | --- | --- |',
        `| linux/amd64 | \`${D('1')}\` | 1 |`,
        `| linux/arm64 | \`${D('2')}\` | 2 |`,
        '',
        '| Tag | |',
        '| --- | --- |',
        `| \`${A}:v1\` | moved to the index |`,
        `| \`${A}:latest\` | already the index: not moved |`,
        '',
      ].join('\n'),
    )
  })
  it('says a push: false merge pushed nothing', () => {
    const dry: MergeResult = {
      ...pushed,
      digest: undefined,
      image: undefined,
      platformDigests: {},
      legs: [{ image: A, platform: platform('linux/amd64'), attempt: 1 }],
      moved: [],
      unchanged: [],
    }
    const md = mergeSummaryMarkdown(dry, 'app-1')
    expect(md).toContain('push: false: every platform has its leg; nothing was pushed, no tag moved.')
    expect(md).toContain('| linux/amd64 | not pushed | 1 |')
    expect(md).not.toContain('| Tag |')
  })
  it('marks legs given by the digests input', () => {
    const md = mergeSummaryMarkdown(
      { ...pushed, legs: [{ image: A, platform: platform('linux/amd64'), digest: D('1') }] },
      undefined,
    )
    expect(md).toContain(`| linux/amd64 | \`${D('1')}\` | digests input |`)
    expect(md).not.toContain('Handoff-id')
  })
})
