import { describe, expect, it } from '@jest/globals'
import type { MetaContext } from '../../../src/meta/context.js'
import { parseFlavor } from '../../../src/meta/flavor.js'
import { parseRules } from '../../../src/meta/rules.js'
import { computeTags } from '../../../src/meta/tags.js'
import { contextFor, tagPush, type EventName } from './events.js'

const compute = (ctx: MetaContext, tags: string, flavor = '') => computeTags(parseRules(tags), parseFlavor(flavor), ctx)
const tagsAt = (ctx: MetaContext, tags: string, flavor = '') => compute(ctx, tags, flavor).tags
const tagsFor = (event: EventName, tags: string, flavor = '') => tagsAt(contextFor(event), tags, flavor)

const branchPush = (branch: string): MetaContext => ({ ...contextFor('push main'), ref: `refs/heads/${branch}` })
const pullRequest = (n: number): MetaContext => ({ ...contextFor('pull_request'), ref: `refs/pull/${String(n)}/merge` })
const dispatch = (branch: string): MetaContext => ({ ...contextFor('workflow_dispatch'), ref: `refs/heads/${branch}` })

// Every event of the fixtures, with what metadata-action gives for the same rules. Expected lists follow
// metadata-action's README (Basic, Semver, type=* sections, Latest tag, Global expressions) and its src/meta.ts.
const EVENTS: EventName[] = [
  'push main',
  'push feature/x',
  'push tag v1.2.3',
  'push tag v2.0.0-rc.1',
  'push tag 1.2.3',
  'pull_request',
  'pull_request_target',
  'schedule',
  'workflow_dispatch',
  'release',
]

describe('README "Basic": no tags input, metadata-action defaults', () => {
  it.each<[string, MetaContext, string[]]>([
    ['pull_request refs/pull/2/merge', pullRequest(2), ['pr-2']],
    ['push refs/heads/master', branchPush('master'), ['master']],
    ['push refs/heads/releases/v1', branchPush('releases/v1'), ['releases-v1']],
    ['push tag refs/tags/v1.2.3', tagPush('v1.2.3'), ['v1.2.3', 'latest']],
    ['push tag refs/tags/v2.0.8-beta.67', tagPush('v2.0.8-beta.67'), ['v2.0.8-beta.67', 'latest']],
    ['workflow_dispatch refs/heads/master', dispatch('master'), ['master']],
  ])('%s -> %j', (_, ctx, expected) => {
    expect(tagsAt(ctx, '')).toEqual(expected)
  })

  it.each<[EventName, string[]]>([
    ['push main', ['main']],
    ['push feature/x', ['feature-x']],
    ['push tag v1.2.3', ['v1.2.3', 'latest']],
    // type=ref,event=tag adds latest under latest=auto, pre-release or not
    ['push tag v2.0.0-rc.1', ['v2.0.0-rc.1', 'latest']],
    ['push tag 1.2.3', ['1.2.3', 'latest']],
    ['pull_request', ['pr-42']],
    ['pull_request_target', ['pr-42']],
    ['schedule', ['nightly', 'main']],
    ['workflow_dispatch', ['main']],
    ['release', ['v1.2.3', 'latest']],
  ])('fixture %s -> %j', (event, expected) => {
    expect(tagsFor(event, '')).toEqual(expected)
  })
})

const SEMVER = `
type=ref,event=branch
type=ref,event=pr
type=semver,pattern={{version}}
type=semver,pattern={{major}}.{{minor}}
`

