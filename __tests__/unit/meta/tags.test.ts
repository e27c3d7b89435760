import { describe, expect, it } from '@jest/globals'
import { parseFlavor } from '../../../src/meta/flavor.js'
import { parseRules } from '../../../src/meta/rules.js'
import { computeTags } from '../../../src/meta/tags.js'
import { contextFor, type EventName } from './events.js'

const tagsFor = (event: EventName, tags: string, flavor = '') =>
  computeTags(parseRules(tags), parseFlavor(flavor), contextFor(event))

// Expected lists follow docker/metadata-action's README (Basic and Semver tables, "latest tag" notes) and its
// src/meta.ts for the same rules.
describe('computeTags: metadata-action defaults (no tags input)', () => {
  it.each<[EventName, string[]]>([
    ['push main', ['main']],
    ['push feature/x', ['feature-x']],
    ['push tag v1.2.3', ['v1.2.3', 'latest']],
    // type=ref,event=tag adds latest under latest=auto, pre-release or not (README: v2.0.8-beta.67 -> latest)
    ['push tag v2.0.0-rc.1', ['v2.0.0-rc.1', 'latest']],
    ['push tag 1.2.3', ['1.2.3', 'latest']],
    ['pull_request', ['pr-42']],
    ['schedule', ['nightly', 'main']],
    ['workflow_dispatch', ['main']],
  ])('%s -> %j', (event, expected) => {
    expect(tagsFor(event, '').tags).toEqual(expected)
  })
})

const SEMVER = `
type=ref,event=branch
type=ref,event=pr
type=semver,pattern={{version}}
type=semver,pattern={{major}}.{{minor}}
type=semver,pattern={{major}}
type=sha
`

describe('computeTags: semver rules', () => {
  it.each<[EventName, string[], string]>([
    ['push main', ['main', 'sha-860c190'], 'main'],
    ['push feature/x', ['feature-x', 'sha-a1b2c3d'], 'feature-x'],
    ['push tag v1.2.3', ['1.2.3', '1.2', '1', 'sha-860c190', 'latest'], '1.2.3'],
    // pre-releases: only the full version, never latest
    ['push tag v2.0.0-rc.1', ['2.0.0-rc.1', 'sha-f00dfac'], '2.0.0-rc.1'],
    ['push tag 1.2.3', ['1.2.3', '1.2', '1', 'sha-860c190', 'latest'], '1.2.3'],
    ['pull_request', ['pr-42', 'sha-5a8e2c1'], 'pr-42'],
    ['schedule', ['main', 'sha-860c190'], 'main'],
    ['workflow_dispatch', ['main', 'sha-860c190'], 'main'],
  ])('%s -> %j', (event, tags, version) => {
    expect(tagsFor(event, SEMVER)).toEqual({ tags, version, warnings: [] })
  })
})

const MIXED = `
type=raw,value=latest,enable={{is_default_branch}}
type=ref,event=tag
type=edge
type=semver,pattern=v{{major}}
type=schedule,pattern={{date 'YYYYMMDD'}}
`

describe('computeTags: schedule, edge, raw with enable, priorities', () => {
  it.each<[EventName, string[]]>([
    ['push main', ['edge', 'latest']],
    ['push feature/x', []],
    ['push tag v1.2.3', ['v1', 'v1.2.3', 'latest']],
    ['push tag v2.0.0-rc.1', ['2.0.0-rc.1', 'v2.0.0-rc.1']],
    ['push tag 1.2.3', ['v1', '1.2.3', 'latest']],
    ['pull_request', []],
    ['schedule', ['20240502', 'edge', 'latest']],
    ['workflow_dispatch', ['edge', 'latest']],
  ])('%s -> %j', (event, expected) => {
    expect(tagsFor(event, MIXED).tags).toEqual(expected)
  })

  it('orders by explicit priority', () => {
    const tags = 'type=sha,priority=1001\ntype=ref,event=branch\ntype=raw,value=first,priority=2000'
    expect(tagsFor('push main', tags).tags).toEqual(['first', 'sha-860c190', 'main'])
  })
})

describe('computeTags: flavor', () => {
  const FLAVOR = 'latest=true\nprefix=app-,onlatest=true\nsuffix=-slim'
  it.each<[EventName, string[]]>([
    ['push tag v1.2.3', ['app-v1.2.3-slim', 'app-latest']],
    // the pr- prefix of type=ref,event=pr is the rule's own and wins over the flavor's
    ['pull_request', ['pr-42-slim', 'app-latest']],
    ['push feature/x', ['app-feature-x-slim', 'app-latest']],
  ])('%s -> %j', (event, expected) => {
    expect(tagsFor(event, '', FLAVOR).tags).toEqual(expected)
  })

  it('latest=false drops latest for a release', () => {
    expect(tagsFor('push tag v1.2.3', SEMVER, 'latest=false').tags).toEqual(['1.2.3', '1.2', '1', 'sha-860c190'])
  })

  it('rule prefix/suffix win over the flavor, sha format=long', () => {
    const tags = 'type=sha,format=long,prefix=,suffix=-x'
    expect(tagsFor('push main', tags, 'prefix=p-').tags).toEqual(['860c1904a1ce19322e91ac35af1ab07466440c37-x'])
  })
})

describe('computeTags: plain tags and custom values', () => {
  it.each<[EventName, string, string[]]>([
    ['push main', 'latest\nv1', ['latest', 'v1']],
    ['pull_request', 'latest,v1', ['latest', 'v1']],
    ['push tag v1.2.3', 'v1\ntype=semver,pattern={{version}}', ['1.2.3', 'v1', 'latest']],
    ['push main', 'type=semver,pattern={{major}}.{{minor}},value=v3.4.5', ['3.4', 'latest']],
    ['push main', 'type=raw,value={{branch}}-{{sha}}', ['main-860c190']],
    ['push feature/x', 'type=raw,value=build-{{date "YYYY.MM.DD"}}', ['build-2024.05.02']],
    ['push tag v2.0.0-rc.1', 'type=semver,pattern={{raw}}', ['v2.0.0-rc.1']],
    // type=raw never adds latest under latest=auto
    ['push tag v1.2.3', 'type=raw,value={{tag}}-on-{{base_ref}}', ['v1.2.3-on-main']],
    ['push main', 'type=raw,"value=a,b"', ['a-b']],
  ])('%s with %j -> %j', (event, tags, expected) => {
    expect(tagsFor(event, tags).tags).toEqual(expected)
  })

  it('warns and skips a git tag that is not semver', () => {
    const ctx = { ...contextFor('push tag v1.2.3'), ref: 'refs/tags/release-7' }
    expect(
      computeTags(parseRules('type=semver,pattern={{version}}\ntype=ref,event=tag'), parseFlavor(''), ctx),
    ).toEqual({
      tags: ['release-7', 'latest'],
      version: 'release-7',
      warnings: ["tags line 1: 'release-7' is not a valid semantic version; type=semver skipped"],
    })
  })
})

describe('computeTags: errors name the input and the line', () => {
  it.each<[string, RegExp]>([
    ['type=raw,value=///', /^input 'tags': line 1 \(type=raw\): '\/\/\/' leaves nothing once sanitised/],
    [
      'latest\ntype=raw,value=x,enable=maybe',
      /^input 'tags': line 2 \(type=raw\): enable=maybe: expected true or false/,
    ],
  ])('%j', (tags, message) => {
    expect(() => tagsFor('push main', tags)).toThrow(message)
  })
})
