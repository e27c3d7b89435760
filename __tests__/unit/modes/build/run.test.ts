import { describe, expect, it } from '@jest/globals'
import { buildEnv, runBuild, type BuildDeps } from '../../../../src/modes/build/run.js'
import type { PublishRequest } from '../../../../src/publish/types.js'
import { memoryLog } from '../../support/memory-log.js'
import { memoryState } from '../../support/memory-state.js'
import { Docker } from '../../../../src/tools/docker.js'
import type { Digest } from '../../../../src/oci/types.js'
import { bareSettings as settings, IMAGE } from '../../support/settings.js'
import { recordingRunner } from '../../support/recording-runner.js'

const DIGEST = 'sha256:3971fb681b27a45117e13c9ce7b7c34ab97f5aa5fe45ddfc13087bdb04cf05cc' as Digest
const ARM = 'sha256:c1b0b9281d8c206c0f9b294cf564c3aa7df94c1c8fef0c9ae550e9c8af958e15' as Digest
const METADATA = JSON.stringify({
  'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.index.v1+json', digest: DIGEST, size: 1609 },
  'containerimage.digest': DIGEST,
})
const INSPECT =
  'Name: mp-1\nDriver: docker-container\nNodes:\nName: mp-10\nPlatforms: linux/amd64, linux/amd64/v2, linux/386\n'
const INSPECT_ARM = INSPECT.replace('linux/386', 'linux/386, linux/arm64, linux/arm/v7')
const GHA_ENV = {
  ACTIONS_RUNTIME_TOKEN: 'tok',
  ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
  ACTIONS_CACHE_SERVICE_V2: 'true',
  HOME: '/root',
}

function deps(
  runner: ReturnType<typeof recordingRunner>,
  registered: string[][],
  env: Record<string, string> = GHA_ENV,
) {
  const requests: PublishRequest[] = []
  const log = memoryLog()
  const state = memoryState()
  let inspected = 0
  const d: BuildDeps = {
    docker: new Docker(runner.runner, { DOCKER_HOST: 'unix:///d.sock' }),
    log,
    state,
    postState: { tempDirs: ['/w'] },
    hostArch: 'amd64',
    registeredEmulators: () => Promise.resolve(registered[Math.min(inspected++, registered.length - 1)] ?? []),
    writeConfig: () => Promise.resolve('/w/buildkitd.toml'),
    uniqueName: 'mp-1',
    publisher: {
      publish(req) {
        requests.push(req)
        return Promise.resolve({
          digest: req.digest,
          platforms: req.platforms,
          platformDigests: { 'linux/arm64': ARM },
          tagged: [`${IMAGE}:v1`],
        })
      },
    },
    env,
    workDir: '/w',
    readFile: (p) => {
      if (p !== '/w/metadata.json') return Promise.reject(new Error(`unexpected read of ${p}`))
      return Promise.resolve(METADATA)
    },
    clock: () => 0,
  }
  return { d, requests, log, state }
}