describe('README "Semver"', () => {
  it.each<[string, MetaContext, string[]]>([
    ['pull_request refs/pull/2/merge', pullRequest(2), ['pr-2']],
    ['push refs/heads/master', branchPush('master'), ['master']],
    ['push refs/heads/releases/v1', branchPush('releases/v1'), ['releases-v1']],
    ['push tag refs/tags/v1.2.3', tagPush('v1.2.3'), ['1.2.3', '1.2', 'latest']],
    ['push tag refs/tags/v2.0.8-beta.67', tagPush('v2.0.8-beta.67'), ['2.0.8-beta.67']],
  ])('%s -> %j', (_, ctx, expected) => {
    expect(tagsAt(ctx, SEMVER)).toEqual(expected)
  })

  const WITH_SHA = `${SEMVER}\ntype=semver,pattern={{major}}\ntype=sha`
  it.each<[EventName, string[], string]>([
    ['push main', ['main', 'sha-860c190'], 'main'],
    ['push feature/x', ['feature-x', 'sha-a1b2c3d'], 'feature-x'],
    ['push tag v1.2.3', ['1.2.3', '1.2', '1', 'sha-860c190', 'latest'], '1.2.3'],
    ['push tag v2.0.0-rc.1', ['2.0.0-rc.1', 'sha-f00dfac'], '2.0.0-rc.1'],
    ['push tag 1.2.3', ['1.2.3', '1.2', '1', 'sha-860c190', 'latest'], '1.2.3'],
    ['pull_request', ['pr-42', 'sha-5a8e2c1'], 'pr-42'],
    ['pull_request_target', ['pr-42', 'sha-860c190'], 'pr-42'],
    ['schedule', ['main', 'sha-860c190'], 'main'],
    ['workflow_dispatch', ['main', 'sha-860c190'], 'main'],
    ['release', ['1.2.3', '1.2', '1', 'sha-860c190', 'latest'], '1.2.3'],
  ])('fixture %s -> %j', (event, tags, version) => {
    expect(compute(contextFor(event), WITH_SHA)).toEqual({ tags, version, warnings: [] })
  })
})

describe('type=semver (README table)', () => {
  it.each<[string, string, string[]]>([
    ['v1.2.3', '{{raw}}', ['v1.2.3', 'latest']],
    ['v1.2.3', '{{version}}', ['1.2.3', 'latest']],
    ['v1.2.3', '{{major}}.{{minor}}', ['1.2', 'latest']],
    ['v1.2.3', 'v{{major}}', ['v1', 'latest']],
    ['v1.2.3', '{{minor}}', ['2', 'latest']],
    ['v1.2.3', '{{patch}}', ['3', 'latest']],
    ['v2.0.8-beta.67', '{{raw}}', ['v2.0.8-beta.67']],
    ['v2.0.8-beta.67', '{{version}}', ['2.0.8-beta.67']],
    ['v2.0.8-beta.67', '{{major}}.{{minor}}', ['2.0.8-beta.67']],
    // build metadata is not part of the version; sanitised in the raw tag
    ['v9.5.7-alpha.2+fork.3.1.8', '{{raw}}', ['v9.5.7-alpha.2-fork.3.1.8']],
    ['v1.2.3+build.7', '{{version}}', ['1.2.3', 'latest']],
  ])('tag %s, pattern=%s -> %j', (tag, pattern, expected) => {
    expect(tagsAt(tagPush(tag), `type=semver,pattern=${pattern}`)).toEqual(expected)
  })

  it('value= instead of the git tag, on any event', () => {
    expect(tagsFor('push main', 'type=semver,pattern={{version}},value=v1.0.0')).toEqual(['1.0.0', 'latest'])
    expect(tagsFor('push main', 'type=semver,pattern={{major}}.{{minor}},value=v3.4.5')).toEqual(['3.4', 'latest'])
  })

  it.each<[string, string, string[]]>([
    ['p1/v1.2.3', 'type=semver,pattern={{version}},match=p1/v(.*)', ['1.2.3', 'latest']],
    ['docker-v23.0.1', 'type=semver,pattern={{major}}.{{minor}},match=docker-(.*)', ['23.0', 'latest']],
    ['app-v2.0.0-rc.1', 'type=semver,pattern={{major}},match=app-(.*)', ['2.0.0-rc.1']],
    ['app-v2.0.0-rc.1', 'type=semver,pattern={{raw}},match=app-(.*)', ['v2.0.0-rc.1']],
  ])('match= picks group 1 of tag %s before it is read (%s)', (tag, rule, expected) => {
    expect(tagsAt(tagPush(tag), rule)).toEqual(expected)
  })

  it('match= that does not match: a warning, and the whole tag is read (metadata-action goes on)', () => {
    expect(compute(tagPush('v1.2.3'), 'type=semver,pattern={{version}},match=docker-(.*)')).toEqual({
      tags: ['1.2.3', 'latest'],
      version: '1.2.3',
      warnings: ['tags line 1: docker-(.*) does not match v1.2.3.'],
    })
  })

  it('a git tag that is not semver: a warning, nothing from the rule', () => {
    expect(compute(tagPush('release-7'), 'type=semver,pattern={{version}}\ntype=ref,event=tag')).toEqual({
      tags: ['release-7', 'latest'],
      version: 'release-7',
      warnings: ['tags line 1: release-7 is not a valid semver. More info: https://semver.org/'],
    })
  })

  it('README "Major version zero": no 0 tag with an enable condition', () => {
    const rules = (ref: string) =>
      `type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\n` +
      `type=semver,pattern={{major}},enable=${String(!ref.startsWith('refs/tags/v0.'))}`
    expect(tagsAt(tagPush('v0.1.2'), rules('refs/tags/v0.1.2'))).toEqual(['0.1.2', '0.1', 'latest'])
    expect(tagsAt(tagPush('v1.1.2'), rules('refs/tags/v1.1.2'))).toEqual(['1.1.2', '1.1', '1', 'latest'])
  })
})

