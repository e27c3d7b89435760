/**
 * Every mode parsed the way a runner calls the action: action.yml's defaults for every input the workflow leaves
 * out. Before, unit fixtures gave '' for unset inputs, and `cache-from` was rejected on GitHub because the runner
 * passes `cache-mode: min` (its default) with it.
 */
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { parseInputs } from '../../../src/inputs/index.js'
import type { Settings } from '../../../src/settings.js'
import { ACTION_DEFAULTS, runnerInputs } from '../support/inputs.js'
import { CTX, IMAGE } from '../support/settings.js'

const parse = (inputs: Record<string, string> = {}): Settings => parseInputs(runnerInputs(inputs), CTX, {})

describe('action.yml is the one source of defaults', () => {
  it('declares the defaults the code relies on', () => {
    expect(ACTION_DEFAULTS).toMatchObject({
      mode: 'build',
      platforms: 'linux/amd64,linux/arm64',
      context: '.',
      push: 'true',
      qemu: 'auto',
      driver: 'docker-container',
      cache: 'auto',
      'cache-mode': 'min',
      'binfmt-image': 'docker.io/tonistiigi/binfmt:latest',
    })
  })

  it('plan mode parses with nothing but the defaults', () => {
    expect(parse({ mode: 'plan' })).toEqual({ mode: 'plan', platforms: ['linux/amd64', 'linux/arm64'], runnerMap: {} })
  })

  it.each(['build', 'build-platform', 'merge'])(
    '%s with nothing but the defaults asks for the one input it needs: images',
    (mode) => {
      expect(() => parse({ mode })).toThrow(InputError)
      expect(() => parse({ mode })).toThrow(/^input 'images': expected at least one image repository/)
    },
  )

  it.each(['build', 'build-platform', 'merge'])('%s parses with the defaults and images', (mode) => {
    const s = parse({ mode, images: IMAGE })
    expect(s.mode).toBe(mode)
    if (s.mode === 'meta') throw new Error('not a publishing mode')
    expect(s.platforms).toEqual(['linux/amd64', 'linux/arm64'])
  })

  it('build mode gets its defaults from action.yml', () => {
    const s = parse({ images: IMAGE })
    if (s.mode !== 'build') throw new Error('expected build mode')
    expect(s).toMatchObject({
      context: '.',
      push: true,
      qemu: 'auto',
      driver: 'docker-container',
      cache: 'auto',
      cacheMode: 'min',
      cacheFrom: [],
      cacheTo: [],
      binfmtImage: 'docker.io/tonistiigi/binfmt:latest',
    })
  })
})

describe('documented combinations, with the defaults for the rest', () => {
  it('cache-from and cache-to replace the gha cache (regression: rejected because cache-mode defaults to min)', () => {
    const s = parse({
      images: IMAGE,
      'cache-from': 'type=registry,ref=ghcr.io/acme/app:cache',
      'cache-to': 'type=registry,ref=ghcr.io/acme/app:cache,mode=max',
    })
    expect(s).toMatchObject({
      cacheFrom: ['type=registry,ref=ghcr.io/acme/app:cache'],
      cacheTo: ['type=registry,ref=ghcr.io/acme/app:cache,mode=max'],
      cacheMode: 'min',
      cache: 'auto',
    })
  })

  it('cache-from alone', () => {
    expect(parse({ images: IMAGE, 'cache-from': 'type=gha,scope=x' })).toMatchObject({
      cacheFrom: ['type=gha,scope=x'],
    })
  })

  it('driver: remote with an endpoint', () => {
    expect(parse({ images: IMAGE, driver: 'remote', endpoint: 'tcp://127.0.0.1:1234' })).toMatchObject({
      driver: 'remote',
      endpoint: 'tcp://127.0.0.1:1234',
    })
  })

  it('push: false needs no image', () => {
    expect(parse({ push: 'false' })).toMatchObject({ mode: 'build', push: false, images: [], tags: [] })
  })

  it('merge with digests', () => {
    const digest = `sha256:${'a'.repeat(64)}`
    expect(parse({ mode: 'merge', images: IMAGE, digests: `${IMAGE}@${digest}` })).toMatchObject({
      mode: 'merge',
      digests: [{ image: IMAGE, digest }],
    })
  })
})

describe('an input given but left blank is an error naming it, never the default', () => {
  it.each([
    ['platforms', ''],
    ['platforms', ' '],
    ['platforms', '\n'],
    ['mode', ''],
    ['push', ''],
    ['context', ' '],
    ['driver', ''],
    ['qemu', ''],
    ['cache', ''],
    ['cache-mode', ''],
    ['binfmt-image', ''],
  ])('%s: %j', (name, value) => {
    const run = () => parse({ images: IMAGE, [name]: value })
    expect(run).toThrow(InputError)
    expect(run).toThrow(new RegExp(`^input '${name}': expected .*, got an empty value$`))
  })

  it.each(['plan', 'merge', 'build-platform'])('platforms left blank in %s mode (an empty matrix value)', (mode) => {
    expect(() => parse({ mode, images: IMAGE, platforms: '' })).toThrow(/^input 'platforms': expected platforms/)
  })
})

describe('image names with capitals (as ${{ github.repository }} gives them)', () => {
  it.each(['build', 'build-platform', 'merge'])('%s lowercases them, with a notice', (mode) => {
    const s = parse({ mode, images: 'ghcr.io/Acme/Widget\nlocalhost:5000/acme/app' })
    if (s.mode === 'plan' || s.mode === 'meta') throw new Error('not a publishing mode')
    expect(s.images).toEqual(['ghcr.io/acme/widget', 'localhost:5000/acme/app'])
    expect(s.notices).toEqual([
      "images: 'ghcr.io/Acme/Widget' is used as 'ghcr.io/acme/widget' (image names are lowercase)",
    ])
  })

  it('a name still invalid once lowercased gets the input error', () => {
    expect(() => parse({ images: 'ghcr.io/Acme/Wid get' })).toThrow(
      /^input 'images': 'ghcr.io\/Acme\/Wid get' is not a valid image repository/,
    )
  })
})