describe('runBuild with the docker-container driver (exact command lines)', () => {
  it('installs only the missing emulator, creates and bootstraps a builder, builds with the gha cache, publishes', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker buildx inspect --builder', { stdout: INSPECT_ARM }],
    ])
    const { d, requests, state } = deps(r, [['qemu-arm'], ['qemu-arm', 'qemu-aarch64']])
    const s = settings({
      images: IMAGE,
      tags: 'v1',
      platforms: 'linux/amd64,linux/arm64,linux/arm/v7',
      'buildkitd-config-inline': '[worker.oci]\n  max-parallelism = 4',
      'buildkit-image': 'mirror.local/moby/buildkit:v0.26.0',
      'binfmt-image': 'mirror.local/tonistiigi/binfmt:qemu-v9',
      'build-args': 'A=1',
    })
    const res = await runBuild(s, d)
    expect(r.lines()).toEqual([
      'docker buildx version',
      'docker run --privileged --rm mirror.local/tonistiigi/binfmt:qemu-v9 --install arm64',
      'docker buildx create --name mp-1 --driver docker-container --driver-opt image=mirror.local/moby/buildkit:v0.26.0 --buildkitd-config /w/buildkitd.toml',
      'docker buildx inspect --bootstrap --builder mp-1',
      'docker buildx inspect --builder mp-1',
      'docker buildx build --builder mp-1 --platform linux/amd64,linux/arm64,linux/arm/v7 --build-arg A=1 --label org.opencontainers.image.version=v1 ' +
        '--cache-from type=gha,scope=multiarch-publish-ghcr.io-acme-app ' +
        '--cache-to type=gha,scope=multiarch-publish-ghcr.io-acme-app,mode=min,ignore-error=true ' +
        '--output type=image,"name=ghcr.io/acme/app",push-by-digest=true,name-canonical=true,push=true ' +
        '--metadata-file /w/metadata.json .',
    ])
    // the cache service variables reach buildx, next to the daemon settings
    expect(r.calls[5]?.env).toEqual({
      DOCKER_HOST: 'unix:///d.sock',
      ACTIONS_RUNTIME_TOKEN: 'tok',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
      ACTIONS_CACHE_SERVICE_V2: 'true',
    })
    expect(requests).toEqual([
      {
        strategy: 'registry',
        images: [IMAGE],
        tags: ['v1'],
        digest: DIGEST,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        layoutDir: '/w/layout',
        platforms: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
      },
    ])
    expect(state.current).toEqual({ tempDirs: ['/w'], builder: 'mp-1' })
    expect(res.image).toBe(`${IMAGE}@${DIGEST}`)
    expect(res.cache.kind).toBe('gha')
  })

  it('runs no container for QEMU when every platform is native, and no cache without the service', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker buildx inspect --builder', { stdout: INSPECT }],
    ])
    const { d, log } = deps(r, [[]], {})
    await runBuild(settings({ images: IMAGE, platforms: 'linux/amd64,linux/386' }), d)
    expect(r.lines().filter((l) => l.startsWith('docker run'))).toEqual([])
    expect(r.lines()[4]).not.toContain('--cache-')
    expect(log.lines).toContain('QEMU: not needed, every platform runs natively on amd64')
  })

  it('fails with a clear error when the builder cannot build a platform, before building', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker buildx inspect --builder', { stdout: INSPECT }],
    ])
    const { d, requests } = deps(r, [['qemu-aarch64']])
    await expect(runBuild(settings({ images: IMAGE }), d)).rejects.toThrow(
      "builder 'mp-1' cannot build linux/arm64 (it supports linux/amd64, linux/amd64/v2, linux/386)",
    )
    expect(r.lines().some((l) => l.startsWith('docker buildx build'))).toBe(false)
    expect(requests).toEqual([])
  })

  it('fails when an emulator is still not registered after the binfmt install', async () => {
    const r = recordingRunner([['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }]])
    const { d } = deps(r, [[], []])
    await expect(runBuild(settings({ images: IMAGE }), d)).rejects.toThrow(
      'QEMU emulators not registered after setup: qemu-aarch64',
    )
  })

  it('says so and builds without cache for the v2 cache service with buildx < 0.21', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.20.1 abc\n' }],
      ['docker buildx inspect --builder', { stdout: INSPECT_ARM }],
    ])
    const { d, log } = deps(r, [['qemu-aarch64']])
    const res = await runBuild(settings({ images: IMAGE }), d)
    expect(res.cache.kind).toBe('none')
    expect(r.lines()[4]).not.toContain('--cache-')
    expect(log.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: the Actions cache service v2 is in use, and buildx 0.20.1 cannot talk to it (needs 0.21.0 or newer); building WITHOUT cache. Upgrade buildx to keep the cache.',
    ])
  })

  it('stops at a failed build: nothing is published', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker buildx inspect --builder', { stdout: INSPECT_ARM }],
      [
        'docker buildx build',
        {
          exitCode: 1,
          stderr: 'ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2\n',
        },
      ],
    ])
    const { d, requests } = deps(r, [['qemu-aarch64']])
    await expect(runBuild(settings({ images: IMAGE, tags: 'latest' }), d)).rejects.toThrow(
      /exited with code 1:\nERROR: failed to solve/,
    )
    expect(requests).toEqual([])
  })
})

