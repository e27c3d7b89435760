import { describe, expect, it } from '@jest/globals'
import { defaultHandoffId, dockerfileKey, handoffIdProblem } from '../../../src/handoff/id.js'

const base = { image: 'ghcr.io/acme/app', context: '.', buildArgs: [] as string[] }

describe('defaultHandoffId', () => {
  it('is the image name and a hash of image, Dockerfile, target and build args', () => {
    expect(defaultHandoffId(base)).toMatch(/^app-[0-9a-f]{12}$/)
  })

  it('differs for each thing that makes another build', () => {
    const ids = [
      defaultHandoffId(base),
      defaultHandoffId({ ...base, image: 'ghcr.io/acme/other' }),
      defaultHandoffId({ ...base, image: 'ghcr.io/acme2/app' }),
      defaultHandoffId({ ...base, file: 'Dockerfile.slim' }),
      defaultHandoffId({ ...base, context: 'sub' }),
      defaultHandoffId({ ...base, target: 'slim' }),
      defaultHandoffId({ ...base, buildArgs: ['VARIANT=slim'] }),
      defaultHandoffId({ ...base, buildArgs: ['VARIANT=full'] }),
    ]
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('is the same for the same build written differently', () => {
    const id = defaultHandoffId({ ...base, buildArgs: ['A=1', 'B=2'] })
    expect(defaultHandoffId({ ...base, buildArgs: ['B=2', 'A=1'] })).toBe(id)
    expect(defaultHandoffId({ ...base, buildArgs: ['A=0', 'B=2', 'A=1'] })).toBe(id) // the last value wins
    expect(defaultHandoffId({ ...base, file: './Dockerfile' })).toBe(defaultHandoffId(base))
    expect(defaultHandoffId({ ...base, file: 'Dockerfile' })).toBe(defaultHandoffId(base))
  })

  it('is a valid id for any image, also none', () => {
    for (const image of ['', 'ghcr.io/acme/-x', `r/${'a'.repeat(200)}`, 'localhost:5000/app']) {
      expect(handoffIdProblem(defaultHandoffId({ ...base, image }))).toBeUndefined()
    }
    expect(defaultHandoffId({ ...base, image: '' })).toMatch(/^build-[0-9a-f]{12}$/)
  })
})

describe('dockerfileKey', () => {
  it.each([
    ['.', undefined, 'Dockerfile'],
    ['sub', undefined, 'sub/Dockerfile'],
    ['.', 'docker\\Dockerfile.slim', 'docker/Dockerfile.slim'],
    ['.', './docker/../Dockerfile', 'Dockerfile'],
  ])('context %s, file %s -> %s (the same on every OS)', (context, file, key) => {
    expect(dockerfileKey(context, file)).toBe(key)
  })
})

describe('handoffIdProblem', () => {
  it.each(['app', 'app-slim', 'App_2.x', '0'])('accepts %s', (id) => {
    expect(handoffIdProblem(id)).toBeUndefined()
  })
  it.each(['app/slim', 'a,b', 'a:b', 'a b', '-a', '.a', 'a\\b', 'ä', 'a'.repeat(101)])('refuses %s', (id) => {
    expect(handoffIdProblem(id)).toBeDefined()
  })
})
