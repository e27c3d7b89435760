import { describe, expect, it } from '@jest/globals'
import type { context } from '@actions/github'
import { commitDateFromPayload, contextFromGithub, type GithubContextLike } from '../../../src/meta/context.js'
import { metaEnv } from '../../../src/meta/env.js'
import { contextFor, loadEvent, NOW } from './events.js'

const gh = (file: string, eventName: string, ref: string, sha: string): GithubContextLike => ({
  eventName,
  ref,
  sha,
  payload: loadEvent(file),
  runId: 42,
  serverUrl: 'https://github.com',
  repo: { owner: 'octo-org', repo: 'hello-world' },
})

describe('contextFromGithub', () => {
  it('maps the @actions/github context fields, with the commit date from the push payload', () => {
    const input = gh('push-feature-x.json', 'push', 'refs/heads/feature/x', 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678')
    expect(contextFromGithub(input, NOW)).toEqual({
      eventName: 'push',
      ref: 'refs/heads/feature/x',
      sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      payload: input.payload,
      runId: 42,
      repository: 'octo-org/hello-world',
      serverUrl: 'https://github.com',
      now: NOW,
      commitDate: new Date('2024-05-02T09:14:01Z'),
    })
  })

  it('pull_request_target: the pull request ref instead of the base branch', () => {
    const ctx = contextFor('pull_request_target')
    expect([ctx.ref, ctx.sha]).toEqual(['refs/pull/42/merge', '860c1904a1ce19322e91ac35af1ab07466440c37'])
  })

  it.each<[string, string | undefined, string]>([
    ['pull_request', undefined, '5a8e2c1f9d7b3e6a0c4f8b2d1e9a7c5b3f1d0e2a'],
    ['pull_request', 'false', '5a8e2c1f9d7b3e6a0c4f8b2d1e9a7c5b3f1d0e2a'],
    ['pull_request', 'true', 'c3d0a8f1b2e4d6c8a0b1c2d3e4f5a6b7c8d9e0f1'],
    ['pull_request', 'TRUE', 'c3d0a8f1b2e4d6c8a0b1c2d3e4f5a6b7c8d9e0f1'],
    ['pull_request_target', 'true', 'c3d0a8f1b2e4d6c8a0b1c2d3e4f5a6b7c8d9e0f1'],
    ['push main', 'true', '860c1904a1ce19322e91ac35af1ab07466440c37'],
  ])('%s with DOCKER_METADATA_PR_HEAD_SHA=%s -> sha %s', (event, value, sha) => {
    const ctx = contextFor(event as 'pull_request', { DOCKER_METADATA_PR_HEAD_SHA: value })
    expect(ctx.sha).toBe(sha)
  })

  it('DOCKER_METADATA_SHORT_SHA_LENGTH', () => {
    expect(contextFor('push main', { DOCKER_METADATA_SHORT_SHA_LENGTH: '12' }).shortShaLength).toBe(12)
    expect(contextFor('push main').shortShaLength).toBeUndefined()
  })
})

describe('commitDateFromPayload', () => {
  it('finds a pushed commit or the head commit, nothing otherwise', () => {
    expect(
      commitDateFromPayload(loadEvent('push-tag-v1.2.3.json'), '860c1904a1ce19322e91ac35af1ab07466440c37'),
    ).toEqual(new Date('2024-05-02T09:14:01Z'))
    expect(commitDateFromPayload(loadEvent('push-main.json'), 'ffff')).toBeUndefined()
    expect(
      commitDateFromPayload(loadEvent('schedule.json'), '860c1904a1ce19322e91ac35af1ab07466440c37'),
    ).toBeUndefined()
  })
})

describe('metaEnv', () => {
  it('reads the variables metadata-action users set', () => {
    expect(metaEnv({})).toEqual({ prHeadSha: false, annotationLevels: ['manifest'] })
    expect(
      metaEnv({
        DOCKER_METADATA_PR_HEAD_SHA: 'true',
        DOCKER_METADATA_SHORT_SHA_LENGTH: '12',
        DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest, index,manifest-descriptor[linux/amd64]',
      }),
    ).toEqual({
      prHeadSha: true,
      shortShaLength: 12,
      annotationLevels: ['manifest', 'index', 'manifest-descriptor[linux/amd64]'],
    })
  })

  it.each<[Record<string, string>, RegExp]>([
    [
      { DOCKER_METADATA_SHORT_SHA_LENGTH: 'twelve' },
      /^input 'DOCKER_METADATA_SHORT_SHA_LENGTH': expected a positive whole number, got 'twelve'$/,
    ],
    [{ DOCKER_METADATA_SHORT_SHA_LENGTH: '0' }, /expected a positive whole number, got '0'/],
    [
      { DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,image' },
      /^input 'DOCKER_METADATA_ANNOTATIONS_LEVELS': 'image' in 'manifest,image' is not an annotation level/,
    ],
  ])('%j -> %s', (env, message) => {
    expect(() => metaEnv(env)).toThrow(message)
  })
})

// Type-level check (tsc, not jest): the real @actions/github context fits GithubContextLike.
export const contextFits: (c: typeof context) => GithubContextLike = (c) => c