describe('runBuild as a build-platform leg', () => {
  it('builds its platform natively, caches per platform, pushes by digest and leaves the tags to the merge', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker buildx inspect --builder', { stdout: INSPECT_ARM }],
    ])
    const { d, requests, log } = deps(r, [[]])
    const s = { ...settings({ images: IMAGE, tags: 'v1', platforms: 'linux/amd64' }), mode: 'build-platform' as const }
    await runBuild(s, d)
    expect(r.lines()).toEqual([
      'docker buildx version',
      'docker buildx create --name mp-1 --driver docker-container',
      'docker buildx inspect --bootstrap --builder mp-1',
      'docker buildx inspect --builder mp-1',
      'docker buildx build --builder mp-1 --platform linux/amd64 --label org.opencontainers.image.version=v1 ' +
        '--cache-from type=gha,scope=multiarch-publish-ghcr.io-acme-app-linux-amd64 ' +
        '--cache-to type=gha,scope=multiarch-publish-ghcr.io-acme-app-linux-amd64,mode=min,ignore-error=true ' +
        '--output type=image,"name=ghcr.io/acme/app",push-by-digest=true,name-canonical=true,push=true ' +
        '--metadata-file /w/metadata.json .',
    ])
    expect(requests.map((q) => q.tags)).toEqual([[]])
    expect(log.lines).toContain(
      'notice: build-platform pushes by digest only; the tags (v1) are pushed by the merge step',
    )
  })
})

describe('QEMU setup and builder bootstrap run concurrently', () => {
  it('starts creating the builder while the binfmt container still runs', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker buildx inspect --builder', { stdout: INSPECT_ARM }],
    ])
    let builderStarted: () => void = () => {}
    const started = new Promise<void>((resolve) => (builderStarted = resolve))
    const run = r.runner.run.bind(r.runner)
    r.runner.run = async (command, args, options) => {
      const line = [command, ...args].join(' ')
      if (line.startsWith('docker buildx create')) builderStarted()
      if (line.startsWith('docker run --privileged')) {
        // the binfmt install finishes only once the builder creation has begun: sequential setup would time out
        const timeout = new Promise<never>((_, reject) =>
          setTimeout(() => {
            reject(new Error('setup is sequential'))
          }, 2000),
        )
        await Promise.race([started, timeout])
      }
      return run(command, args, options)
    }
    const { d } = deps(r, [[], ['qemu-aarch64']])
    await runBuild(settings({ images: IMAGE }), d)
    expect(r.lines().slice(1, 3).sort()).toEqual([
      'docker buildx create --name mp-1 --driver docker-container',
      'docker run --privileged --rm docker.io/tonistiigi/binfmt:latest --install arm64',
    ])
  })
})

describe('runBuild with the docker driver', () => {
  it('stops before building when the daemon has no containerd image store', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker info', { stdout: '[["Backing Filesystem","extfs"]]\n' }],
    ])
    const { d, requests } = deps(r, [['qemu-aarch64']])
    const run = runBuild(settings({ images: IMAGE, driver: 'docker' }), d)
    await expect(run).rejects.toThrow(/^input 'driver': the docker driver builds multi-platform images/)
    expect(r.lines()).toEqual(['docker buildx version', 'docker info --format {{json .DriverStatus}}'])
    expect(requests).toEqual([])
  })
})

describe('buildEnv', () => {
  it('passes the cache variables and the secrets, nothing else', () => {
    const s = settings({ images: IMAGE, secrets: 'npm=abc\ngh=def' })
    expect(buildEnv(s, { ...GHA_ENV, ACTIONS_CACHE_URL: 'http://c/', OTHER: 'x' })).toEqual({
      ACTIONS_RUNTIME_TOKEN: 'tok',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/',
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_CACHE_URL: 'http://c/',
      MULTIARCH_PUBLISH_SECRET_0: 'abc',
      MULTIARCH_PUBLISH_SECRET_1: 'def',
    })
  })
})
