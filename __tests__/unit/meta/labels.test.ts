import { describe, expect, it } from '@jest/globals'
import {
  sortedKeys,
  annotationLines,
  computeAnnotations,
  computeLabels,
  ociLabels,
  parseAnnotations,
  parseLabels,
  withCreated,
} from '../../../src/meta/labels.js'
import { imageTags, metaOutputs } from '../../../src/meta/outputs.js'
import { contextFor } from './events.js'

const OCI = {
  'org.opencontainers.image.created': '2024-05-02T03:17:42.123Z',
  'org.opencontainers.image.description': 'A tiny service, published for amd64 and arm64',
  'org.opencontainers.image.licenses': 'Apache-2.0',
  'org.opencontainers.image.revision': '860c1904a1ce19322e91ac35af1ab07466440c37',
  'org.opencontainers.image.source': 'https://github.com/octo-org/hello-world',
  'org.opencontainers.image.title': 'hello-world',
  'org.opencontainers.image.url': 'https://github.com/octo-org/hello-world',
  'org.opencontainers.image.version': '1.2.3',
}

describe('computeLabels', () => {
  it('sets the OCI labels from a tag push payload', () => {
    expect(computeLabels(contextFor('push tag v1.2.3'), '1.2.3', {})).toEqual(OCI)
  })

  it('lets user labels win and keeps keys sorted', () => {
    const user = parseLabels('org.opencontainers.image.title=Hello\ncom.example.team = platform\n')
    const labels = computeLabels(contextFor('push tag v1.2.3'), '1.2.3', user)
    expect(labels).toEqual({ ...OCI, 'org.opencontainers.image.title': 'Hello', 'com.example.team': 'platform' })
    expect(Object.keys(labels)[0]).toBe('com.example.team')
  })

  it('falls back to the run when the payload has no repository', () => {
    const ctx = { ...contextFor('push main'), payload: {} }
    expect(computeLabels(ctx, 'main', {})).toMatchObject({
      'org.opencontainers.image.title': 'hello-world',
      'org.opencontainers.image.url': 'https://github.com/octo-org/hello-world',
      'org.opencontainers.image.description': '',
      'org.opencontainers.image.licenses': '',
    })
  })

  it.each([
    ['novalue', /^input 'labels': line 1 'novalue': expected key=value$/],
    ['a=1\n=2', /^input 'labels': line 2 '=2': expected key=value$/],
    ['bad key=1', /line 1 'bad key=1': expected key=value/],
  ])('%j -> %s', (text, message) => {
    expect(() => parseLabels(text)).toThrow(message)
  })
})

describe('computeAnnotations', () => {
  it('puts the OCI keys on each level, user annotations per level or everywhere', () => {
    const user = parseAnnotations('manifest:org.opencontainers.image.title=Manifest\ncom.example.x=1')
    expect(user).toEqual([
      { level: 'manifest', key: 'org.opencontainers.image.title', value: 'Manifest' },
      { key: 'com.example.x', value: '1' },
    ])
    const all = annotationLines(computeAnnotations(contextFor('push tag v1.2.3'), '1.2.3', user))
    expect(all.filter((a) => a.includes('title=') || a.includes('com.example'))).toEqual([
      'index:com.example.x=1',
      'index:org.opencontainers.image.title=hello-world',
      'manifest:com.example.x=1',
      'manifest:org.opencontainers.image.title=Manifest',
    ])
    expect(all).toHaveLength(18)
    expect(all).toContain('index:org.opencontainers.image.version=1.2.3')
  })

  it('honours the requested levels', () => {
    const only = annotationLines(computeAnnotations(contextFor('push main'), 'main', [], ['manifest-descriptor']))
    expect(only.every((a) => a.startsWith('manifest-descriptor:org.opencontainers.image.'))).toBe(true)
    expect(only).toHaveLength(8)
  })
})