describe('type=pep440 (README table)', () => {
  it.each<[string, string, string[]]>([
    ['1.2.3', '{{raw}}', ['1.2.3', 'latest']],
    ['1.2.3', '{{version}}', ['1.2.3', 'latest']],
    ['v1.2.3', '{{version}}', ['1.2.3', 'latest']],
    ['1.2.3', '{{major}}.{{minor}}', ['1.2', 'latest']],
    ['1.2.3', 'v{{major}}', ['v1', 'latest']],
    ['v1.2.3rc2', '{{raw}}', ['v1.2.3rc2']],
    ['1.2.3rc2', '{{version}}', ['1.2.3rc2']],
    ['1.2.3rc2', '{{major}}.{{minor}}', ['1.2.3rc2']],
    ['1.2.3post1', '{{major}}.{{minor}}', ['1.2.3.post1']],
    ['1.2.3beta2', '{{major}}.{{minor}}', ['1.2.3b2']],
    ['1.0dev4', '{{major}}.{{minor}}', ['1.0.dev4']],
    // metadata-action's tests: tag24, tag25, tag29
    ['1.2', '{{major}}.{{minor}}.{{patch}}', ['1.2.0', 'latest']],
    ['1.1beta2', '{{major}}', ['1.1b2']],
    ['1.2post1', '{{major}}', ['1.2.post1']],
  ])('tag %s, pattern=%s -> %j', (tag, pattern, expected) => {
    expect(tagsAt(tagPush(tag), `type=pep440,pattern=${pattern}`)).toEqual(expected)
  })

  it('fixture 1.2.3rc2 with several patterns gives one tag, no latest', () => {
    const rules = 'type=pep440,pattern={{raw}}\ntype=pep440,pattern={{version}}\ntype=pep440,pattern={{major}}'
    expect(tagsFor('push tag 1.2.3rc2', rules)).toEqual(['1.2.3rc2'])
  })

  it('a tag that is not PEP 440: a warning', () => {
    expect(compute(tagPush('sometag'), 'type=pep440,pattern={{version}}').warnings).toEqual([
      'tags line 1: sometag does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440',
    ])
  })
})

describe('type=match (README table)', () => {
  it.each<[string, string, string, string[]]>([
    ['v1.2.3', '\\d.\\d.\\d', '0', ['1.2.3', 'latest']],
    ['v2.0.8-beta.67', 'v(.*)', '1', ['2.0.8-beta.67', 'latest']],
    ['v2.0.8-beta.67', 'v(\\d.\\d)', '1', ['2.0', 'latest']],
    ['20200110-RC2', '\\d+', '0', ['20200110', 'latest']],
    ['p1/v1.2.3', 'p1/v(\\d.\\d.\\d)', '1', ['1.2.3', 'latest']],
  ])('tag %s, pattern=%s, group=%s -> %j', (tag, pattern, group, expected) => {
    expect(tagsAt(tagPush(tag), `type=match,"pattern=${pattern}",group=${group}`)).toEqual(expected)
  })

  it('value= instead of the git tag; /regex/flags form', () => {
    expect(tagsFor('push main', 'type=match,pattern=v(.*),group=1,value=v1.0.0')).toEqual(['1.0.0', 'latest'])
    expect(tagsFor('push tag v1.2.3', 'type=match,pattern=/^V(\\d+)/i,group=1')).toEqual(['1', 'latest'])
  })

  it('fixture p1/v1.0.0 (metadata-action tag17/tag18): no match and a missing group give warnings', () => {
    const rules = [
      'type=match,"pattern=/^v(\\d.\\d.\\d)$/ig",group=1',
      'type=match,pattern=p1/v(\\d.\\d),group=3',
      'type=match,pattern=\\d.\\d.\\d',
      'type=match,pattern=\\d.\\d',
      'type=ref,event=pr',
      'type=sha',
    ].join('\n')
    expect(compute(contextFor('push tag p1/v1.0.0'), rules)).toEqual({
      tags: ['1.0.0', '1.0', 'sha-860c190', 'latest'],
      version: '1.0.0',
      warnings: [
        'tags line 1: /^v(\\d.\\d.\\d)$/ig does not match p1/v1.0.0.',
        'tags line 2: Group 3 does not exist for p1/v(\\d.\\d) pattern.',
      ],
    })
  })

  it('a pre-release still gets latest (type=match has no notion of pre-releases)', () => {
    expect(tagsFor('push tag v2.0.0-rc.1', 'type=match,pattern=v(.*),group=1')).toEqual(['2.0.0-rc.1', 'latest'])
  })
})

