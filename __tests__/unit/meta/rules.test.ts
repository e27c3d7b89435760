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
    ].join('\n')
    expect(parseRules(text)).toEqual([
      { line: 5, type: 'edge', branch: 'develop', enable: 'true', priority: 700 },
      { line: 3, type: 'raw', value: 'latest', enable: 'true', priority: 200 },
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
    ['type=match,pattern=v(.*)', /^input 'tags': line 1 'type=match,pattern=v\(\.\*\)': unknown rule type 'match'/],
    ['latest\ntype=ref,event=branch,evnt=x', /line 2 .*unknown attribute 'evnt' for type=ref/],
    ['type=raw,value={{branch', /line 1 .*unclosed '\{\{'/],
    ['type=semver,pattern={{version}', /unclosed '\{\{'/],
    [
      'type=semver,pattern={{branch}}',
      /unknown expression '\{\{branch\}\}' \(known here: version, major, minor, patch, raw\)/,
    ],
    ['type=raw,value={{nope}}', /unknown expression '\{\{nope\}\}'/],
    ['type=semver', /type=semver needs pattern=/],
    ['type=ref', /type=ref needs event=/],
    ['type=ref,event=commit', /event=commit: expected branch, tag or pr/],
    ['type=sha,format=medium', /format=medium: expected short or long/],
    ['type=raw,value=a,priority=high', /priority=high: expected an integer/],
    ['type=raw,value=a,value=b', /attribute 'value' given twice/],
    ['type=raw,value="a', /unterminated double quote/],
  ])('%j -> %s', (text, message) => {
    expect(() => parseRules(text)).toThrow(message)
  })
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
  ])('%j', (text, expected) => {
    expect(parseFlavor(text)).toEqual(expected)
  })

  it.each<[string, RegExp]>([
    ['latest=maybe', /^input 'flavor': line 1 'latest=maybe': latest=maybe: expected auto, true or false$/],
    ['\nprefix={{sha', /^input 'flavor': line 2 .*unclosed '\{\{'/],
    ['latest', /unknown entry 'latest'/],
    ['colour=blue', /unknown entry 'colour=blue'/],
    ['onlatest=true', /onlatest= must follow prefix= or suffix=/],
    ['prefix=a,onlatest=yes', /onlatest=yes: expected true or false/],
  ])('%j -> %s', (text, message) => {
    expect(() => parseFlavor(text)).toThrow(message)
  })
})
