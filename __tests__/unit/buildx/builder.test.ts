import { describe, expect, it } from '@jest/globals'
import {
  localBuilderImage,
  appendNodeArgs,
  dockerDriverProblem,
  nodeGroups,
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

  it("buildkitd-flags: the user's, then the entitlements allow and network: host ask for (each once)", () => {
    const s = settings({
      images: IMAGE,
      'buildkitd-flags': '--debug --allow-insecure-entitlement=network.host',
      allow: 'security.insecure',
      network: 'host',
    })
    expect(createBuilderArgs(s, 'mp-1', undefined)).toEqual([
      'buildx',
      'create',
      '--name',
      'mp-1',
      '--driver',
      'docker-container',
      '--buildkitd-flags',
      '--debug --allow-insecure-entitlement=network.host --allow-insecure-entitlement=security.insecure',
    ])
  })

  it('nodes: the first node fixed to the platforms no node builds, each node appended with its platforms', () => {
    const s = settings({
      images: IMAGE,
      platforms: 'linux/amd64,linux/arm64,linux/riscv64',
      'buildkit-image': 'mirror.local/moby/buildkit:v0.32.2',
      'driver-opts': 'network=host',
      'buildkitd-flags': '--debug',
      nodes: [
        'endpoint=arm-ctx,platforms=linux/arm64,driver-opts=network=host',
        'endpoint=ssh://me@riscv,platforms=linux/riscv64,driver-opts=image=riscv/buildkit:1,buildkitd-flags=--oci-worker-gc=false,name=rv',
      ].join('\n'),
    })
    expect(createBuilderArgs(s, 'mp-1', undefined)).toEqual([
      'buildx',
      'create',
      '--name',
      'mp-1',
      '--driver',
      'docker-container',
      '--driver-opt',
      'image=mirror.local/moby/buildkit:v0.32.2',
      '--driver-opt',
      'network=host',
      '--platform',
      'linux/amd64',
      '--buildkitd-flags',
      '--debug',
    ])
    expect(s.nodes.map((n) => appendNodeArgs(s, 'mp-1', n))).toEqual([
      [
        'buildx',
        'create',
        '--name',
        'mp-1',
        '--append',
        '--driver-opt',
        'image=mirror.local/moby/buildkit:v0.32.2',
        '--driver-opt',
        'network=host',
        '--buildkitd-flags',
        '--debug',
        '--platform',
        'linux/arm64',
        'arm-ctx',
      ],
      [
        'buildx',
        'create',
        '--name',
        'mp-1',
        '--append',
        '--node',
        'rv',
        '--driver-opt',
        'image=riscv/buildkit:1',
        '--buildkitd-flags',
        '--oci-worker-gc=false',
        '--platform',
        'linux/riscv64',
        'ssh://me@riscv',
      ],
    ])
    expect(nodeGroups(s).map((g) => [g.platforms, g.node?.endpoint])).toEqual([
      [['linux/amd64'], undefined],
      [['linux/arm64'], 'arm-ctx'],
      [['linux/riscv64'], 'ssh://me@riscv'],
    ])
  })

  it('nodes of a remote builder: no image, no flags', () => {
    const s = settings({
      images: IMAGE,
      driver: 'remote',
      endpoint: 'tcp://127.0.0.1:1234',
      nodes: 'endpoint=tcp://127.0.0.1:2345,platforms=linux/arm64',
    })
    expect(createBuilderArgs(s, 'mp-1', undefined)).toEqual([
      'buildx',
      'create',
      '--name',
      'mp-1',
      '--driver',
      'remote',
      '--platform',
      'linux/amd64',
      'tcp://127.0.0.1:1234',
    ])
    expect(appendNodeArgs(s, 'mp-1', s.nodes[0] as (typeof s.nodes)[number])).toEqual([
      'buildx',
      'create',
      '--name',
      'mp-1',
      '--append',
      '--platform',
      'linux/arm64',
      'tcp://127.0.0.1:2345',
    ])
  })

  it('bootstraps and removes by name', () => {
    expect(bootstrapArgs('mp-1')).toEqual(['buildx', 'inspect', '--bootstrap', '--builder', 'mp-1'])
    expect(removeBuilderArgs('mp-1')).toEqual(['buildx', 'rm', '--force', 'mp-1'])
  })

  it('uses the daemon builder for the docker driver and creates one otherwise', () => {
    const plan = (inputs: Record<string, string>) => planBuilder(settings({ images: IMAGE, ...inputs }), 'mp-1')
    expect(plan({ driver: 'docker' })).toEqual({ name: 'default', create: false, remove: false })
    expect(plan({})).toEqual({ name: 'mp-1', create: true, remove: true })
    expect(plan({ driver: 'remote', endpoint: 'tcp://127.0.0.1:1234' })).toEqual({
      name: 'mp-1',
      create: true,
      remove: true,
    })
  })

  it('keeps a builder named by the user, or with cleanup: false', () => {
    const plan = (inputs: Record<string, string>) => planBuilder(settings({ images: IMAGE, ...inputs }), 'mp-1')
    expect(plan({ name: 'ci-builder' })).toEqual({ name: 'ci-builder', create: true, remove: false })
    expect(plan({ name: 'ci-builder', cleanup: 'true' })).toEqual({ name: 'ci-builder', create: true, remove: false })
    expect(plan({ cleanup: 'false' })).toEqual({ name: 'mp-1', create: true, remove: false })
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

describe('localBuilderImage', () => {
  it("names a tag on port 0, which no registry serves, of the builder's own name", () => {
    expect(localBuilderImage('multiarch-publish-1a2b3c')).toBe(
      '127.0.0.1:0/multiarch-publish/buildkit:multiarch-publish-1a2b3c',
    )
    expect(localBuilderImage('mp-1')).not.toBe(localBuilderImage('mp-2'))
  })

  it("keeps the tag within Docker's rules: 128 characters at most, starting with a letter or digit", () => {
    const tag =
      localBuilderImage(`-x/${'b'.repeat(200)}:1`)
        .split(':')
        .pop() ?? ''
    expect(tag).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/)
  })
})