describe('type=ref (README table)', () => {
  const REF = 'type=ref,event=branch\ntype=ref,event=tag\ntype=ref,event=pr'
  it.each<[string, MetaContext, string[]]>([
    ['pull_request refs/pull/2/merge', pullRequest(2), ['pr-2']],
    ['push refs/heads/master', branchPush('master'), ['master']],
    ['push refs/heads/my/branch', branchPush('my/branch'), ['my-branch']],
    ['push tag refs/tags/v1.2.3', tagPush('v1.2.3'), ['v1.2.3', 'latest']],
    ['push tag refs/tags/v2.0.8-beta.67', tagPush('v2.0.8-beta.67'), ['v2.0.8-beta.67', 'latest']],
    ['workflow_dispatch refs/heads/master', dispatch('master'), ['master']],
  ])('%s -> %j', (_, ctx, expected) => {
    expect(tagsAt(ctx, REF)).toEqual(expected)
  })
})

describe('type=sha', () => {
  it.each<[EventName, string, Record<string, string>, string[]]>([
    ['push main', 'type=sha', {}, ['sha-860c190']],
    ['push main', 'type=sha,format=long', {}, ['sha-860c1904a1ce19322e91ac35af1ab07466440c37']],
    ['push main', 'type=sha', { DOCKER_METADATA_SHORT_SHA_LENGTH: '12' }, ['sha-860c1904a1ce']],
    ['push main', 'type=raw,value={{sha}}', { DOCKER_METADATA_SHORT_SHA_LENGTH: '12' }, ['860c1904a1ce']],
    [
      'push main',
      'type=sha',
      { DOCKER_METADATA_SHORT_SHA_LENGTH: '99' },
      ['sha-860c1904a1ce19322e91ac35af1ab07466440c37'],
    ],
    ['pull_request', 'type=sha', {}, ['sha-5a8e2c1']],
    ['pull_request', 'type=sha', { DOCKER_METADATA_PR_HEAD_SHA: 'true' }, ['sha-c3d0a8f']],
    ['push main', 'type=sha,prefix={{branch}}-', {}, ['main-860c190']],
  ])('%s %s %j -> %j', (event, rules, env, expected) => {
    expect(tagsAt(contextFor(event, env), rules)).toEqual(expected)
  })
})

describe('type=schedule', () => {
  it.each<[string, string[]]>([
    ['type=schedule', ['nightly']],
    ['type=schedule,pattern=nightly', ['nightly']],
    ["type=schedule,pattern={{date 'YYYYMMDD'}}", ['20240502']],
    ["type=schedule,pattern={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}", ['20240502-121742']],
    ["type=schedule,pattern={{date 'YYYYMMDD-hhmmss' tz='Asia/Tokyo'}}", ['20240502-121742']],
    // no commit in a schedule payload: the commit date falls back to now, as metadata-action does
    ["type=schedule,pattern=src-{{commit_date 'YYYY-MM-DD'}}", ['src-2024-05-02']],
  ])('%s -> %j', (rules, expected) => {
    expect(tagsFor('schedule', rules)).toEqual(expected)
  })

  it.each(EVENTS.filter((e) => e !== 'schedule'))('gives nothing on %s', (event) => {
    expect(tagsFor(event, 'type=schedule')).toEqual([])
  })
})

describe('type=edge: the default branch vs another', () => {
  it.each<[EventName, string, string[]]>([
    ['push main', 'type=edge', ['edge']],
    ['push feature/x', 'type=edge', []],
    ['push main', 'type=edge,branch=develop', []],
    ['push feature/x', 'type=edge,branch=feature/x', ['edge']],
    ['workflow_dispatch', 'type=edge', ['edge']],
    ['schedule', 'type=edge', ['edge']],
    ['push tag v1.2.3', 'type=edge', []],
    ['pull_request', 'type=edge', []],
  ])('%s, %s -> %j', (event, rules, expected) => {
    expect(tagsFor(event, rules)).toEqual(expected)
  })
})

