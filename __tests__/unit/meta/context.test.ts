import { describe, expect, it } from '@jest/globals'
import type { context } from '@actions/github'
import { contextFromGithub, type GithubContextLike } from '../../../src/meta/context.js'
import { loadEvent, NOW } from './events.js'

describe('contextFromGithub', () => {
  it('maps the @actions/github context fields', () => {
    const payload = loadEvent('push-feature-x.json')
    const gh: GithubContextLike = {
      eventName: 'push',
      ref: 'refs/heads/feature/x',
      sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      payload,
      runId: 42,
      serverUrl: 'https://github.com',
      repo: { owner: 'octo-org', repo: 'hello-world' },
    }
    expect(contextFromGithub(gh, NOW)).toEqual({
      eventName: 'push',
      ref: 'refs/heads/feature/x',
      sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      payload,
      runId: 42,
      repository: 'octo-org/hello-world',
      serverUrl: 'https://github.com',
      now: NOW,
    })
  })
})

// Type-level check (tsc, not jest): the real @actions/github context fits GithubContextLike.
export const contextFits: (c: typeof context) => GithubContextLike = (c) => c
