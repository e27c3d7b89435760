/**
 * The inputs of issue 12 as a runner gives them: handoff-id (given or derived alike in legs and merge), summary,
 * push: false in legs and merge, SOURCE_DATE_EPOCH as the created time, the merge's created left to the legs.
 */
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/errors.js'
import { parseInputs } from '../../../src/inputs/index.js'
import type { Settings } from '../../../src/settings.js'
import { contextFor } from '../meta/events.js'
import { runnerInputs } from '../support/inputs.js'
import { CTX, IMAGE } from '../support/settings.js'

const parse = (inputs: Record<string, string>, env: Record<string, string> = {}, ctx = CTX): Settings =>
  parseInputs(runnerInputs({ images: IMAGE, ...inputs }), ctx, env)

function publishing(s: Settings) {
  if (s.mode !== 'build' && s.mode !== 'build-platform' && s.mode !== 'merge') throw new Error(`got ${s.mode}`)
  return s
}

const CREATED = 'org.opencontainers.image.created'

describe('handoff-id', () => {
  it('is taken as given, and then also names the cache scope', () => {
    for (const mode of ['build-platform', 'merge', 'build']) {
      expect(publishing(parse({ mode, 'handoff-id': 'app-slim' })).handoff).toEqual({ id: 'app-slim', explicit: true })
    }
  })

  it('is derived alike by a leg and a merge that get the same images, file, target and build-args', () => {
    const build = { file: 'docker/Dockerfile.slim', target: 'slim', 'build-args': 'VARIANT=slim\nX=1' }
    const leg = publishing(parse({ mode: 'build-platform', platforms: 'linux/arm64', ...build })).handoff
    const merge = publishing(parse({ mode: 'merge', ...build })).handoff
    expect(leg).toEqual(merge)
    expect(leg.explicit).toBe(false)
    // a merge that is not told the build args derives another id (the merge then names handoff-id)
    expect(publishing(parse({ mode: 'merge', file: build.file, target: 'slim' })).handoff.id).not.toBe(leg.id)
  })

  it.each([
    ['app/slim', /input 'handoff-id': expected only letters, digits, '\.', '_' and '-'.*got 'app\/slim'/],
    ['a,b', /input 'handoff-id': .*got 'a,b'/],
    ['a:b', /input 'handoff-id': .*got 'a:b'/],
    ['-x', /input 'handoff-id': .*starting with a letter or digit/],
    ['x'.repeat(101), /input 'handoff-id': expected at most 100 characters, got 101/],
  ])('refuses %s in legs and merge, before anything runs', (id, message) => {
    for (const mode of ['build-platform', 'merge']) {
      expect(() => parse({ mode, 'handoff-id': id })).toThrow(message)
      expect(() => parse({ mode, 'handoff-id': id })).toThrow(InputError)
    }
  })

  it('names build-args when the merge derives the id from a bad build-args line', () => {
    expect(() => parse({ mode: 'merge', 'build-args': 'NOVALUE' })).toThrow(/input 'build-args': line 1/)
  })
})

describe('summary', () => {
  it.each(['build', 'build-platform', 'merge'])('%s: on by default, off with false', (mode) => {
    expect(publishing(parse({ mode })).summary).toBe(true)
    expect(publishing(parse({ mode, summary: 'false' })).summary).toBe(false)
    expect(() => parse({ mode, summary: 'no' })).toThrow(/input 'summary': expected true or false/)
  })
})

describe('push: false', () => {
  it('lets a leg build and hand off without pushing', () => {
    expect(parse({ mode: 'build-platform', push: 'false', platforms: 'linux/amd64' })).toMatchObject({
      mode: 'build-platform',
      push: false,
    })
  })
  it('makes a merge that checks the legs only', () => {
    expect(parse({ mode: 'merge', push: 'false' })).toMatchObject({ mode: 'merge', push: false })
    expect(parse({ mode: 'merge' })).toMatchObject({ mode: 'merge', push: true })
  })
})

describe('created', () => {
  it('is the clock in build mode without SOURCE_DATE_EPOCH, and SOURCE_DATE_EPOCH with it', () => {
    const clock = publishing(parse({}))
    expect(clock.labels[CREATED]).toBe(CTX.now.toISOString())
    const sde = publishing(parse({}, { SOURCE_DATE_EPOCH: '1700000000' }))
    expect(sde.labels[CREATED]).toBe('2023-11-14T22:13:20.000Z')
    expect(sde.annotations.index?.[CREATED]).toBe('2023-11-14T22:13:20.000Z')
    expect(sde.annotations.manifest?.[CREATED]).toBe('2023-11-14T22:13:20.000Z')
  })

  it('is left to the legs in merge mode (never the clock), unless SOURCE_DATE_EPOCH is set', () => {
    const merge = parse({ mode: 'merge' })
    if (merge.mode !== 'merge') throw new Error('merge')
    expect(merge.annotations.index).not.toHaveProperty(CREATED)
    expect(merge.labels).not.toHaveProperty(CREATED)
    const sde = parse({ mode: 'merge' }, { SOURCE_DATE_EPOCH: '0' })
    expect(publishing(sde).annotations.index?.[CREATED]).toBe('1970-01-01T00:00:00.000Z')
  })

  it("keeps the user's created annotation", () => {
    const s = parse({ mode: 'merge', annotations: `${CREATED}=2020-01-01T00:00:00Z` })
    expect(publishing(s).annotations.index?.[CREATED]).toBe('2020-01-01T00:00:00Z')
  })

  it("gives the merge the pushed commit's time as a fallback", () => {
    const s = parse({ mode: 'merge' }, {}, contextFor('push main'))
    if (s.mode !== 'merge') throw new Error('merge')
    expect(s.commitDate).toBeInstanceOf(Date)
  })

  it.each(['soon', '-1', '1.5', '99999999999999'])('refuses SOURCE_DATE_EPOCH=%s, naming it', (value) => {
    expect(() => parse({}, { SOURCE_DATE_EPOCH: value })).toThrow(/input 'SOURCE_DATE_EPOCH': expected whole seconds/)
  })
})
