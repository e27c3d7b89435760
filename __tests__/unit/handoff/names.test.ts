import { describe, expect, it } from '@jest/globals'
import { legArtifactName, parseLegArtifactName, platformSlug } from '../../../src/handoff/names.js'
import { platform } from '../support/platforms.js'

describe('handoff artifact names', () => {
  it.each([
    ['app-3f2a9c1b7d4e', 'linux/amd64', 1, 'multiarch-publish-handoff_app-3f2a9c1b7d4e_linux-amd64_attempt-1'],
    ['my_app.v2-x', 'linux/arm/v7', 12, 'multiarch-publish-handoff_my_app.v2-x_linux-arm-v7_attempt-12'],
  ])('%s %s attempt %d -> %s, and back', (id, p, attempt, name) => {
    expect(legArtifactName(id, platform(p), attempt)).toBe(name)
    expect(parseLegArtifactName(name)).toEqual({ handoffId: id, platformSlug: platformSlug(p), attempt })
  })

  it('holds none of the characters an artifact name cannot (and no path separator of any OS)', () => {
    const name = legArtifactName('a.b_c-d', platform('linux/arm64/v8'), 3)
    expect(name).not.toMatch(/[":<>|*?\r\n\\/]/)
  })

  it.each([
    'coverage',
    'multiarch-publish-handoff_app_linux-amd64',
    'multiarch-publish-handoff__linux-amd64_attempt-1',
  ])('is not a leg: %s', (name) => {
    expect(parseLegArtifactName(name)).toBeUndefined()
  })

  it('refuses an attempt that is not a positive integer', () => {
    expect(() => legArtifactName('a', platform('linux/amd64'), 0)).toThrow(/run attempt '0' is not a positive integer/)
  })
})