describe('type=raw', () => {
  it.each<[string, string[]]>([
    ['type=raw,value=foo\ntype=raw,value=bar', ['foo', 'bar']],
    ['type=raw,foo\ntype=raw,bar', ['foo', 'bar']],
    ['foo\nbar', ['foo', 'bar']],
    ['latest,v1', ['latest', 'v1']],
    ['type=raw,value=mytag-{{branch}}-{{sha}}', ['mytag-main-860c190']],
    ['type=raw,"value=a,b"', ['a-b']],
    ['type=raw,value=build-{{date "YYYY.MM.DD"}}', ['build-2024.05.02']],
    ["type=raw,value={{date 'dddd, MMMM Do YYYY, h:mm:ss a'}}", ['Thursday-May-2nd-2024-3-17-42-am']],
    ["type=raw,value=cd-{{commit_date 'YYYYMMDD-HHmmss'}}", ['cd-20240502-091401']],
    // an empty value still gets its prefix (metadata-action's setValue)
    ['type=raw,value={{tag}},prefix=v', ['v']],
    ['type=raw,value={{tag}}', []],
  ])('push main: %j -> %j', (rules, expected) => {
    expect(tagsFor('push main', rules)).toEqual(expected)
  })
})

describe('global expressions (README tables)', () => {
  const rule = (expr: string) => `type=raw,value=x-${expr}`
  it.each<[string, MetaContext, string, string[]]>([
    ['{{branch}}', pullRequest(2), 'pull_request', ['x-']],
    ['{{branch}}', branchPush('master'), 'push', ['x-master']],
    ['{{branch}}', branchPush('my/branch'), 'push', ['x-my-branch']],
    ['{{branch}}', tagPush('v1.2.3'), 'push tag', ['x-']],
    ['{{tag}}', pullRequest(2), 'pull_request', ['x-']],
    ['{{tag}}', branchPush('my/branch'), 'push', ['x-']],
    ['{{tag}}', tagPush('v1.2.3'), 'push tag', ['x-v1.2.3']],
    ['{{base_ref}}', pullRequest(2), 'pull_request', ['x-main']],
    ['{{base_ref}}', branchPush('master'), 'push', ['x-']],
    ['{{base_ref}}', contextFor('push tag v1.2.3'), 'push tag (base_ref in the payload)', ['x-main']],
    ['{{base_ref}}', contextFor('release'), 'release', ['x-']],
    ['{{sha}}', contextFor('push main'), 'push', ['x-860c190']],
  ])('%s on %s (%s) -> %j', (expr, ctx, _, expected) => {
    expect(tagsAt(ctx, rule(expr))).toEqual(expected)
  })

  it.each<[EventName, string, string]>([
    ['push main', 'true', 'false'],
    ['push feature/x', 'false', 'true'],
    ['push tag v1.2.3', 'false', 'true'],
    ['push tag 1.2.3', 'false', 'true'],
    ['pull_request', 'false', 'true'],
    ['pull_request_target', 'false', 'true'],
    ['schedule', 'true', 'false'],
    ['workflow_dispatch', 'true', 'false'],
    ['release', 'false', 'true'],
  ])('%s: {{is_default_branch}} %s, {{is_not_default_branch}} %s', (event, yes, no) => {
    expect(tagsFor(event, 'type=raw,value=latest,enable={{is_default_branch}}')).toEqual(
      yes === 'true' ? ['latest'] : [],
    )
    expect(tagsFor(event, 'type=raw,value=dev,enable={{is_not_default_branch}}')).toEqual(no === 'true' ? ['dev'] : [])
  })

  it('events that always run on the default branch (create, issues, discussion, schedule)', () => {
    for (const eventName of ['create', 'issues', 'discussion', 'discussion_comment', 'schedule']) {
      const ctx = { ...branchPush('some-branch'), eventName }
      expect(tagsAt(ctx, 'type=raw,value=yes,enable={{is_default_branch}}')).toEqual(['yes'])
    }
  })
})

