import { describe, expect, it } from '@jest/globals'
import { hasPostWork, isPostStep } from '../../src/post-state.js'

describe('what the entry point reads before loading anything', () => {
  it('tells the post step from the main step by the flag the main step saved', () => {
    expect(isPostStep({ STATE_isPost: 'true' })).toBe(true)
    expect(isPostStep({})).toBe(false)
  })
  it('has post work only when the main step saved what to clean up (a build; not merge, plan or meta)', () => {
    expect(hasPostWork({ STATE_isPost: 'true', 'STATE_multiarch-publish': '{"tempDirs":[]}' })).toBe(true)
    expect(hasPostWork({ STATE_isPost: 'true' })).toBe(false)
    expect(hasPostWork({ STATE_isPost: 'true', 'STATE_multiarch-publish': '' })).toBe(false)
  })
})
