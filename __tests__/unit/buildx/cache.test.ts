import { describe, expect, it } from '@jest/globals'
import { cacheServiceFrom, ghaScope, parseBuildxVersion, planCache } from '../../../src/buildx/cache.js'
import { settings, IMAGE } from '../support/settings.js'

const v1 = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'http://127.0.0.1:1/' }
const v2 = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/', ACTIONS_CACHE_SERVICE_V2: 'true' }

describe('cache service detection', () => {
  it.each([
    [{}, { available: false, v2: false }],
    [{ ACTIONS_CACHE_URL: 'u' }, { available: false, v2: false }],
    [v1, { available: true, v2: false }],
    [v2, { available: true, v2: true }],
    [
      { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'u', ACTIONS_CACHE_SERVICE_V2: 'true' },
      { available: false, v2: true },
    ],
  ])('%j', (env, service) => {
    expect(cacheServiceFrom(env)).toEqual(service)
  })
})

describe('planCache', () => {
  const s = (inputs: Record<string, string> = {}) => settings({ images: IMAGE, ...inputs })
  const scope = 'multiarch-publish-ghcr.io-acme-app'
  it('uses gha by default when the service is there, min mode, ignore-error on export', () => {
    expect(planCache(s(), cacheServiceFrom(v2), '0.29.1', scope)).toEqual({
      kind: 'gha',
      from: [`type=gha,scope=${scope}`],
      to: [`type=gha,scope=${scope},mode=min,ignore-error=true`],
    })
    expect(planCache(s({ 'cache-mode': 'max' }), cacheServiceFrom(v1), '0.12.0', scope).to).toEqual([
      `type=gha,scope=${scope},mode=max,ignore-error=true`,
    ])
  })
  it('builds without cache when the job has no cache service (auto: quietly, gha: with a warning)', () => {
    expect(planCache(s(), cacheServiceFrom({}), '0.29.1', scope)).toEqual({ kind: 'none', from: [], to: [] })
    expect(planCache(s({ cache: 'gha' }), cacheServiceFrom({}), '0.29.1', scope).warning).toMatch(
      /no Actions cache service/,
    )
  })
  it('says so and builds without cache when the v2 service meets buildx < 0.21', () => {
    const plan = planCache(s(), cacheServiceFrom(v2), '0.20.1', scope)
    expect(plan.kind).toBe('none')
    expect(plan.warning).toMatch(/buildx 0.20.1 cannot talk to it \(needs 0.21.0 or newer\); building WITHOUT cache/)
    expect(planCache(s(), cacheServiceFrom(v2), '0.21.0', scope).kind).toBe('gha')
  })
  it('cache none and explicit cache-from/cache-to override the default', () => {
    expect(planCache(s({ cache: 'none' }), cacheServiceFrom(v2), '0.29.1', scope).kind).toBe('none')
    expect(
      planCache(
        s({ 'cache-from': 'type=registry,ref=r/c', 'cache-to': 'type=inline' }),
        cacheServiceFrom(v2),
        '0.29.1',
        scope,
      ),
    ).toEqual({ kind: 'custom', from: ['type=registry,ref=r/c'], to: ['type=inline'] })
  })
})

describe('gha scope', () => {
  const derived = (id = 'x') => ({ id, explicit: false })
  it.each([
    [{ images: [IMAGE] }, undefined, 'multiarch-publish-ghcr.io-acme-app'],
    [{ images: [IMAGE], target: 'release' }, undefined, 'multiarch-publish-ghcr.io-acme-app-release'],
    [{ images: [IMAGE] }, 'linux/arm64', 'multiarch-publish-ghcr.io-acme-app-linux-arm64'],
    [
      { images: [IMAGE], file: 'docker/Dockerfile.slim' },
      undefined,
      'multiarch-publish-ghcr.io-acme-app-docker-Dockerfile.slim',
    ],
    [{ images: [] }, undefined, 'multiarch-publish'],
    [{ images: ['localhost:5000/app'] }, undefined, 'multiarch-publish-localhost-5000-app'],
  ] as const)('without handoff-id: image, Dockerfile, target (%j, %s) -> %s', (s, platform, scope) => {
    expect(ghaScope({ ...s, images: [...s.images], handoff: derived() }, platform)).toBe(scope)
  })

  it('without handoff-id, keeps the build args out (a commit SHA in them would leave every run cold)', () => {
    const a = settings({ images: IMAGE, 'build-args': 'GIT_SHA=1111' })
    const b = settings({ images: IMAGE, 'build-args': 'GIT_SHA=2222' })
    expect(a.handoff.id).not.toBe(b.handoff.id)
    expect(ghaScope(a)).toBe(ghaScope(b))
  })

  it('with handoff-id given, is the id (per platform for a leg), so variants keep their caches apart', () => {
    const slim = settings({ images: IMAGE, 'handoff-id': 'app-slim', 'build-args': 'VARIANT=slim' })
    const full = settings({ images: IMAGE, 'handoff-id': 'app-full', 'build-args': 'VARIANT=full' })
    expect(ghaScope(slim)).toBe('multiarch-publish-app-slim')
    expect(ghaScope(full, 'linux/arm64')).toBe('multiarch-publish-app-full-linux-arm64')
  })

  it('by default, keeps two targets or two Dockerfiles of one image apart', () => {
    const scopes = [
      settings({ images: IMAGE }),
      settings({ images: IMAGE, target: 'slim' }),
      settings({ images: IMAGE, file: 'Dockerfile.full' }),
    ].map((s) => ghaScope(s))
    expect(new Set(scopes).size).toBe(3)
  })
})

describe('parseBuildxVersion', () => {
  it.each([
    ['github.com/docker/buildx v0.29.1 a1b2c3d\n', '0.29.1'],
    ['github.com/docker/buildx 0.29.1+ds1 0.29.1+ds1-4\n', '0.29.1'],
    ['github.com/docker/buildx v0.20.0-desktop.2 abc', '0.20.0'],
  ])('%j -> %s', (out, v) => {
    expect(parseBuildxVersion(out)).toBe(v)
  })
  it('fails on output it cannot read', () => {
    expect(() => parseBuildxVersion('buildx')).toThrow(/cannot read the buildx version/)
  })
})