describe('README "Latest tag" and flavor', () => {
  it.each<[EventName, string, string, string[]]>([
    // latest for the default branch with type=raw (README)
    // type=raw (priority 200) comes after type=ref (600)
    ['push main', 'type=raw,value=latest,enable={{is_default_branch}}\ntype=ref,event=branch', '', ['main', 'latest']],
    ['push feature/x', 'type=raw,value=latest,enable={{is_default_branch}}\ntype=ref,event=branch', '', ['feature-x']],
    // latest=true adds it for anything, latest=false never
    ['push feature/x', 'type=ref,event=branch', 'latest=true', ['feature-x', 'latest']],
    ['push tag v1.2.3', SEMVER, 'latest=false', ['1.2.3', '1.2']],
    // the first rule that gives a value decides (metadata-action tag15/tag16)
    ['push tag v1.2.3', 'type=raw,priority=2000,foo\ntype=ref,event=tag\ntype=edge', '', ['foo', 'v1.2.3']],
    ['push tag v2.0.0-rc.1', 'type=raw,priority=2000,foo\ntype=semver,pattern={{version}}', '', ['foo', '2.0.0-rc.1']],
  ])('%s %j flavor %j -> %j', (event, rules, flavor, expected) => {
    expect(tagsFor(event, rules, flavor)).toEqual(expected)
  })

  const FLAVOR = 'latest=true\nprefix=app-,onlatest=true\nsuffix=-slim'
  it.each<[EventName, string[]]>([
    ['push tag v1.2.3', ['app-v1.2.3-slim', 'app-latest']],
    // the pr- prefix of type=ref,event=pr is the rule's own and wins over the flavor's
    ['pull_request', ['pr-42-slim', 'app-latest']],
    ['push feature/x', ['app-feature-x-slim', 'app-latest']],
  ])('prefix/suffix with onlatest: %s -> %j', (event, expected) => {
    expect(tagsFor(event, '', FLAVOR)).toEqual(expected)
  })

  it('metadata-action tag19, tag21, tag22: a rule suffix= overrides the flavor, onlatest on both', () => {
    const ctx = tagPush('p1/v1.0.0')
    const rules =
      'type=match,pattern=p1/v(\\d.\\d.\\d),group=1\ntype=match,pattern=p1/v(\\d.\\d),group=1,suffix=\ntype=sha'
    expect(tagsAt(ctx, rules, 'suffix=-dev')).toEqual(['1.0.0-dev', '1.0', 'sha-860c190-dev', 'latest'])
    expect(tagsAt(tagPush('v1.1.1'), SEMVER, 'suffix=-dev,onlatest=true')).toEqual([
      '1.1.1-dev',
      '1.1-dev',
      'latest-dev',
    ])
    expect(tagsAt(tagPush('v1.1.1'), SEMVER, 'prefix=foo-,onlatest=true\nsuffix=-dev,onlatest=true')).toEqual([
      'foo-1.1.1-dev',
      'foo-1.1-dev',
      'foo-latest-dev',
    ])
  })

  it('priority orders the list; the highest gives the version', () => {
    const rules = 'type=sha,priority=1001\ntype=ref,event=branch\ntype=raw,value=first,priority=2000'
    expect(compute(contextFor('push main'), rules)).toMatchObject({
      tags: ['first', 'sha-860c190', 'main'],
      version: 'first',
    })
  })

  it('duplicates are dropped, the version stays first', () => {
    expect(
      tagsFor('push tag v1.2.3', 'type=semver,pattern={{version}}\ntype=pep440,pattern={{version}}\n1.2.3'),
    ).toEqual(['1.2.3', 'latest'])
  })
})

describe('errors name the input and the line', () => {
  it.each<[string, string, RegExp]>([
    ['type=raw,value=///', '', /^input 'tags': line 1 \(type=raw\): '\/\/\/' leaves nothing once sanitised/],
    [
      'latest\ntype=raw,value=x,enable=maybe',
      '',
      /^input 'tags': line 2 \(type=raw\): enable=maybe: expected true or false/,
    ],
    [
      'type=raw,value=.hidden',
      '',
      /^input 'tags': line 1 \(type=raw\): '\.hidden' is not a valid Docker tag: a tag cannot start with '\.'/,
    ],
    ['type=sha,prefix={{tag}}-', '', /line 1 \(type=sha\): '-860c190' is not a valid Docker tag/],
    [`type=raw,value=${'x'.repeat(130)}`, '', /is not a valid Docker tag: it is longer than 128 characters/],
    [
      'type=raw,value=v1',
      'latest=true\nprefix=-,onlatest=true',
      /^input 'tags': line 1 \(type=raw\): '-v1' is not a valid Docker tag/,
    ],
  ])('%j flavor %j', (tags, flavor, message) => {
    expect(() => tagsFor('push main', tags, flavor)).toThrow(message)
  })
})
