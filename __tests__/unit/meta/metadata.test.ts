import { describe, expect, it } from '@jest/globals'
import type { MetaContext } from '../../../src/meta/context.js'
import { parseFlavor } from '../../../src/meta/flavor.js'
import { parseImages } from '../../../src/meta/images.js'
import { parseAnnotations, parseLabels } from '../../../src/meta/labels.js'
import { computeMetadata, type MetadataInputs } from '../../../src/meta/metadata.js'
import { parseRules } from '../../../src/meta/rules.js'
import type { EnvLike } from '../../../src/meta/env.js'
import { contextFor } from './events.js'
import { DEV_SHA, MA_EVENTS as E, MASTER_SHA, ociLabels } from './metadata-action.js'

interface Given {
  images?: string[]
  tags?: string[]
  flavor?: string[]
  labels?: string[]
  annotations?: string[]
  bakeTarget?: string
}

const inputs = (g: Given): MetadataInputs => {
  const out: MetadataInputs = {
    images: parseImages((g.images ?? []).join('\n')),
    rules: parseRules((g.tags ?? []).join('\n')),
    flavor: parseFlavor((g.flavor ?? []).join('\n')),
    labels: parseLabels((g.labels ?? []).join('\n')),
    annotations: parseAnnotations((g.annotations ?? []).join('\n')),
  }
  if (g.bakeTarget !== undefined) out.bakeTarget = g.bakeTarget
  return out
}
const run = (ctx: MetaContext, g: Given, env: EnvLike = {}) => computeMetadata(inputs(g), ctx, env)

const TWO = ['org/app', 'ghcr.io/user/app']

/** key=value -> [key, value] */
const entry = (label: string): [string, string] => [
  label.slice(0, label.indexOf('=')),
  label.slice(label.indexOf('=') + 1),
]

