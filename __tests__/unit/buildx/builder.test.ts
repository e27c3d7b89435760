import { describe, expect, it } from '@jest/globals'
import {
  dockerDriverProblem,
  usesContainerdStore,
  bootstrapArgs,
  createBuilderArgs,
  parseInspectPlatforms,
  planBuilder,
  removeBuilderArgs,
  uncoveredPlatforms,
} from '../../../src/buildx/builder.js'
import { settings, IMAGE } from '../support/settings.js'
import { platforms } from '../support/platforms.js'

describe('builder argv', () => {
  it.each([
    [{}, undefined, ['buildx', 'create', '--name', 'mp-1', '--driver', 'docker-container']],
    [
      {
        'buildkit-image': 'mirror.example/moby/buildkit:v0.26.0',
        'driver-opts': 'network=host\nenv.BUILDKIT_STEP_LOG_MAX_SIZE=-1',
      },
      '/tmp/w/buildkitd.toml',
      [
        'buildx',
        'create',
        '--name',
        'mp-1',
        '--driver',
        'docker-container',
        '--driver-opt',
        'image=mirror.example/moby/buildkit:v0.26.0',
        '--driver-opt',
        'network=host',
        '--driver-opt',
        'env.BUILDKIT_STEP_LOG_MAX_SIZE=-1',
        '--buildkitd-config',
        '/tmp/w/buildkitd.toml',
      ],
    ],
    [
      { driver: 'remote', endpoint: 'tcp://127.0.0.1:1234', 'driver-opts': 'cacert=/c/ca.pem' },
      undefined,
      [
        'buildx',
        'create',
        '--name',
        'mp-1',
        '--driver',
        'remote',
        '--driver-opt',
        'cacert=/c/ca.pem',
        'tcp://127.0.0.1:1234',
      ],
    ],
    [
      { network: 'host' },
      undefined,
      [
        'buildx',
        'create',
        '--name',
        'mp-1',
        '--driver',
        'docker-container',
        '--buildkitd-flags',
        '--allow-insecure-entitlement=network.host',
      ],
    ],
  ])('%j', (inputs, config, argv) => {
    expect(createBuilderArgs(settings({ images: IMAGE, ...inputs }), 'mp-1', config)).toEqual(argv)
  })

  it('bootstraps and removes by name', () => {
    expect(bootstrapArgs('mp-1')).toEqual(['buildx', 'inspect', '--bootstrap', '--builder', 'mp-1'])
    expect(removeBuilderArgs('mp-1')).toEqual(['buildx', 'rm', '--force', 'mp-1'])
  })

  it('uses the daemon builder for the docker driver and creates one otherwise', () => {
    expect(planBuilder({ driver: 'docker' }, 'mp-1')).toEqual({ name: 'default', create: false })
    expect(planBuilder({ driver: 'docker-container' }, 'mp-1')).toEqual({ name: 'mp-1', create: true })
    expect(planBuilder({ driver: 'remote' }, 'mp-1')).toEqual({ name: 'mp-1', create: true })
  })
})

describe('builder platforms', () => {
  // real `docker buildx inspect` output (buildx 0.29, docker driver) and a two-node docker-container builder
  const docker = `Name:          default
Driver:        docker

Nodes:
Name:             default
Endpoint:         default
Status:           running
BuildKit version: v0.0.0+unknown
Platforms:        linux/amd64, linux/amd64/v2, linux/amd64/v3, linux/amd64/v4, linux/arm64
Labels:
 org.mobyproject.buildkit.worker.executor:             containerd
`
  const twoNodes = `Name:   mp-1
Driver: docker-container
Nodes:
Name:      mp-10
Platforms: linux/amd64*, linux/386
Name:      mp-11
Platforms: linux/arm64, linux/arm/v7, linux/arm/v6, linux/unknownarch
`
  it('reads every node, normalises, drops marks and unknown entries', () => {
    expect(parseInspectPlatforms(docker)).toEqual([
      'linux/amd64',
      'linux/amd64/v2',
      'linux/amd64/v3',
      'linux/amd64/v4',
      'linux/arm64',
    ])
    expect(parseInspectPlatforms(twoNodes)).toEqual([
      'linux/amd64',
      'linux/386',
      'linux/arm64',
      'linux/arm/v7',
      'linux/arm/v6',
    ])
  })
  it('names the requested platforms the builder lacks', () => {
    expect(
      uncoveredPlatforms(platforms('linux/amd64', 'linux/arm64', 'linux/s390x'), parseInspectPlatforms(docker)),
    ).toEqual(['linux/s390x'])
    expect(uncoveredPlatforms(platforms('linux/amd64', 'linux/arm64'), parseInspectPlatforms(docker))).toEqual([])
  })
})

describe('the docker driver and the image store', () => {
  it.each([
    ['[["driver-type","io.containerd.snapshotter.v1"]]', true],
    ['[["Backing Filesystem","extfs"],["Supports d_type","true"],["Using metacopy","false"]]', false],
    ['not json', false],
  ])('%s -> containerd store %s', (status, store) => {
    expect(usesContainerdStore(status)).toBe(store)
  })

  it.each([
    [{ driver: 'docker', push: true, platforms: ['linux/amd64'] }, false, true],
    [{ driver: 'docker', push: false, platforms: ['linux/amd64', 'linux/arm64'] }, false, true],
    [{ driver: 'docker', push: false, platforms: ['linux/amd64'] }, false, false],
    [{ driver: 'docker', push: true, platforms: ['linux/amd64', 'linux/arm64'] }, true, false],
    [{ driver: 'docker-container', push: true, platforms: ['linux/amd64', 'linux/arm64'] }, false, false],
  ] as const)('%j with containerd store %s: problem %s', (s, store, problem) => {
    const why = dockerDriverProblem({ ...s, platforms: platforms(...s.platforms) }, store)
    if (problem)
      expect(why).toMatch(/containerd image store, which this daemon does not use; use driver: docker-container/)
    else expect(why).toBeUndefined()
  })
})
