import { describe, expect, it } from '@jest/globals'
import { parseFlavor } from '../../../src/meta/flavor.js'
import { parseRules } from '../../../src/meta/rules.js'

describe('parseRules', () => {
  it('gives metadata-action defaults for a blank input, sorted by priority', () => {
    expect(parseRules(' \n')).toEqual([
      { line: 1, type: 'schedule', pattern: 'nightly', enable: 'true', priority: 1000 },
      { line: 2, type: 'ref', event: 'branch', enable: 'true', priority: 600 },
      { line: 3, type: 'ref', event: 'tag', enable: 'true', priority: 600 },
      { line: 4, type: 'ref', event: 'pr', enable: 'true', priority: 600, prefix: 'pr-' },
    ])
  })

  it('reads attributes, defaults and plain tags', () => {
    const text = [
      'type=sha',
      'type=semver,pattern={{major}},enable=false,priority=5,prefix=v,suffix=-x',
      'latest',
      '# a comment',
      'type=edge,branch=develop',
      'type=pep440,pattern={{version}},match=py-(.*)',
      'type=match,"pattern=/^v(\\d.\\d)$/i",group=1',
      "type=raw,{{date 'YYYYMMDD' tz='Asia/Tokyo'}}",
    ].join('\n')
    expect(parseRules(text)).toEqual([
      { line: 6, type: 'pep440', pattern: '{{version}}', value: '', match: /py-(.*)/, enable: 'true', priority: 900 },
      {
        line: 7,
        type: 'match',
        pattern: '/^v(\\d.\\d)$/i',
        regex: /^v(\d.\d)$/i,
        group: 1,
        value: '',
        enable: 'true',
        priority: 800,
      },
      { line: 5, type: 'edge', branch: 'develop', enable: 'true', priority: 700 },
      { line: 3, type: 'raw', value: 'latest', enable: 'true', priority: 200 },
      { line: 8, type: 'raw', value: "{{date 'YYYYMMDD' tz='Asia/Tokyo'}}", enable: 'true', priority: 200 },
      { line: 1, type: 'sha', format: 'short', prefix: 'sha-', enable: 'true', priority: 100 },
      {
        line: 2,
        type: 'semver',
        pattern: '{{major}}',
        value: '',
        enable: 'false',
        priority: 5,
        prefix: 'v',
        suffix: '-x',
      },
    ])
  })

  it.each<[string, RegExp]>([
    // unknown rule types and attributes
    [
      'type=semvar,pattern={{version}}',
      /^input 'tags': line 1 'type=semvar,pattern=\{\{version\}\}': unknown rule type 'semvar' \(supported: schedule, semver, pep440, match, ref, sha, raw, edge\)$/,
    ],
    ['latest\ntype=ref,event=branch,evnt=x', /^input 'tags': line 2 .*unknown attribute 'evnt' for type=ref/],
    [
      'type=raw,value=a,group=1',
      /unknown attribute 'group' for type=raw \(allowed: value, enable, priority, prefix, suffix\)/,
    ],
    ['type=semver,pattern={{version}},group=1', /unknown attribute 'group' for type=semver/],
    // regular expressions
    [
      'type=match,pattern=v(.*',
      /^input 'tags': line 1 'type=match,pattern=v\(\.\*': pattern=v\(\.\*: not a valid regular expression/,
    ],
    ['type=match,pattern=/v(.*)/q', /pattern=v\(\.\*\): not a valid regular expression/],
    ['type=semver,pattern={{version}},match=v([0-9', /match=v\(\[0-9: not a valid regular expression/],
    ['type=semver,pattern={{version}},match=v.*', /match=v\.\* has no capture group/],
    ['type=match,pattern=v(.*),group=one', /group=one: expected a capture group number/],
    // patterns and expressions
    ['type=semver,pattern=latest', /pattern=latest has no expression; write e\.g\. pattern=\{\{version\}\}/],
    ['type=pep440,pattern=v1', /pattern=v1 has no expression/],
    ['type=raw,value={{branch', /line 1 .*unclosed '\{\{'/],
    ['type=semver,pattern={{version}', /unclosed '\{\{'/],
    [
      'type=semver,pattern={{branch}}',
      /unknown expression '\{\{branch\}\}' \(known here: raw, version, major, minor, patch\)/,
    ],
    ['type=schedule,pattern={{branch}}', /unknown expression '\{\{branch\}\}' \(known here: date, commit_date\)/],
    ['type=raw,value={{nope}}', /unknown expression '\{\{nope\}\}'/],
    ["type=raw,value={{date 'YYYY' tz='Mars/Base'}}", /unknown time zone 'Mars\/Base'/],
    ["type=schedule,pattern={{date 'YYYY' zone='UTC'}}", /unknown attribute zone=/],
    ['type=raw,value={{date YYYYMMDD}}', /quote the argument 'YYYYMMDD'/],
    ["type=raw,value={{branch 'x'}}", /\{\{branch\}\} takes no argument/],
    ["type=raw,value={{date 'a' 'b'}}", /\{\{date\}\} takes one format/],
    ['type=sha,prefix={{sha}-', /unclosed '\{\{'/],
    // required and enumerated attributes
    ['type=semver', /type=semver needs pattern=/],
    ['type=match', /type=match needs pattern=/],
    ['type=ref', /type=ref needs event=/],
    ['type=ref,event=commit', /event=commit: expected branch, tag or pr/],
    ['type=sha,format=medium', /format=medium: expected short or long/],
    ['type=raw,value=a,priority=high', /priority=high: expected an integer/],
    ['type=raw,value=a,value=b', /attribute 'value' given twice/],
    ['type=raw,value="a', /unterminated double quote/],
  ])('%j -> %s', (text, message) => {
    expect(() => parseRules(text)).toThrow(message)
  })

  // build-push-action's tags input holds whole references; here the repository goes in `images`
  it.each<[string, string]>([
    ['user/app:1.0', 'images: user/app, tags: 1.0'],
    ['ghcr.io/acme/app:latest', 'images: ghcr.io/acme/app, tags: latest'],
    ['ghcr.io/acme/app', 'images: ghcr.io/acme/app, tags: latest'],
    ['localhost:5000/app:v1', 'images: localhost:5000/app, tags: v1'],
    [`app@sha256:${'a'.repeat(64)}`, 'images: app)'],
    ['type=raw,value=user/app:1.0', 'images: user/app, tags: 1.0'],
  ])('an image reference %j is refused', (line, hint) => {
    const run = () => parseRules(`type=ref,event=branch\n${line}`)
    expect(run).toThrow(`input 'tags': line 2 '${line}': `)
    expect(run).toThrow(
      /is an image reference, not a tag\. 'tags' holds tag names or rules .*the repository goes in 'images'/,
    )
    expect(run).toThrow(hint)
  })

  it.each(['feature/x', 'v1.2.3', 'type=raw,value=release/1.0', 'type=raw,value={{branch}}:x'])(
    '%j is not taken for an image reference',
    (line) => {
      expect(() => parseRules(line)).not.toThrow()
    },
  )
})

describe('parseFlavor', () => {
  it.each([
    ['', { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false }],
    ['latest=false', { latest: 'false', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false }],
    [
      'latest=true\nprefix=app-,onlatest=true\nsuffix=-{{sha}}',
      { latest: 'true', prefix: 'app-', prefixLatest: true, suffix: '-{{sha}}', suffixLatest: false },
    ],
    [
      'suffix=-slim,onlatest=true',
      { latest: 'auto', prefix: '', prefixLatest: false, suffix: '-slim', suffixLatest: true },
    ],
    [
      'prefix={{is_not_default_branch}}-',
      { latest: 'auto', prefix: '{{is_not_default_branch}}-', prefixLatest: false, suffix: '', suffixLatest: false },
    ],
  ])('%j', (text, expected) => {
    expect(parseFlavor(text)).toEqual(expected)
  })

  it.each<[string, RegExp]>([
    ['latest=maybe', /^input 'flavor': line 1 'latest=maybe': latest=maybe: expected auto, true or false$/],
    ['\nprefix={{sha', /^input 'flavor': line 2 .*unclosed '\{\{'/],
    ["suffix=-{{date 'YYYY' tz='Nowhere'}}", /^input 'flavor': line 1 .*unknown time zone 'Nowhere'/],
    ['latest', /unknown entry 'latest'/],
    ['colour=blue', /unknown entry 'colour=blue'/],
    ['onlatest=true', /onlatest= must follow prefix= or suffix=/],
    ['prefix=a,onlatest=yes', /onlatest=yes: expected true or false/],
  ])('%j -> %s', (text, message) => {
    expect(() => parseFlavor(text)).toThrow(message)
  })
})
