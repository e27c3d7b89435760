import { describe, expect, it } from '@jest/globals'
import { buildOutputs, summaryMarkdown } from '../../../../src/modes/build/outputs.js'
import type { BuildResult } from '../../../../src/modes/build/run.js'
import type { Digest } from '../../../../src/oci/types.js'
import { platform, platforms } from '../../support/platforms.js'

const D = (c: string) => `sha256:${c.repeat(64)}` as Digest

const pushed: BuildResult = {
  digest: D('a'),
  platforms: platforms('linux/amd64', 'linux/arm64'),
  platformDigests: { [platform('linux/amd64')]: D('b'), [platform('linux/arm64')]: D('c') },
  image: `ghcr.io/acme/app@${D('a')}`,
  imageId: D('a'),
  tagged: ['ghcr.io/acme/app:v1'],
  metadata: { raw: '{"containerimage.digest":"x"}' },
  cache: { kind: 'gha', from: [], to: [] },
  buildSeconds: 12.34,
  attestations: [
    { platform: platform('linux/amd64'), predicateTypes: ['https://slsa.dev/provenance/v1'] },
    { platform: platform('linux/arm64'), predicateTypes: ['https://slsa.dev/provenance/v1'] },
  ],
  nodes: [
    { node: 'mp-10', platforms: platforms('linux/amd64') },
    { node: 'mp-11', platforms: platforms('linux/arm64') },
  ],
}

describe('build outputs and summary', () => {
  it("gives build-push-action's imageid and metadata next to the platform outputs (no attestation entry)", () => {
    expect(buildOutputs(pushed)).toEqual({
      digest: D('a'),
      platforms: 'linux/amd64,linux/arm64',
      'platform-digests': JSON.stringify({ 'linux/amd64': D('b'), 'linux/arm64': D('c') }),
      image: `ghcr.io/acme/app@${D('a')}`,
      imageid: D('a'),
      metadata: '{"containerimage.digest":"x"}',
    })
  })

  it('says which attestations were pushed, and which node built what', () => {
    const md = summaryMarkdown(pushed)
    expect(md).toContain('Attestations pushed: provenance (SLSA v1) for linux/amd64, linux/arm64\n')
    expect(md).toContain('Nodes: linux/amd64 on `mp-10`; linux/arm64 on `mp-11`\n')
  })

  it('says a call: check found nothing, without a platform table', () => {
    const md = summaryMarkdown({ ...pushed, digest: undefined, call: 'check', attestations: [], nodes: [] })
    expect(md).toBe('### multiarch-publish\n\n`call: check`: no problem found; nothing was built or pushed.\n')
  })
})
