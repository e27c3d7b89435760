import { describe, expect, it } from '@jest/globals'
import { buildArgs, outputArg, outputStrategy } from '../../../src/buildx/argv.js'
import type { CachePlan } from '../../../src/buildx/cache.js'
import { bareSettings as settings, IMAGE } from '../support/settings.js'

const none: CachePlan = { kind: 'none', from: [], to: [] }
const gha: CachePlan = { kind: 'gha', from: ['type=gha,scope=s'], to: ['type=gha,scope=s,mode=min,ignore-error=true'] }
const paths = { metadataFile: '/w/metadata.json', layoutDir: '/w/layout' }

describe('output strategy', () => {
  it.each([
    [{ push: true, driver: 'docker-container' }, 'registry'],
    [{ push: true, driver: 'remote' }, 'registry'],
    [{ push: true, driver: 'docker' }, 'layout'],
    [{ push: false, driver: 'docker-container' }, 'none'],
    [{ push: false, driver: 'docker' }, 'none'],
  ] as const)('%j -> %s', (s, strategy) => {
    expect(outputStrategy(s)).toBe(strategy)
  })

  it('pushes every image by digest, no tag, in one CSV field', () => {
    expect(outputArg('registry', [IMAGE, 'docker.io/acme/app'], '/w/layout')).toBe(
      'type=image,"name=ghcr.io/acme/app,docker.io/acme/app",push-by-digest=true,name-canonical=true,push=true',
    )
    expect(outputArg('layout', [IMAGE], '/w/layout')).toBe('type=oci,dest=/w/layout,tar=false')
    expect(outputArg('none', [], '/w/layout')).toBe('type=cacheonly')
  })
})

describe('buildArgs', () => {
  it.each([
    [
      'defaults: all platforms in one build, pushed by digest',
      { images: IMAGE },
      none,
      [
        'buildx',
        'build',
        '--builder',
        'mp-1',
        '--platform',
        'linux/amd64,linux/arm64',
        '--attest',
        'type=provenance,mode=max,builder-id=https://github.com/acme/app/actions/runs/7',
        '--output',
        'type=image,"name=ghcr.io/acme/app",push-by-digest=true,name-canonical=true,push=true',
        '--metadata-file',
        '/w/metadata.json',
        '.',
      ],
    ],
    [
      'every option, gha cache, docker driver layout',
      {
        images: IMAGE,
        driver: 'docker',
        platforms: 'linux/arm64,linux/riscv64',
        context: 'app',
        file: 'app/Containerfile',
        target: 'release',
        'build-args': 'VERSION=1.2.3\nBASE=alpine',
        labels: 'a=b',
        network: 'host',
        provenance: 'mode=max',
        sbom: 'true',
        secrets: 'npm=s3cret\ngh=tok',
      },
      gha,
      [
        'buildx',
        'build',
        '--builder',
        'mp-1',
        '--platform',
        'linux/arm64,linux/riscv64',
        '--file',
        'app/Containerfile',
        '--target',
        'release',
        '--build-arg',
        'VERSION=1.2.3',
        '--build-arg',
        'BASE=alpine',
        '--label',
        'a=b',
        '--network',
        'host',
        '--allow',
        'network.host',
        '--attest',
        'type=provenance,mode=max,builder-id=https://github.com/acme/app/actions/runs/7',
        '--attest',
        'type=sbom,disabled=false',
        '--secret',
        'id=npm,env=MULTIARCH_PUBLISH_SECRET_0',
        '--secret',
        'id=gh,env=MULTIARCH_PUBLISH_SECRET_1',
        '--cache-from',
        'type=gha,scope=s',
        '--cache-to',
        'type=gha,scope=s,mode=min,ignore-error=true',
        '--output',
        'type=oci,dest=/w/layout,tar=false',
        '--metadata-file',
        '/w/metadata.json',
        'app',
      ],
    ],
    [
      'push false: build only',
      { push: 'false', provenance: 'false' },
      none,
      [
        'buildx',
        'build',
        '--builder',
        'mp-1',
        '--platform',
        'linux/amd64,linux/arm64',
        '--attest',
        'type=provenance,disabled=true',
        '--output',
        'type=cacheonly',
        '--metadata-file',
        '/w/metadata.json',
        '.',
      ],
    ],
  ] as const)('%s', (_name, inputs, cache, argv) => {
    const s = settings(inputs)
    expect(buildArgs(s, 'mp-1', cache, outputStrategy(s), paths)).toEqual(argv)
  })

  it('never puts a secret value on the command line', () => {
    const s = settings({ images: IMAGE, secrets: 'npm=s3cret-value' })
    expect(buildArgs(s, 'mp-1', none, 'registry', paths).join(' ')).not.toContain('s3cret-value')
  })

  it('gives each build context its --build-context, after the build args', () => {
    const s = settings({
      push: 'false',
      'build-args': 'A=1',
      'build-contexts': 'alpine=docker-image://alpine:3.20\nsrc=../shared',
    })
    const argv = buildArgs(s, 'mp-1', none, outputStrategy(s), paths).join(' ')
    expect(argv).toContain(
      '--build-arg A=1 --build-context alpine=docker-image://alpine:3.20 --build-context src=../shared',
    )
  })

  it('refuses a build-contexts line without name=, naming the input', () => {
    expect(() => settings({ push: 'false', 'build-contexts': 'docker-image://alpine' })).toThrow(
      /input 'build-contexts': line 1: expected name=value/,
    )
  })
})