// metadata-action's __tests__/meta.test.ts, case by case: the same context, the same inputs, its expected version
// and tags in order, and its labels (OCI keys of the fixture repository).
describe("metadata-action's test suite: version, tags, labels", () => {
  it.each<[string, MetaContext, Given, string, string[]]>([
    ['push01', E.event_push_dev(), { images: ['user/app'] }, 'dev', ['user/app:dev']],
    ['push02', E.event_push_master(), { images: ['user/app'], tags: ['type=edge'] }, 'edge', ['user/app:edge']],
    ['push03', E.event_push_master(), { images: ['user/app'] }, 'master', ['user/app:master']],
    ['push04', E.event_workflow_dispatch(), { images: ['user/app'], tags: ['type=edge'] }, 'edge', ['user/app:edge']],
    ['push05', E.event_push_dev(), { images: TWO }, 'dev', ['org/app:dev', 'ghcr.io/user/app:dev']],
    [
      'push07',
      E.event_push_dev(),
      { images: TWO, tags: ['type=ref,event=branch', 'type=sha'] },
      'dev',
      ['org/app:dev', 'org/app:sha-860c190', 'ghcr.io/user/app:dev', 'ghcr.io/user/app:sha-860c190'],
    ],
    [
      'push08',
      E.event_push_master(),
      { images: TWO, tags: ['type=edge', 'type=sha'] },
      'edge',
      ['org/app:edge', 'org/app:sha-2665741', 'ghcr.io/user/app:edge', 'ghcr.io/user/app:sha-2665741'],
    ],
    [
      'push09',
      E.event_push_dev(),
      { images: TWO, tags: ['type=edge,branch=dev', 'type=sha'] },
      'edge',
      ['org/app:edge', 'org/app:sha-860c190', 'ghcr.io/user/app:edge', 'ghcr.io/user/app:sha-860c190'],
    ],
    [
      'push10',
      E.event_push_master(),
      { images: TWO, tags: ['type=edge,branch=dev', 'type=sha'] },
      'sha-2665741',
      ['org/app:sha-2665741', 'ghcr.io/user/app:sha-2665741'],
    ],
    [
      'push11',
      E.event_push_invalidchars(),
      { images: TWO, tags: ['type=edge', 'type=sha'] },
      'sha-983315b',
      ['org/app:sha-983315b', 'ghcr.io/user/app:sha-983315b'],
    ],
    [
      'push12',
      E.event_push_invalidchars(),
      { images: TWO, tags: ['type=semver,pattern={{version}}', 'type=pep440,pattern={{version}}', 'type=edge'] },
      '',
      [],
    ],
    [
      'push13',
      E.event_push_master(),
      { images: ['user/app'], tags: ['type=ref,priority=2000,event=branch', 'type=edge'] },
      'master',
      ['user/app:master', 'user/app:edge'],
    ],
    [
      'push14',
      E.event_push_master(),
      {
        images: ['user/app'],
        tags: [
          'type=semver,pattern={{version}},value=v1.2.3',
          'type=pep440,pattern={{version}},value=v1.2.3',
          'type=edge',
        ],
      },
      '1.2.3',
      ['user/app:1.2.3', 'user/app:edge', 'user/app:latest'],
    ],
    [
      'push15',
      E.event_push_master(),
      { images: ['user/app'], tags: ['type=match,pattern=v(.*),group=1,value=v1.2.3', 'type=edge'] },
      '1.2.3',
      ['user/app:1.2.3', 'user/app:edge', 'user/app:latest'],
    ],
    [
      'push16',
      E.event_push_master(),
      { images: ['user/app'], tags: ['type=match,enable=false,pattern=v(.*),group=1,value=v1.2.3', 'type=edge'] },
      'edge',
      ['user/app:edge'],
    ],
    [
      'push17',
      E.event_push_master(),
      {
        images: ['user/app'],
        tags: [
          'type=raw,value=mytag-{{branch}}',
          "type=raw,value=mytag-{{date 'YYYYMMDD'}}",
          "type=raw,value=mytag-cd-{{commit_date 'YYYYMMDD'}}",
          "type=raw,value=mytag-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
          'type=raw,value=mytag-tag-{{tag}}',
          'type=raw,value=mytag-baseref-{{base_ref}}',
          'type=raw,value=mytag-defbranch,enable={{is_default_branch}}',
        ],
      },
      'mytag-master',
      [
        'user/app:mytag-master',
        'user/app:mytag-20200110',
        'user/app:mytag-cd-20200110',
        'user/app:mytag-20200110-093000',
        'user/app:mytag-tag-',
        'user/app:mytag-baseref-',
        'user/app:mytag-defbranch',
      ],
    ],
    [
      'push18',
      E.event_push_dev(),
      { images: TWO, tags: ['type=ref,event=branch', 'type=sha,format=long'] },
      'dev',
      ['org/app:dev', `org/app:sha-${DEV_SHA}`, 'ghcr.io/user/app:dev', `ghcr.io/user/app:sha-${DEV_SHA}`],
    ],
    [
      'push19',
      E.event_push_dev(),
      {
        images: TWO,
        tags: [
          'type=edge,branch=master',
          'type=ref,event=branch,enable=false',
          'type=sha,format=long',
          'type=raw,value=defbranch,enable={{is_default_branch}}',
        ],
      },
      `sha-${DEV_SHA}`,
      [`org/app:sha-${DEV_SHA}`, `ghcr.io/user/app:sha-${DEV_SHA}`],
    ],
    [
      'push20',
      E.event_push_dev(),
      {
        images: ['org/app', 'ghcr.io/user/app,enable=false'],
        tags: ['type=edge,branch=master', 'type=ref,event=branch,enable=false', 'type=sha,format=long'],
      },
      `sha-${DEV_SHA}`,
      [`org/app:sha-${DEV_SHA}`],
    ],
    [
      'push21',
      E.event_push_master(),
      {
        tags: [
          'type=raw,value=mytag-{{branch}}',
          "type=raw,value=mytag-{{date 'YYYYMMDD'}}",
          "type=raw,value=mytag-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
          "type=raw,value=mytag-src-{{commit_date 'YYYYMMDD'}}",
          'type=raw,value=mytag-tag-{{tag}}',
          'type=raw,value=mytag-baseref-{{base_ref}}',
          'type=raw,value=mytag-defbranch,enable={{is_default_branch}}',
        ],
      },
      'mytag-master',
      [
        'mytag-master',
        'mytag-20200110',
        'mytag-20200110-093000',
        'mytag-src-20200110',
        'mytag-tag-',
        'mytag-baseref-',
        'mytag-defbranch',
      ],
    ],
    ['tag01', E.tag('release1'), { images: ['user/app'] }, 'release1', ['user/app:release1', 'user/app:latest']],
    [
      'tag02',
      E.tag('20200110-RC2'),
      { images: ['user/app'] },
      '20200110-RC2',
      ['user/app:20200110-RC2', 'user/app:latest'],
    ],
    [
      'tag03',
      E.tag('20200110-RC2'),
      { images: ['user/app'], tags: ['type=match,pattern=\\d{8}'], flavor: ['latest=false'] },
      '20200110',
      ['user/app:20200110'],
    ],
    [
      'tag04',
      E.tag('20200110-RC2'),
      { images: ['user/app'], tags: ['type=match,pattern=(.*)-RC,group=1'], flavor: ['latest=false'] },
      '20200110',
      ['user/app:20200110'],
    ],
    [
      'tag05',
      E.tag('v1.1.1'),
      { images: TWO, tags: ['type=match,"pattern=\\d.\\d.\\d"'] },
      '1.1.1',
      ['org/app:1.1.1', 'org/app:latest', 'ghcr.io/user/app:1.1.1', 'ghcr.io/user/app:latest'],
    ],
    [
      'tag06',
      E.tag('v1.1.1'),
      { images: TWO, tags: ['type=match,"pattern=^v(\\d.\\d.\\d)$",group=1'] },
      '1.1.1',
      ['org/app:1.1.1', 'org/app:latest', 'ghcr.io/user/app:1.1.1', 'ghcr.io/user/app:latest'],
    ],
    [
      'tag07',
      E.tag('v2.0.8-beta.67'),
      { images: TWO, tags: ['type=match,"pattern=\\d.\\d.\\d-(alpha|beta).\\d+"'] },
      '2.0.8-beta.67',
      ['org/app:2.0.8-beta.67', 'org/app:latest', 'ghcr.io/user/app:2.0.8-beta.67', 'ghcr.io/user/app:latest'],
    ],
    [
      'tag08',
      E.tag('v2.0.8-beta.67'),
      { images: TWO, tags: ['type=match,"pattern=\\d.\\d"'] },
      '2.0',
      ['org/app:2.0', 'org/app:latest', 'ghcr.io/user/app:2.0', 'ghcr.io/user/app:latest'],
    ],
    [
      'tag09',
      E.tag('v2.0.8-beta.67'),
      {
        images: TWO,
        tags: ['type=match,"pattern=v(.*)-beta.(.*)",group=1', 'type=match,"pattern=v(.*)-beta.(.*)",group=2'],
      },
      '2.0.8',
      [
        'org/app:2.0.8',
        'org/app:67',
        'org/app:latest',
        'ghcr.io/user/app:2.0.8',
        'ghcr.io/user/app:67',
        'ghcr.io/user/app:latest',
      ],
    ],
    ['tag10', E.tag('sometag'), { images: TWO, tags: ['type=match,"pattern=\\d.\\d"'] }, '', []],
    [
      'tag11',
      E.tag('v1.1.1'),
      {
        images: TWO,
        tags: [
          'type=semver,pattern={{version}}',
          'type=semver,pattern={{major}}.{{minor}}',
          'type=semver,pattern={{major}}',
        ],
      },
      '1.1.1',
      [
        'org/app:1.1.1',
        'org/app:1.1',
        'org/app:1',
        'org/app:latest',
        'ghcr.io/user/app:1.1.1',
        'ghcr.io/user/app:1.1',
        'ghcr.io/user/app:1',
        'ghcr.io/user/app:latest',
      ],
    ],
    [
      'tag12',
      E.tag('v1.1.1'),
      { images: TWO, tags: ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'] },
      '1.1.1',
      ['org/app:1.1.1', 'org/app:latest', 'ghcr.io/user/app:1.1.1', 'ghcr.io/user/app:latest'],
    ],
    [
      'tag13',
      E.tag('v2.0.8-beta.67'),
      { images: TWO, tags: ['type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'] },
      '2.0.8-beta.67',
      ['org/app:2.0.8-beta.67', 'ghcr.io/user/app:2.0.8-beta.67'],
    ],
    [
      'tag14',
      E.tag('sometag'),
      {
        images: ['ghcr.io/user/app'],
        tags: [
          'type=ref,event=tag',
          'type=semver,pattern={{version}}',
          'type=semver,pattern={{major}}.{{minor}}',
          'type=semver,pattern={{major}}',
        ],
        flavor: ['latest=false'],
      },
      'sometag',
      ['ghcr.io/user/app:sometag'],
    ],
    [
      'tag15',
      E.tag('v2.0.8-beta.67'),
      {
        images: TWO,
        tags: ['type=raw,priority=2000,foo', 'type=semver,pattern={{version}}', 'type=match,"pattern=\\d.\\d"'],
      },
      'foo',
      [
        'org/app:foo',
        'org/app:2.0.8-beta.67',
        'org/app:2.0',
        'ghcr.io/user/app:foo',
        'ghcr.io/user/app:2.0.8-beta.67',
        'ghcr.io/user/app:2.0',
      ],
    ],
    [
      'tag16',
      E.tag('v1.1.1'),
      { images: TWO, tags: ['type=raw,priority=2000,foo', 'type=ref,event=tag', 'type=edge'] },
      'foo',
      ['org/app:foo', 'org/app:v1.1.1', 'ghcr.io/user/app:foo', 'ghcr.io/user/app:v1.1.1'],
    ],
    [
      'tag20',
      E.tag('v1.1.1'),
      {
        images: TWO,
        tags: [
          'type=raw,{{tag}}-{{sha}}-foo',
          'type=raw,{{base_ref}}-foo',
          'type=raw,defbranch-foo,enable={{is_default_branch}}',
        ],
      },
      'v1.1.1-860c190-foo',
      [
        'org/app:v1.1.1-860c190-foo',
        'org/app:master-foo',
        'ghcr.io/user/app:v1.1.1-860c190-foo',
        'ghcr.io/user/app:master-foo',
      ],
    ],
    [
      'tag23',
      E.tag('v1.1.1'),
      { images: ['org/app'], tags: ['type=pep440,pattern={{raw}}', 'type=pep440,pattern={{major}}.{{minor}}'] },
      'v1.1.1',
      ['org/app:v1.1.1', 'org/app:1.1', 'org/app:latest'],
    ],
    [
      'tag24',
      E.tag('1.2'),
      { images: ['org/app'], tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}'] },
      '1.2',
      ['org/app:1.2', 'org/app:latest'],
    ],
    [
      'tag26',
      E.tag('1.0dev4'),
      { images: TWO, tags: ['type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'] },
      '1.0.dev4',
      ['org/app:1.0.dev4', 'ghcr.io/user/app:1.0.dev4'],
    ],
    [
      'tag28',
      E.tag('v1.1.1'),
      {
        images: ['org/app'],
        tags: [
          'type=pep440,pattern={{version}}',
          'type=pep440,pattern={{major}}.{{minor}}.{{patch}}',
          'type=pep440,pattern={{major}}.{{minor}}',
          'type=pep440,pattern={{major}}',
        ],
      },
      '1.1.1',
      ['org/app:1.1.1', 'org/app:1.1', 'org/app:1', 'org/app:latest'],
    ],
    [
      'tag30',
      E.tag('sometag'),
      {
        images: ['ghcr.io/user/app'],
        tags: ['type=ref,event=tag', 'type=pep440,pattern={{version}}'],
        flavor: ['latest=false'],
      },
      'sometag',
      ['ghcr.io/user/app:sometag'],
    ],
    [
      'tag31',
      E.tag('v2.0.8-beta.67'),
      { images: TWO, tags: ['type=semver,pattern={{raw}}'] },
      'v2.0.8-beta.67',
      ['org/app:v2.0.8-beta.67', 'ghcr.io/user/app:v2.0.8-beta.67'],
    ],
    [
      'tag32',
      E.tag('v1.2.3rc2'),
      { images: TWO, tags: ['type=pep440,pattern={{raw}}', 'type=pep440,pattern={{major}}.{{minor}}'] },
      'v1.2.3rc2',
      ['org/app:v1.2.3rc2', 'org/app:1.2.3rc2', 'ghcr.io/user/app:v1.2.3rc2', 'ghcr.io/user/app:1.2.3rc2'],
    ],
    [
      'tag33',
      E.tag('v1.1.1'),
      { tags: ['type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}'] },
      '1.1.1',
      ['1.1.1', '1.1', 'latest'],
    ],
    [
      'latest01',
      E.tag('release1'),
      { images: ['user/app'], tags: ['type=match,"pattern=^release\\d{1,2}"'] },
      'release1',
      ['user/app:release1', 'user/app:latest'],
    ],
    [
      'latest05',
      E.tag('v1.1.1'),
      { images: TWO },
      'v1.1.1',
      ['org/app:v1.1.1', 'org/app:latest', 'ghcr.io/user/app:v1.1.1', 'ghcr.io/user/app:latest'],
    ],
    [
      'latest06',
      E.tag('v2.0.8-beta.67'),
      { images: TWO, tags: ['type=match,"pattern=\\d.\\d.\\d"'] },
      '2.0.8',
      ['org/app:2.0.8', 'org/app:latest', 'ghcr.io/user/app:2.0.8', 'ghcr.io/user/app:latest'],
    ],
    [
      'latest07',
      E.tag('v1.1.1'),
      { images: TWO, tags: ['type=ref,event=tag'], flavor: ['latest=false'] },
      'v1.1.1',
      ['org/app:v1.1.1', 'ghcr.io/user/app:v1.1.1'],
    ],
    [
      'latest08',
      E.tag('v1.1.1'),
      { images: ['org/app', 'ghcr.io/MyUSER/MyApp'], tags: ['type=ref,event=tag'], flavor: ['latest=false'] },
      'v1.1.1',
      ['org/app:v1.1.1', 'ghcr.io/myuser/myapp:v1.1.1'],
    ],
    ['latest10', E.tag('v2.0.8-beta.67'), { tags: ['type=match,"pattern=\\d.\\d.\\d"'] }, '2.0.8', ['2.0.8', 'latest']],
    ['pr01', E.event_pull_request(), { images: ['user/app'] }, 'pr-15', ['user/app:pr-15']],
    [
      'pr03',
      E.event_pull_request(),
      { images: TWO, tags: ['type=ref,event=pr', 'type=sha'] },
      'pr-15',
      ['org/app:pr-15', 'org/app:sha-a9c8c58', 'ghcr.io/user/app:pr-15', 'ghcr.io/user/app:sha-a9c8c58'],
    ],
    [
      'pr04',
      E.event_pull_request(),
      { images: TWO, tags: ['type=sha,priority=2000', 'type=ref,event=pr'] },
      'sha-a9c8c58',
      ['org/app:sha-a9c8c58', 'org/app:pr-15', 'ghcr.io/user/app:sha-a9c8c58', 'ghcr.io/user/app:pr-15'],
    ],
    [
      'pr05',
      E.event_pull_request(),
      { images: TWO, tags: ['type=ref,event=pr'], flavor: ['prefix=glo-', 'suffix=-bal'] },
      'pr-15-bal',
      ['org/app:pr-15-bal', 'ghcr.io/user/app:pr-15-bal'],
    ],
    [
      'pr06',
      E.event_pull_request(),
      { images: TWO, tags: ['type=ref,event=pr,prefix='], flavor: ['prefix=glo-', 'suffix=-bal'] },
      '15-bal',
      ['org/app:15-bal', 'ghcr.io/user/app:15-bal'],
    ],
    [
      'pr07',
      E.event_pull_request_target(),
      { images: TWO, tags: ['type=sha,priority=2000', 'type=ref,event=pr'] },
      'sha-2665741',
      ['org/app:sha-2665741', 'org/app:pr-15', 'ghcr.io/user/app:sha-2665741', 'ghcr.io/user/app:pr-15'],
    ],
    [
      'pr09',
      E.event_pull_request_target(),
      {
        images: ['org/app'],
        tags: ['type=ref,event=tag', 'type=ref,event=pr', 'type=ref,event=branch', 'type=sha', 'type=sha,format=long'],
      },
      'pr-15',
      ['org/app:pr-15', 'org/app:sha-2665741', `org/app:sha-${MASTER_SHA}`],
    ],
    [
      'pr10',
      E.event_pull_request_target(),
      {
        images: ['org/app'],
        tags: ['type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}'],
      },
      'mytag-master',
      ['org/app:mytag-master'],
    ],
    [
      'pr11',
      E.event_pull_request(),
      {
        images: ['org/app'],
        tags: ['type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}'],
      },
      'mytag-master',
      ['org/app:mytag-master'],
    ],
    [
      'pr-head-sha pr03',
      E.event_pull_request({ DOCKER_METADATA_PR_HEAD_SHA: 'true' }),
      { images: TWO, tags: ['type=ref,event=pr', 'type=sha'] },
      'pr-15',
      ['org/app:pr-15', 'org/app:sha-3370e22', 'ghcr.io/user/app:pr-15', 'ghcr.io/user/app:sha-3370e22'],
    ],
    [
      'pr-head-sha pr07',
      E.event_pull_request_target({ DOCKER_METADATA_PR_HEAD_SHA: 'true' }),
      { images: TWO, tags: ['type=sha,priority=2000', 'type=ref,event=pr'] },
      'sha-3370e22',
      ['org/app:sha-3370e22', 'org/app:pr-15', 'ghcr.io/user/app:sha-3370e22', 'ghcr.io/user/app:pr-15'],
    ],
    ['schedule01', E.event_schedule(), { images: ['user/app'] }, 'nightly', ['user/app:nightly', 'user/app:master']],
    [
      'schedule02',
      E.event_schedule(),
      {
        images: ['user/app'],
        tags: [
          "type=schedule,pattern={{date 'YYYYMMDD'}}",
          "type=schedule,pattern=source-date-{{commit_date 'YYYY-MM-DD'}}",
        ],
      },
      '20200110',
      ['user/app:20200110', 'user/app:source-date-2020-01-10'],
    ],
    [
      'schedule03',
      E.event_schedule(),
      { images: ['user/app'], tags: ["type=schedule,pattern={{date 'YYYYMMDD-HHmmss'}}"] },
      '20200110-003000',
      ['user/app:20200110-003000'],
    ],
    [
      'schedule06',
      E.event_schedule(),
      {
        images: TWO,
        tags: ['type=schedule', 'type=sha,priority=2000', 'type=raw,value=defbranch,enable={{is_default_branch}}'],
      },
      'sha-860c190',
      [
        'org/app:sha-860c190',
        'org/app:nightly',
        'org/app:defbranch',
        'ghcr.io/user/app:sha-860c190',
        'ghcr.io/user/app:nightly',
        'ghcr.io/user/app:defbranch',
      ],
    ],
    [
      'schedule07',
      E.event_schedule(),
      { images: TWO, tags: ['type=schedule'], flavor: ['prefix=glo-', 'suffix=-bal'] },
      'glo-nightly-bal',
      ['org/app:glo-nightly-bal', 'ghcr.io/user/app:glo-nightly-bal'],
    ],
    [
      'schedule08',
      E.event_schedule(),
      {
        images: ['user/app'],
        tags: [
          "type=schedule,pattern={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
          "type=schedule,pattern=src-{{commit_date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
        ],
      },
      '20200110-093000',
      ['user/app:20200110-093000', 'user/app:src-20200110-093000'],
    ],
    [
      'release01',
      E.event_release_created(),
      { images: ['user/app'] },
      'v1.1.1',
      ['user/app:v1.1.1', 'user/app:latest'],
    ],
    [
      'release02',
      E.event_release_created(),
      {
        images: ['user/app'],
        tags: [
          'type=ref,event=tag',
          'type=raw,value=baseref-{{base_ref}}',
          'type=raw,value=defbranch,enable={{is_default_branch}}',
        ],
      },
      'v1.1.1',
      ['user/app:v1.1.1', 'user/app:baseref-', 'user/app:latest'],
    ],
    [
      'release03',
      E.event_release_created(),
      {
        images: ['user/app'],
        tags: ["type=raw,value=src-{{commit_date 'YYYYMMDD-HHmmss'}}", "type=raw,value={{date 'YYYYMMDD-HHmmss'}}"],
      },
      'src-20200110-003000',
      ['user/app:src-20200110-003000', 'user/app:20200110-003000'],
    ],
    [
      'raw05',
      E.tag('v1.1.1'),
      {
        images: ['user/app'],
        tags: [
          'type=semver,pattern={{version}}',
          'type=semver,pattern={{major}}.{{minor}}',
          'type=semver,pattern={{major}}',
          'type=raw,my',
          'type=raw,custom',
          'type=raw,tags',
        ],
      },
      '1.1.1',
      [
        'user/app:1.1.1',
        'user/app:1.1',
        'user/app:1',
        'user/app:my',
        'user/app:custom',
        'user/app:tags',
        'user/app:latest',
      ],
    ],
    [
      'raw07',
      E.event_push_dev(),
      {
        images: ['user/app'],
        tags: ['type=ref,priority=90,event=branch', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'],
        flavor: ['latest=true'],
      },
      'my',
      ['user/app:my', 'user/app:custom', 'user/app:tags', 'user/app:dev', 'user/app:latest'],
    ],
    [
      'raw09',
      E.event_push_dev(),
      {
        images: ['user/app'],
        tags: ['type=match,pattern=\\d{8}', 'type=raw,my,prefix=foo-,suffix=-bar', 'type=raw,custom', 'type=raw,tags'],
        flavor: ['latest=false', 'prefix=glo-', 'suffix=-bal'],
      },
      'foo-my-bar',
      ['user/app:foo-my-bar', 'user/app:glo-custom-bal', 'user/app:glo-tags-bal'],
    ],
    [
      'raw10',
      E.event_push_dev(),
      {
        images: ['user/app'],
        tags: ['type=raw,foo', 'type=raw,bar,enable=false', 'type=raw,baz,enable=true'],
        flavor: ['latest=false'],
      },
      'foo',
      ['user/app:foo', 'user/app:baz'],
    ],
  ])('%s', (_, ctx, given, version, tags) => {
    const m = run(ctx, given)
    expect([m.version, m.tags]).toEqual([version, tags])
    expect(m.outputs.labels).toBe(ociLabels(ctx.sha, version).join('\n'))
    expect(m.outputs.annotations).toBe(
      ociLabels(ctx.sha, version)
        .map((l) => `manifest:${l}`)
        .join('\n'),
    )
  })
})

describe('labels and annotations inputs (metadata-action latest09, json07)', () => {
  it('the user wins, keys sorted as metadata-action sorts them', () => {
    const m = run(E.tag('v1.1.1'), {
      images: ['org/app', 'ghcr.io/MyUSER/MyApp'],
      tags: ['type=ref,event=tag'],
      flavor: ['latest=false'],
      labels: [
        'maintainer=CrazyMax',
        'org.opencontainers.image.description=this is a "good" example',
        'org.opencontainers.image.title=MyCustom=Title',
        'org.opencontainers.image.vendor=MyCompany',
      ],
      annotations: [
        'maintainer=Foo',
        'org.opencontainers.image.description=this is a "bad" example',
        'org.opencontainers.image.title=MyNotTitle',
        'org.opencontainers.image.vendor=MyNotCompany',
      ],
    })
    expect(m.outputs.labels.split('\n')).toEqual([
      'maintainer=CrazyMax',
      'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description=this is a "good" example',
      'org.opencontainers.image.licenses=MIT',
      `org.opencontainers.image.revision=${DEV_SHA}`,
      'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title=MyCustom=Title',
      'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.vendor=MyCompany',
      'org.opencontainers.image.version=v1.1.1',
    ])
    expect(m.outputs.annotations.split('\n')).toEqual([
      'manifest:maintainer=Foo',
      'manifest:org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'manifest:org.opencontainers.image.description=this is a "bad" example',
      'manifest:org.opencontainers.image.licenses=MIT',
      `manifest:org.opencontainers.image.revision=${DEV_SHA}`,
      'manifest:org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'manifest:org.opencontainers.image.title=MyNotTitle',
      'manifest:org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'manifest:org.opencontainers.image.vendor=MyNotCompany',
      'manifest:org.opencontainers.image.version=v1.1.1',
    ])
    expect(m.notices).toEqual([
      "images: 'ghcr.io/MyUSER/MyApp' is used as 'ghcr.io/myuser/myapp' (image names are lowercase)",
    ])
  })

  it('expressions in labels (README: created from the commit date)', () => {
    const m = run(contextFor('push main'), {
      images: ['user/app'],
      labels: ["org.opencontainers.image.created={{commit_date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}", 'branch={{branch}}'],
    })
    expect(m.labels['org.opencontainers.image.created']).toBe('2024-05-02T09:14:01.000Z')
    expect(m.labels.branch).toBe('main')
  })
})

describe('json output (metadata-action json01-json07)', () => {
  it('is the compact JSON of tags, tag-names, labels and annotations, keys in order', () => {
    const m = run(E.event_push_dev(), {
      images: ['user/app'],
      tags: ['type=ref,event=branch', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'],
      labels: ['foo='],
    })
    const labels = Object.fromEntries([['foo', ''], ...ociLabels(DEV_SHA, 'dev').map(entry)])
    const expected = {
      tags: ['user/app:dev', 'user/app:my', 'user/app:custom', 'user/app:tags'],
      'tag-names': ['dev', 'my', 'custom', 'tags'],
      labels,
      annotations: ociLabels(DEV_SHA, 'dev').map((l) => `manifest:${l}`),
    }
    expect(m.outputs.json).toBe(JSON.stringify(expected))
    expect(m.outputs['tag-names']).toBe('dev\nmy\ncustom\ntags')
  })

  it('annotation levels from DOCKER_METADATA_ANNOTATIONS_LEVELS, level by level', () => {
    const m = run(
      E.event_push_dev(),
      { images: ['user/app'] },
      { DOCKER_METADATA_ANNOTATIONS_LEVELS: 'manifest,index' },
    )
    expect(m.annotations).toEqual([
      ...ociLabels(DEV_SHA, 'dev').map((l) => `manifest:${l}`),
      ...ociLabels(DEV_SHA, 'dev').map((l) => `index:${l}`),
    ])
    expect((JSON.parse(m.outputs.json) as { annotations: string[] }).annotations).toEqual(m.annotations)
  })

  it('separators (metadata-action sepTags01, sepTags02)', () => {
    const given = {
      images: ['user/app'],
      tags: ['type=ref,event=branch', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'],
    }
    const m = computeMetadata({ ...inputs(given), separators: { tags: ',' } }, E.event_push_dev())
    expect(m.outputs.tags).toBe('user/app:dev,user/app:my,user/app:custom,user/app:tags')
    expect(m.outputs['tag-names']).toBe('dev,my,custom,tags')
  })

  it('no version: warnings, empty outputs', () => {
    const m = run(E.tag('sometag'), { images: ['user/app'], tags: ['type=match,"pattern=\\d.\\d"'] })
    expect([m.outputs.version, m.outputs.tags, m.outputs['tag-names']]).toEqual(['', '', ''])
    expect(m.warnings).toEqual([
      'tags line 1: \\d.\\d does not match sometag.',
      'No Docker image version has been generated. Check tags input.',
      'No Docker tag has been generated. Check tags input.',
    ])
  })
})

describe('bake files (metadata-action bakeFile01-bakeFile07, bakeFileTagsLabels01, README "Bake definition")', () => {
  const env = { DOCKER_METADATA_ANNOTATIONS_LEVELS: 'index,manifest-descriptor' }
  const labelsOf = (version: string) =>
    Object.fromEntries(
      ociLabels(DEV_SHA, version).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    )

  it.each<[string, MetaContext, Given, string[], string, string]>([
    [
      'bakeFile02',
      E.event_push_dev(),
      { images: ['user/app'], tags: ['type=ref,event=branch', 'type=raw,my'] },
      ['user/app:dev', 'user/app:my'],
      'dev',
      'docker-metadata-action',
    ],
    [
      'bakeFile03',
      E.tag('release1'),
      {
        images: ['user/app'],
        tags: ['type=ref,event=tag', 'type=raw,my', 'type=raw,custom', 'type=raw,tags'],
        bakeTarget: 'meta',
      },
      ['user/app:release1', 'user/app:my', 'user/app:custom', 'user/app:tags', 'user/app:latest'],
      'release1',
      'meta',
    ],
    [
      'bakeFile06',
      E.tag('v1.1.1'),
      { images: TWO, tags: ['type=raw,my', 'type=raw,custom', 'type=raw,tags'] },
      [
        'org/app:my',
        'org/app:custom',
        'org/app:tags',
        'ghcr.io/user/app:my',
        'ghcr.io/user/app:custom',
        'ghcr.io/user/app:tags',
      ],
      'my',
      'docker-metadata-action',
    ],
  ])('%s', (_, ctx, given, tags, version, target) => {
    const m = run(ctx, given, env)
    const images = m.tags.length > 0 ? [...new Set(m.tags.map((t) => t.slice(0, t.lastIndexOf(':'))))].join(',') : ''
    const args = { DOCKER_META_IMAGES: images, DOCKER_META_VERSION: version }
    const file = (definition: object) => JSON.stringify({ target: { [target]: definition } }, null, 2)
    const annotations = ['index', 'manifest-descriptor'].flatMap((level) =>
      ociLabels(DEV_SHA, version).map((l) => `${level}:${l}`),
    )
    expect(m.bakeFiles['bake-file-tags']).toEqual({
      fileName: 'docker-metadata-action-bake-tags.json',
      content: file({ tags, args }),
    })
    expect(m.bakeFiles['bake-file-labels']).toEqual({
      fileName: 'docker-metadata-action-bake-labels.json',
      content: file({ labels: labelsOf(version) }),
    })
    expect(m.bakeFiles['bake-file-annotations']).toEqual({
      fileName: 'docker-metadata-action-bake-annotations.json',
      content: file({ annotations }),
    })
    expect(m.bakeFiles['bake-file']).toEqual({
      fileName: 'docker-metadata-action-bake.json',
      content: file({ tags, labels: labelsOf(version), args }),
    })
  })

  it('README example: tag v1.2.3 with branch, pr, semver and sha rules', () => {
    const m = run(E.tag('v1.2.3'), {
      images: ['name/app'],
      tags: [
        'type=ref,event=branch',
        'type=ref,event=pr',
        'type=semver,pattern={{version}}',
        'type=semver,pattern={{major}}.{{minor}}',
        'type=sha',
      ],
    })
    const bake = JSON.parse(m.bakeFiles['bake-file'].content) as {
      target: Record<string, { tags: string[]; args: object }>
    }
    expect(bake.target['docker-metadata-action']?.tags).toEqual([
      'name/app:1.2.3',
      'name/app:1.2',
      'name/app:sha-860c190',
      'name/app:latest',
    ])
    expect(bake.target['docker-metadata-action']?.args).toEqual({
      DOCKER_META_IMAGES: 'name/app',
      DOCKER_META_VERSION: '1.2.3',
    })
  })

  it('no version: DOCKER_META_VERSION is left out, as JSON.stringify drops undefined', () => {
    const m = run(E.tag('sometag'), { images: ['user/app'], tags: ['type=match,"pattern=\\d.\\d"'] })
    expect(m.bakeFiles['bake-file-tags'].content).toBe(
      JSON.stringify(
        { target: { 'docker-metadata-action': { tags: [], args: { DOCKER_META_IMAGES: 'user/app' } } } },
        null,
        2,
      ),
    )
  })
})