describe('metaOutputs', () => {
  it('renders newline lists and JSON', () => {
    const refs = imageTags(['ghcr.io/o/app', 'o/app'], ['1.2.3', 'latest'])
    expect(refs).toEqual(['ghcr.io/o/app:1.2.3', 'ghcr.io/o/app:latest', 'o/app:1.2.3', 'o/app:latest'])
    const out = metaOutputs(refs, '1.2.3', { a: '1', b: 'x=y' }, { index: { a: '1' } })
    expect(out).toEqual({
      tags: 'ghcr.io/o/app:1.2.3\nghcr.io/o/app:latest\no/app:1.2.3\no/app:latest',
      labels: 'a=1\nb=x=y',
      annotations: 'index:a=1',
      version: '1.2.3',
      json: JSON.stringify({ tags: refs, labels: { a: '1', b: 'x=y' }, annotations: ['index:a=1'], version: '1.2.3' }),
    })
  })
})

describe('labels outside a workflow run', () => {
  it('gives no source or url when there is no repository', () => {
    const labels = ociLabels(
      {
        eventName: '',
        ref: '',
        sha: '',
        payload: {},
        runId: 0,
        repository: '/',
        serverUrl: 'https://github.com',
        now: new Date(0),
      },
      '',
    )
    expect(labels['org.opencontainers.image.source']).toBe('')
    expect(labels['org.opencontainers.image.url']).toBe('')
  })
})

describe('expressions in labels and annotations', () => {
  it('are rendered with the context; bad ones are input errors naming the line', () => {
    const ctx = contextFor('push main')
    expect(
      computeLabels(ctx, 'main', parseLabels('build.branch={{branch}}\nbuild.default={{is_default_branch}}')),
    ).toMatchObject({
      'build.branch': 'main',
      'build.default': 'true',
    })
    expect(() => parseLabels('a=1\nb={{branch')).toThrow(/^input 'labels': line 2 'b=\{\{branch': unclosed '\{\{'/)
    expect(() => parseAnnotations("a={{date 'YYYY' tz='Moon/Base'}}")).toThrow(
      /^input 'annotations': line 1 .*unknown time zone 'Moon\/Base'/,
    )
  })

  it('a platform-qualified level takes the annotations of its base level', () => {
    const user = parseAnnotations('manifest:com.example.x=1\nindex:com.example.y=2')
    const out = annotationLines(computeAnnotations(contextFor('push main'), 'main', user, ['manifest[linux/amd64]']))
    expect(out.filter((a) => a.includes('com.example'))).toEqual(['manifest[linux/amd64]:com.example.x=1'])
  })
})

describe('created', () => {
  const ctx = contextFor('push main')
  const created = 'org.opencontainers.image.created'
  it("is the context's created when set (SOURCE_DATE_EPOCH), else its now; null leaves it out", () => {
    expect(ociLabels(ctx, '')[created]).toBe(ctx.now.toISOString())
    expect(ociLabels({ ...ctx, created: new Date(0) }, '')[created]).toBe('1970-01-01T00:00:00.000Z')
    expect(ociLabels({ ...ctx, created: null }, '')).not.toHaveProperty(created)
    expect(computeAnnotations({ ...ctx, created: null }, '', [], ['index']).index).not.toHaveProperty(created)
  })
  it('is added by withCreated in key order, unless it is there', () => {
    const added = withCreated({ 'org.opencontainers.image.source': 's', a: '1' }, new Date(0))
    expect(Object.keys(added)).toEqual(['a', created, 'org.opencontainers.image.source'])
    expect(withCreated({ [created]: 'mine' }, new Date(0))).toEqual({ [created]: 'mine' })
  })
})

describe('sortedKeys', () => {
  it("sorts as Intl.Collator('en') does, plain keys without it (every [a-z0-9.] string of up to 3 characters)", () => {
    const alphabet = ['a', 'b', 'z', '0', '9', '.']
    const words = ['']
    for (let n = 0; n < 3; n++) for (const w of [...words]) for (const c of alphabet) words.push(w + c)
    const keys = [...new Set(words)].reverse()
    expect(keys.length).toBe(259)
    expect(sortedKeys(keys)).toEqual([...keys].sort(new Intl.Collator('en').compare))
  })

  it('sorts other keys with the collator: capitals and dashes where metadata-action puts them', () => {
    const keys = ['org.b', 'Org.a', 'org-a', 'org_a', 'org.A', 'org.a']
    expect(sortedKeys(keys)).toEqual([...keys].sort(new Intl.Collator('en').compare))
    expect(sortedKeys(keys)).not.toEqual([...keys].sort())
  })
})
