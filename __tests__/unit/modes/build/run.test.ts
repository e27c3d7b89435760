import { describe, expect, it } from '@jest/globals'
import { buildEnv, runBuild, type BuildDeps } from '../../../../src/modes/build/run.js'
import type { ComposeRequest, PublishRequest } from '../../../../src/publish/types.js'
import { memoryLog } from '../../support/memory-log.js'
import { memoryState } from '../../support/memory-state.js'
import { Docker } from '../../../../src/tools/docker.js'
import { imageProvider, type ImageProvider } from '../../../../src/modes/build/images.js'
import { commandRetry, commandRetryPolicy, noRetry, type CommandRetry } from '../../../../src/tools/retry.js'
import type { Clock } from '../../../../src/oci/retry.js'
import type { Digest } from '../../../../src/oci/types.js'
import { bareSettings as settings, IMAGE } from '../../support/settings.js'
import { recordingRunner } from '../../support/recording-runner.js'

const DIGEST = 'sha256:3971fb681b27a45117e13c9ce7b7c34ab97f5aa5fe45ddfc13087bdb04cf05cc' as Digest
const ARM = 'sha256:c1b0b9281d8c206c0f9b294cf564c3aa7df94c1c8fef0c9ae550e9c8af958e15' as Digest
const INDEX = `sha256:${'e'.repeat(64)}` as Digest
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

/** A Dockerfile whose RUN runs as the target platform: every non-native platform is emulated. */
const EMULATED = 'FROM busybox\nRUN echo hello > /hello\n'
/** A cross-compiling Dockerfile: the RUN runs on the build platform, the target stage only copies. */
const CROSS = [
  'FROM --platform=$BUILDPLATFORM golang AS build',
  'ARG TARGETARCH',
  'RUN GOARCH=$TARGETARCH go build -o /app .',
  'FROM scratch',
  'COPY --from=build /app /app',
].join('\n')

function deps(
  runner: ReturnType<typeof recordingRunner>,
  registered: string[][],
  env: Record<string, string> = GHA_ENV,
  dockerfile: string | undefined = EMULATED,
  metadata: Record<string, string> = { '/w/metadata.json': METADATA },
  retry: CommandRetry = noRetry,
) {
  const requests: PublishRequest[] = []
  const composed: ComposeRequest[] = []
  const log = memoryLog()
  const state = memoryState()
  let inspected = 0
  const docker = new Docker(runner.runner, { DOCKER_HOST: 'unix:///d.sock' }, retry)
  const d: BuildDeps = {
    docker,
    images: imageProvider({
      docker,
      log,
      headDigest: () => Promise.reject(new Error('no HEAD without the Actions cache')),
      fetchImage: () => Promise.reject(new Error('no fetch without the Actions cache')),
      startFacade: () => Promise.reject(new Error('no facade without the Actions cache')),
      untagLater: () => {
        throw new Error('no loopback registry without the Actions cache')
      },
      arch: 'amd64',
      files: { mkdir: () => Promise.reject(new Error('no files')), rm: () => Promise.reject(new Error('no files')) },
      dir: '.multiarch-publish-images',
    }),
    log,
    state,
    postState: { tempDirs: ['/w'] },
    hostArch: 'amd64',
    registeredEmulators: () => Promise.resolve(registered[Math.min(inspected++, registered.length - 1)] ?? []),
    readDockerfile: () => Promise.resolve(dockerfile),
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
          attestations: [],
        })
      },
      compose(req) {
        composed.push(req)
        return Promise.resolve({ digest: INDEX, mediaType: 'application/vnd.oci.image.index.v1+json' })
      },
    },
    env,
    workDir: '/w',
    readFile: (p) => {
      const text = metadata[p]
      if (text === undefined) return Promise.reject(Object.assign(new Error(`no file ${p}`), { code: 'ENOENT' }))
      return Promise.resolve(text)
    },
    clock: () => 0,
  }
  return { d, requests, composed, log, state }
}

/** `event`, or a rejection saying `failure` if it has not happened within 2 s (a setup that waits on itself). */
async function within(event: Promise<void>, failure: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(failure))
    }, 2000)
  })
  await Promise.race([event, timeout]).finally(() => {
    clearTimeout(timer)
  })
}

describe('runBuild with the docker-container driver (exact command lines)', () => {
  it('installs only the missing emulator, creates and bootstraps a builder, builds with the gha cache, publishes', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }],
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
    const lines = r.lines()
    // both images checked (here: found in the daemon, so the builder runs the BuildKit image by its name) at once;
    // the emulators registered before the builder is created and booted, in one call
    expect(lines.slice(1, 3).sort()).toEqual([
      'docker image inspect --format {{.Id}} mirror.local/moby/buildkit:v0.26.0',
      'docker image inspect --format {{.Id}} mirror.local/tonistiigi/binfmt:qemu-v9',
    ])
    expect([lines[0], ...lines.slice(3)]).toEqual([
      'docker buildx version',
      'docker run --privileged --rm mirror.local/tonistiigi/binfmt:qemu-v9 --install arm64',
      'docker buildx create --name mp-1 --driver docker-container --driver-opt image=mirror.local/moby/buildkit:v0.26.0 --buildkitd-config /w/buildkitd.toml --bootstrap',
      'docker buildx build --builder mp-1 --platform linux/amd64,linux/arm64,linux/arm/v7 --build-arg A=1 --label org.opencontainers.image.version=v1 ' +
        '--attest type=provenance,mode=max,builder-id=https://github.com/acme/app/actions/runs/7 ' +
        '--cache-from type=gha,scope=multiarch-publish-ghcr.io-acme-app ' +
        '--cache-to type=gha,scope=multiarch-publish-ghcr.io-acme-app,mode=min,ignore-error=true ' +
        '--output type=image,"name=ghcr.io/acme/app",push-by-digest=true,name-canonical=true,push=true ' +
        '--metadata-file /w/metadata.json .',
    ])
    // the cache service variables reach buildx, next to the daemon settings
    expect(r.calls.find((c) => c.args[1] === 'build')?.env).toEqual({
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
    expect(state.current).toEqual({ tempDirs: ['/w'], builder: 'mp-1', builderDriver: 'docker-container' })
    expect(res.image).toBe(`${IMAGE}@${DIGEST}`)
    expect(res.cache.kind).toBe('gha')
  })

  it('runs no container for QEMU when every platform is native, and no cache without the service', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker buildx inspect --bootstrap', { stdout: INSPECT }],
    ])
    const { d, log } = deps(r, [[]], {})
    await runBuild(settings({ images: IMAGE, platforms: 'linux/amd64,linux/386' }), d)
    expect(r.lines().filter((l) => l.startsWith('docker run'))).toEqual([])
    // no cache service: buildx's version is not asked for
    expect(r.lines().filter((l) => l.startsWith('docker buildx version'))).toEqual([])
    expect(r.lines().find((l) => l.startsWith('docker buildx build'))).not.toContain('--cache-')
    expect(log.lines).toContain('QEMU: not needed, every platform runs natively on amd64')
  })

  it('fails with a clear error when an existing builder cannot build a platform, before building', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker buildx inspect --builder ci', {}],
      ['docker buildx inspect --bootstrap', { stdout: INSPECT }],
    ])
    const { d, requests } = deps(r, [['qemu-aarch64']])
    await expect(runBuild(settings({ images: IMAGE, name: 'ci' }), d)).rejects.toThrow(
      "builder 'ci' cannot build linux/arm64 (it supports linux/amd64, linux/amd64/v2, linux/386)",
    )
    expect(r.lines().some((l) => l.startsWith('docker buildx build'))).toBe(false)
    expect(requests).toEqual([])
  })

  it('fails with a clear error, before the builder is created, with qemu: false and no emulator for an emulated platform', async () => {
    const r = recordingRunner([['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }]])
    const { d, requests, state } = deps(r, [[]])
    await expect(runBuild(settings({ images: IMAGE, qemu: 'false' }), d)).rejects.toThrow(
      "builder 'mp-1' cannot build linux/arm64: its RUN steps need an emulator that is not registered",
    )
    expect(r.lines().filter((l) => /^docker buildx (create|build)/.test(l))).toEqual([])
    expect(state.current.builder).toBeUndefined()
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
      ['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }],
    ])
    const { d, log } = deps(r, [['qemu-aarch64']])
    const res = await runBuild(settings({ images: IMAGE }), d)
    expect(res.cache.kind).toBe('none')
    expect(r.lines().find((l) => l.startsWith('docker buildx build'))).not.toContain('--cache-')
    expect(log.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: the Actions cache service v2 is in use, and buildx 0.20.1 cannot talk to it (needs 0.21.0 or newer); building WITHOUT cache. Upgrade buildx to keep the cache.',
    ])
  })

  it('stops at a failed build: nothing is published', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }],
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

  it('names the step a failed build stopped at (platform, stage, instruction), not the command line', async () => {
    const progress = [
      '#7 [linux/amd64 2/2] RUN ["sh", "-c", "test $TARGETARCH != arm64"]',
      '#7 DONE 0.1s',
      '#8 [linux/arm64 2/2] RUN ["sh", "-c", "test $TARGETARCH != arm64"]',
      '#8 ERROR: process "sh -c test $TARGETARCH != arm64" did not complete successfully: exit code: 1',
      'ERROR: failed to build: failed to solve: process "sh -c test $TARGETARCH != arm64" did not complete successfully: exit code: 1',
      '',
    ].join('\n')
    const r = recordingRunner([
      ['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }],
      ['docker buildx build', { exitCode: 1, stderr: progress }],
    ])
    const { d, requests } = deps(r, [['qemu-aarch64']], {})
    const run = runBuild(settings({ images: IMAGE, tags: 'latest' }), d)
    await expect(run).rejects.toThrow(
      'the build failed at [linux/arm64 2/2] RUN ["sh", "-c", "test $TARGETARCH != arm64"]: process "sh -c test $TARGETARCH != arm64" did not complete successfully: exit code: 1\nnothing was pushed, no tag was moved',
    )
    expect(requests).toEqual([])
  })
})

describe('runBuild as a build-platform leg', () => {
  it('builds its platform natively, caches per platform, pushes by digest and leaves the tags to the merge', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }],
    ])
    const { d, requests, log } = deps(r, [[]])
    const s = { ...settings({ images: IMAGE, tags: 'v1', platforms: 'linux/amd64' }), mode: 'build-platform' as const }
    await runBuild(s, d)
    expect(r.lines()).toEqual([
      'docker buildx version',
      'docker image inspect --format {{.Id}} moby/buildkit:buildx-stable-1',
      'docker buildx create --name mp-1 --driver docker-container --bootstrap',
      'docker buildx build --builder mp-1 --platform linux/amd64 --label org.opencontainers.image.version=v1 ' +
        '--attest type=provenance,mode=max,builder-id=https://github.com/acme/app/actions/runs/7 ' +
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

describe('the order of the setup: images at once, emulators before the builder boots', () => {
  it('pulls the BuildKit image while the binfmt image is still being pulled, and creates and boots the builder only after the install', async () => {
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      ['docker image inspect --format {{.Id}} docker.io/tonistiigi/binfmt', { exitCode: 1 }],
      ['docker image inspect --format {{.Id}} moby/buildkit', { exitCode: 1 }],
    ])
    let buildkitPulled: () => void = () => {}
    const pulled = new Promise<void>((resolve) => (buildkitPulled = resolve))
    const run = r.runner.run.bind(r.runner)
    r.runner.run = async (command, args, options) => {
      const line = [command, ...args].join(' ')
      if (line === 'docker pull --quiet moby/buildkit:buildx-stable-1') buildkitPulled()
      if (line === 'docker pull --quiet docker.io/tonistiigi/binfmt:latest') {
        // the binfmt pull finishes only once the BuildKit pull has begun: a sequential setup would time out
        await within(pulled, 'setup is sequential')
      }
      return run(command, args, options)
    }
    const { d, log, state } = deps(r, [[], ['qemu-aarch64']])
    await runBuild(settings({ images: IMAGE }), d)
    const lines = r.lines()
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix))
    expect(at('docker pull --quiet docker.io/tonistiigi/binfmt')).toBeGreaterThan(-1)
    expect(at('docker pull --quiet moby/buildkit')).toBeLessThan(at('docker run --privileged'))
    expect(at('docker pull --quiet docker.io/tonistiigi/binfmt')).toBeLessThan(at('docker run --privileged'))
    expect(at('docker run --privileged')).toBeLessThan(at('docker buildx create'))
    expect(lines.filter((l) => l.startsWith('docker buildx'))).toEqual([
      'docker buildx version',
      // the image just pulled runs under the builder's own tag: its boot asks no registry
      'docker buildx create --name mp-1 --driver docker-container --driver-opt image=127.0.0.1:0/multiarch-publish/buildkit:mp-1 --bootstrap',
      expect.stringMatching(/^docker buildx build /),
    ])
    expect(log.lines).toContain('QEMU: emulators registered before the builder boots')
    expect(log.lines).toContain("Builder 'mp-1' booted: builds linux/amd64, linux/arm64 (linux/arm64 under QEMU)")
    // the BuildKit image: checked, pulled, then tagged for the builder, a tag the post step removes
    expect(lines.filter((l) => / moby\/buildkit:/.test(l))).toEqual([
      'docker image inspect --format {{.Id}} moby/buildkit:buildx-stable-1',
      'docker pull --quiet moby/buildkit:buildx-stable-1',
      'docker tag moby/buildkit:buildx-stable-1 127.0.0.1:0/multiarch-publish/buildkit:mp-1',
    ])
    expect(state.current.untag).toEqual(['127.0.0.1:0/multiarch-publish/buildkit:mp-1'])
  })
})

describe('the BuildKit image is needed by the boot only', () => {
  it('registers the emulators while that image is still arriving', async () => {
    const BUILDKIT = 'moby/buildkit:buildx-stable-1'
    const r = recordingRunner([
      ['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }],
      [`docker image inspect --format {{.Id}} ${BUILDKIT}`, { exitCode: 1 }],
    ])
    let installing: () => void = () => {}
    const installed = new Promise<void>((resolve) => (installing = resolve))
    const run = r.runner.run.bind(r.runner)
    r.runner.run = async (command, args, options) => {
      const line = [command, ...args].join(' ')
      if (line.startsWith('docker run --privileged')) installing()
      if (line === `docker pull --quiet ${BUILDKIT}`) {
        // the BuildKit pull finishes only once the emulators are being installed: waiting for it first times out
        await within(installed, 'the setup waits for the BuildKit image before registering the emulators')
      }
      return run(command, args, options)
    }
    const { d } = deps(r, [[], ['qemu-aarch64']])
    await runBuild(settings({ images: IMAGE }), d)
    const lines = r.lines()
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix))
    expect(at('docker run --privileged')).toBeLessThan(at('docker buildx create'))
    expect(at(`docker pull --quiet ${BUILDKIT}`)).toBeLessThan(at('docker buildx create'))
  })
})

describe('QEMU only when something runs emulated (the Dockerfile says what)', () => {
  it('installs no emulator for a cross-compiling Dockerfile, and builds arm64 with a builder that does not list it', async () => {
    const r = recordingRunner([['docker buildx inspect --bootstrap', { stdout: INSPECT }]])
    const { d, log, requests } = deps(r, [[]], {}, CROSS)
    await runBuild(settings({ images: IMAGE }), d)
    expect(r.lines().filter((l) => /binfmt|docker run/.test(l))).toEqual([])
    expect(r.lines().some((l) => l.startsWith('docker buildx build'))).toBe(true)
    expect(log.lines).toContain('QEMU: not needed, nothing runs emulated (linux/arm64 build natively)')
    expect(log.lines).toContain(
      "Builder 'mp-1' booted: builds linux/amd64, linux/arm64 (linux/arm64 without an emulator)",
    )
    expect(requests.map((q) => q.platforms)).toEqual([['linux/amd64', 'linux/arm64']])
  })

  it('accepts the same build with qemu: false', async () => {
    const r = recordingRunner([['docker buildx inspect --bootstrap', { stdout: INSPECT }]])
    const { d, log } = deps(r, [[]], {}, CROSS)
    await runBuild(settings({ images: IMAGE, qemu: 'false' }), d)
    expect(log.lines).toContain('QEMU: off (qemu: false)')
    expect(r.lines().some((l) => l.startsWith('docker buildx build'))).toBe(true)
  })

  it('refuses an emulated RUN with qemu: false, saying which input to change', async () => {
    const r = recordingRunner([['docker buildx inspect --bootstrap', { stdout: INSPECT }]])
    const { d } = deps(r, [[]], {}, EMULATED)
    await expect(runBuild(settings({ images: IMAGE, qemu: 'false' }), d)).rejects.toThrow(
      "builder 'mp-1' cannot build linux/arm64: its RUN steps need an emulator that is not registered (see /proc/sys/fs/binfmt_misc); set qemu: auto",
    )
  })

  it('installs every emulator when the Dockerfile cannot be read (a remote context), or with qemu: true', async () => {
    for (const [inputs, dockerfile] of [
      [{}, undefined],
      [{ qemu: 'true' }, CROSS],
    ] as const) {
      const r = recordingRunner([['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }]])
      const { d } = deps(r, [[], ['qemu-aarch64']], {}, dockerfile)
      await runBuild(settings({ images: IMAGE, ...inputs }), d)
      expect(r.lines()).toContain('docker run --privileged --rm docker.io/tonistiigi/binfmt:latest --install arm64')
    }
  })
})

describe('images the action runs that the registry does not have', () => {
  it.each([
    ['binfmt-image', 'mirror.local/no/binfmt:x'],
    ['buildkit-image', 'mirror.local/no/buildkit:x'],
  ])('%s: an error naming the input and the image, no builder created', async (input, image) => {
    const r = recordingRunner([
      [`docker image inspect --format {{.Id}} ${image}`, { exitCode: 1 }],
      [`docker pull --quiet ${image}`, { exitCode: 1, stderr: `Error response from daemon: ${image}: not found\n` }],
    ])
    const { d, state } = deps(r, [[]], {})
    const run = runBuild(settings({ images: IMAGE, [input]: image }), d)
    await expect(run).rejects.toThrow(
      `input '${input}': the image '${image}' cannot be pulled:\nError response from daemon`,
    )
    // no builder, no tag, no build, nothing for the post step to remove (the emulators may be registered already:
    // that goes on while the BuildKit image arrives)
    expect(r.lines().filter((l) => /^docker (tag|buildx (create|inspect|build))/.test(l))).toEqual([])
    if (input === 'binfmt-image') expect(r.lines().filter((l) => l.startsWith('docker run'))).toEqual([])
    if (input === 'buildkit-image') expect(r.lines()).toContain(`docker pull --quiet ${image}`)
    expect(state.current.builder).toBeUndefined()
    expect(state.current.untag).toBeUndefined()
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
    // the emulator needed (arm64, emulated) is registered already: no container runs before the check fails
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

/** The metadata buildx writes for a build on one node of builder mp-1. */
function nodeMetadata(node: string, digest: Digest): string {
  return JSON.stringify({
    'buildx.build.ref': `mp-1/${node}/ref${node}`,
    'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.index.v1+json', digest, size: 900 },
    'containerimage.digest': digest,
  })
}

const INSPECT_NODES = [
  'Name: mp-1',
  'Driver: docker-container',
  'Nodes:',
  'Name: mp-10',
  'Platforms: linux/amd64*, linux/amd64/v2, linux/386',
  'Name: mp-11',
  'Platforms: linux/arm64*, linux/amd64',
  '',
].join('\n')

describe('nodes: one build per node, joined into one index, then verified and tagged', () => {
  it('appends the node, sets up no QEMU for its platform, builds each node side by side, joins, publishes', async () => {
    const r = recordingRunner([['docker buildx inspect --bootstrap', { stdout: INSPECT_NODES }]])
    const { d, requests, composed, log, state } = deps(r, [[]], {}, EMULATED, {
      '/w/metadata-0.json': nodeMetadata('mp-10', DIGEST),
      '/w/metadata-1.json': nodeMetadata('mp-11', ARM),
    })
    const s = settings({
      images: IMAGE,
      tags: 'v1',
      'driver-opts': 'network=host',
      nodes: 'endpoint=arm-ctx,platforms=linux/arm64',
    })
    const res = await runBuild(s, d)
    expect(r.lines()).toEqual([
      'docker image inspect --format {{.Id}} moby/buildkit:buildx-stable-1',
      'docker buildx create --name mp-1 --driver docker-container --driver-opt network=host --platform linux/amd64',
      'docker buildx create --name mp-1 --append --platform linux/arm64 arm-ctx',
      'docker buildx inspect --bootstrap --builder mp-1',
      'docker buildx build --builder mp-1 --platform linux/amd64 --label org.opencontainers.image.version=v1 ' +
        '--attest type=provenance,mode=max,builder-id=https://github.com/acme/app/actions/runs/7 ' +
        '--output type=image,"name=ghcr.io/acme/app",push-by-digest=true,name-canonical=true,push=true ' +
        '--metadata-file /w/metadata-0.json .',
      'docker buildx build --builder mp-1 --platform linux/arm64 --label org.opencontainers.image.version=v1 ' +
        '--attest type=provenance,mode=max,builder-id=https://github.com/acme/app/actions/runs/7 ' +
        '--output type=image,"name=ghcr.io/acme/app",push-by-digest=true,name-canonical=true,push=true ' +
        '--metadata-file /w/metadata-1.json .',
    ])
    expect(log.lines).toContain('QEMU: linux/arm64 built on appended nodes (natively there): no emulator here')
    expect(log.lines).toContain('linux/arm64 built on node mp-11')
    expect(composed).toEqual([
      {
        images: [IMAGE],
        parts: [
          expect.objectContaining({ digest: DIGEST, platforms: ['linux/amd64'] }),
          expect.objectContaining({ digest: ARM, platforms: ['linux/arm64'] }),
        ],
        annotations: s.annotations.index,
      },
    ])
    expect(requests.map((q) => [q.digest, q.tags, q.platforms])).toEqual([
      [INDEX, ['v1'], ['linux/amd64', 'linux/arm64']],
    ])
    expect(res.nodes).toEqual([
      { node: 'mp-10', platforms: ['linux/amd64'] },
      { node: 'mp-11', platforms: ['linux/arm64'] },
    ])
    expect(res.imageId).toBe(INDEX)
    expect(JSON.parse(res.metadata.raw)).toMatchObject({ 'containerimage.digest': INDEX })
    // the post step removes the builder, and with it (buildx rm) the appended node
    expect(state.current.builder).toBe('mp-1')
  })

  it('a failed node build stops before anything is joined or tagged, naming the step', async () => {
    const progress =
      '#8 [linux/arm64 2/2] RUN make\n#8 ERROR: process "/bin/sh -c make" did not complete successfully: exit code: 2\n'
    const r = recordingRunner([
      ['docker buildx inspect --bootstrap', { stdout: INSPECT_NODES }],
      ['docker buildx build --builder mp-1 --platform linux/arm64', { exitCode: 1, stderr: progress }],
    ])
    const { d, requests, composed } = deps(r, [[]], {}, EMULATED, {
      '/w/metadata-0.json': nodeMetadata('mp-10', DIGEST),
    })
    const run = runBuild(settings({ images: IMAGE, nodes: 'endpoint=arm-ctx,platforms=linux/arm64' }), d)
    await expect(run).rejects.toThrow('the build failed at [linux/arm64 2/2] RUN make')
    expect(composed).toEqual([])
    expect(requests).toEqual([])
  })
})

describe("the builder: a name of the user's, cleanup: false", () => {
  it('uses an existing named builder as it is: no create, no append, not removed', async () => {
    const r = recordingRunner([['docker buildx inspect --bootstrap', { stdout: INSPECT_NODES }]])
    const { d, log, state } = deps(r, [[]], {}, EMULATED, {
      '/w/metadata-0.json': nodeMetadata('ci0', DIGEST),
      '/w/metadata-1.json': nodeMetadata('ci1', ARM),
    })
    await runBuild(settings({ images: IMAGE, name: 'ci', nodes: 'endpoint=x,platforms=linux/arm64' }), d)
    expect(r.lines().slice(0, 2)).toEqual([
      'docker buildx inspect --builder ci',
      'docker buildx inspect --bootstrap --builder ci',
    ])
    expect(log.lines).toContain(
      "Builder 'ci' (input name) exists: used as it is; its nodes are not changed (input nodes not appended)",
    )
    expect(state.current.builder).toBeUndefined()
  })

  it('creates a named builder that does not exist yet, and keeps it', async () => {
    const r = recordingRunner([
      ['docker buildx inspect --builder ci', { exitCode: 1, stderr: 'ERROR: no builder "ci" found' }],
      ['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }],
    ])
    const { d, state, log } = deps(r, [['qemu-aarch64']], {})
    await runBuild(settings({ images: IMAGE, name: 'ci' }), d)
    // a kept builder runs its image by name (buildx's pull at its boots keeps a moving tag current)
    expect(r.lines()).toContain('docker buildx create --name ci --driver docker-container --bootstrap')
    expect(log.lines).toContain("Builder 'ci' is kept after the job (input name)")
    expect(state.current.builder).toBeUndefined()
  })

  it('cleanup: false creates the usual builder and leaves it out of the post step', async () => {
    const r = recordingRunner([['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }]])
    const { d, state } = deps(r, [['qemu-aarch64']], {})
    await runBuild(settings({ images: IMAGE, cleanup: 'false' }), d)
    expect(r.lines()).toContain('docker buildx create --name mp-1 --driver docker-container --bootstrap')
    expect(state.current.builder).toBeUndefined()
    expect(state.current.untag).toBeUndefined()
  })
})

describe('an emulator registered without the F flag', () => {
  it('fails before the builder starts, saying which and what to do', async () => {
    const r = recordingRunner()
    const { d, requests } = deps(r, [['qemu-aarch64']], {})
    d.unfixedEmulators = () => Promise.resolve(['qemu-aarch64'])
    await expect(runBuild(settings({ images: IMAGE }), d)).rejects.toThrow(
      'QEMU: qemu-aarch64 registered without the F flag (see the flags line of /proc/sys/fs/binfmt_misc/qemu-aarch64): a build container cannot use it',
    )
    expect(r.lines().filter((l) => /^docker (run|buildx)/.test(l))).toEqual([])
    expect(requests).toEqual([])
  })

  it('does not matter when nothing runs emulated', async () => {
    const r = recordingRunner()
    const { d, requests } = deps(r, [[]], {}, CROSS)
    d.unfixedEmulators = () => Promise.resolve(['qemu-aarch64'])
    await runBuild(settings({ images: IMAGE }), d)
    expect(requests.map((q) => q.platforms)).toEqual([['linux/amd64', 'linux/arm64']])
  })
})

describe('a remote builder', () => {
  it("is booted with inspect --bootstrap, and its platforms (not this runner's emulators) are checked", async () => {
    const r = recordingRunner([
      ['docker buildx inspect --bootstrap', { stdout: INSPECT.replace('linux/386', 'linux/arm64') }],
    ])
    // an arm64 BuildKit elsewhere; no emulator here, and none wanted
    const { d, requests } = deps(r, [[]], {})
    await runBuild(
      settings({
        images: IMAGE,
        platforms: 'linux/arm64',
        driver: 'remote',
        endpoint: 'tcp://127.0.0.1:1234',
        qemu: 'false',
      }),
      d,
    )
    expect(r.lines().filter((l) => l.startsWith('docker buildx'))).toEqual([
      'docker buildx create --name mp-1 --driver remote tcp://127.0.0.1:1234',
      'docker buildx inspect --bootstrap --builder mp-1',
      expect.stringMatching(/^docker buildx build --builder mp-1 --platform linux\/arm64 /),
    ])
    expect(r.lines().filter((l) => /^docker (tag|run)/.test(l))).toEqual([])
    expect(requests.map((q) => q.platforms)).toEqual([['linux/arm64']])
  })
})

describe('load: true with two platforms', () => {
  it('fails naming load and platforms before any container starts when the daemon has no containerd store', async () => {
    const r = recordingRunner([['docker info', { stdout: '[["Backing Filesystem","extfs"]]\n' }]])
    const { d } = deps(r, [[]], {})
    const run = runBuild(settings({ images: IMAGE, load: 'true' }), d)
    await expect(run).rejects.toThrow(
      "input 'load': load: true with platforms: linux/amd64,linux/arm64 needs Docker's containerd image store",
    )
    expect(r.lines()).toEqual(['docker info --format {{json .DriverStatus}}'])
  })

  it('goes on with the containerd store: pushed by digest and loaded under every image:tag', async () => {
    const r = recordingRunner([
      ['docker info', { stdout: '[["driver-type","io.containerd.snapshotter.v1"]]\n' }],
      ['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }],
    ])
    const { d } = deps(r, [['qemu-aarch64']], {})
    await runBuild(settings({ images: IMAGE, tags: 'v1', load: 'true' }), d)
    const build = r.lines().find((l) => l.startsWith('docker buildx build')) ?? ''
    expect(build).toContain(
      '--output type=docker,"name=ghcr.io/acme/app:v1" --output type=image,"name=ghcr.io/acme/app",push-by-digest=true,name-canonical=true,push=true',
    )
    expect(build).not.toContain('--attest')
  })
})

describe('call: check', () => {
  it('fails the step on a finding, with what buildx said, and pushes nothing', async () => {
    const r = recordingRunner([
      ['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }],
      [
        'docker buildx build',
        {
          exitCode: 1,
          stdout:
            "Check complete, 1 warning has been found!\n\nWARNING: FromAsCasing - https://docs.docker.com/go/dockerfile/rule/from-as-casing/\n'as' and 'FROM' keywords' casing do not match\n",
        },
      ],
    ])
    const { d, requests } = deps(r, [['qemu-aarch64']], {}, EMULATED, {})
    const run = runBuild(settings({ images: IMAGE, call: 'check' }), d)
    await expect(run).rejects.toThrow(
      /^call: check failed \(exit code 1\):\nCheck complete, 1 warning has been found!\n\nWARNING: FromAsCasing/,
    )
    expect(requests).toEqual([])
    const build = r.lines().find((l) => l.startsWith('docker buildx build')) ?? ''
    expect(build).toContain('--call check --metadata-file /w/metadata.json .')
    expect(build).not.toContain('--output')
  })

  it('passes without a finding: no digest, nothing published, no emulator needed', async () => {
    const r = recordingRunner([['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }]])
    const { d, requests } = deps(r, [['qemu-aarch64']], {}, EMULATED, { '/w/metadata.json': '{}' })
    const res = await runBuild(settings({ images: IMAGE, call: 'check' }), d)
    expect(res.call).toBe('check')
    expect(res.digest).toBeUndefined()
    expect(requests).toEqual([])
  })
})

/** A clock whose sleep only advances time, with no jitter. */
function fakeClock(): Clock & { sleeps: number[] } {
  let t = 0
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => t,
    sleep: (ms) => {
      sleeps.push(ms)
      t += ms
      return Promise.resolve()
    },
    random: () => 0.5,
  }
}

/** `docker buildx build` answering with these stderr outputs in turn (exit code 1), then success. */
function builds(r: ReturnType<typeof recordingRunner>, ...failures: string[]) {
  const run = r.runner.run.bind(r.runner)
  r.runner.run = async (command, args, options) => {
    const res = await run(command, args, options)
    if (args[0] !== 'buildx' || args[1] !== 'build') return res
    const stderr = failures.shift()
    return stderr === undefined ? res : { exitCode: 1, stdout: '', stderr }
  }
}

/** buildx's plain progress for a build whose push by digest failed (the steps before it built or CACHED). */
const pushFailed = (error: string) =>
  [
    '#7 [linux/amd64 2/4] RUN ["sh", "-c", "uname -m > /arch"]',
    '#7 CACHED',
    '#12 exporting to image',
    '#12 exporting layers done',
    '#12 pushing layers',
    `#12 ERROR: ${error}`,
    '------',
    ' > exporting to image:',
    '------',
    `ERROR: failed to build: failed to solve: ${error}`,
    '',
  ].join('\n')

// what BuildKit v0.32 says once its own retries (about 4 s) ran out on 503s (the registry's error body decoded)
const PUSH_503 = pushFailed('failed to push 127.0.0.1:5000/acme/app: unavailable: try later')

describe('a push that fails for a transient reason runs again; a build error never does', () => {
  const answers: [string, { stdout: string }][] = [['docker buildx inspect --bootstrap', { stdout: INSPECT_ARM }]]

  it('runs the same build command again after a transient push failure, then verifies and tags', async () => {
    const r = recordingRunner(answers)
    builds(r, PUSH_503)
    const clock = fakeClock()
    const log = memoryLog()
    const retry = commandRetry({
      policy: commandRetryPolicy(120),
      clock,
      log: (m) => {
        log.info(m)
      },
    })
    const { d, requests } = deps(r, [['qemu-aarch64']], {}, EMULATED, undefined, retry)
    const res = await runBuild(settings({ images: IMAGE, tags: 'v1' }), d)
    const buildLines = r.lines().filter((l) => l.startsWith('docker buildx build'))
    expect(buildLines).toHaveLength(2)
    expect(buildLines[1]).toBe(buildLines[0])
    expect(clock.sleeps).toEqual([1000])
    expect(log.lines).toEqual(['The push failed (HTTP 503): attempt 2 of 8 in 1.0s'])
    expect(requests).toHaveLength(1)
    expect(res.digest).toBe(DIGEST)
  })

  it('gives up within the bound: the error says why and how often; nothing is verified or tagged', async () => {
    const r = recordingRunner(answers)
    builds(r, ...Array<string>(20).fill(PUSH_503))
    const clock = fakeClock()
    const retry = commandRetry({ policy: commandRetryPolicy(10), clock, log: () => undefined })
    const { d, requests } = deps(r, [['qemu-aarch64']], {}, EMULATED, undefined, retry)
    const run = runBuild(settings({ images: IMAGE, tags: 'v1' }), d)
    await expect(run).rejects.toThrow(
      new Error(
        'the push by digest failed (HTTP 503; gave up after 4 attempts in 7.0s): failed to push 127.0.0.1:5000/acme/app: unavailable: try later\nno tag was moved',
      ),
    )
    expect(clock.sleeps).toEqual([1000, 2000, 4000])
    expect(r.lines().filter((l) => l.startsWith('docker buildx build'))).toHaveLength(4)
    expect(requests).toEqual([])
  })

  it.each([
    [
      'a RUN step whose output reports a reset connection',
      [
        '#8 [linux/arm64 2/2] RUN curl -fsS https://example.com/x',
        '#8 0.521 curl: (56) Recv failure: Connection reset by peer',
        '#8 ERROR: process "/bin/sh -c curl -fsS https://example.com/x" did not complete successfully: exit code: 56',
        'ERROR: failed to build: failed to solve: process "/bin/sh -c curl -fsS https://example.com/x" did not complete successfully: exit code: 56',
        '',
      ].join('\n'),
      /^the build failed at \[linux\/arm64 2\/2\] RUN curl/,
    ],
    [
      'a push the registry refuses for good',
      pushFailed('failed to push 127.0.0.1:5000/acme/app: unexpected status: 401 Unauthorized'),
      /^the push by digest failed: failed to push 127\.0\.0\.1:5000\/acme\/app: unexpected status: 401 Unauthorized\nno tag was moved$/,
    ],
    [
      'a base image that cannot be pulled (a build step, not the push)',
      [
        '#3 [internal] load metadata for docker.io/library/busybox:1',
        '#3 ERROR: failed to do request: Head "https://registry-1.docker.io/v2/library/busybox/manifests/1": read: connection reset by peer',
        'ERROR: failed to build: failed to solve: busybox:1: failed to resolve source metadata: connection reset by peer',
        '',
      ].join('\n'),
      /the build failed at \[internal\] load metadata/,
    ],
  ])('%s: run once, nothing published', async (_name, stderr, message) => {
    const r = recordingRunner(answers)
    builds(r, stderr, stderr)
    const clock = fakeClock()
    const retry = commandRetry({ policy: commandRetryPolicy(120), clock, log: () => undefined })
    const { d, requests } = deps(r, [['qemu-aarch64']], {}, EMULATED, undefined, retry)
    await expect(runBuild(settings({ images: IMAGE, tags: 'v1' }), d)).rejects.toThrow(message)
    expect(r.lines().filter((l) => l.startsWith('docker buildx build'))).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
    expect(requests).toEqual([])
  })
})

describe('images pulled from the loopback registry (the Actions cache)', () => {
  /** A provider that made both images present under its loopback registry's names, naming them meanwhile. */
  function loopbackImages(r: ReturnType<typeof recordingRunner>, events: string[]): ImageProvider {
    return {
      ensure: () => Promise.resolve('fetched'),
      nameOf: (image) => `127.0.0.1:9/${image}`,
      settle: () => {
        events.push(`settled after: ${r.lines().at(-1) ?? ''}`)
        return Promise.resolve()
      },
      settleLater: () => {
        events.push(`settling after: ${r.lines().at(-1) ?? ''}`)
      },
      finish: () => Promise.resolve(),
    }
  }
  const runWith = async (inputs: Record<string, string>) => {
    const r = recordingRunner([['docker buildx version', { stdout: 'github.com/docker/buildx v0.29.1 abc\n' }]])
    const events: string[] = []
    const { d } = deps(r, [[], ['qemu-aarch64']])
    await runBuild(settings({ images: IMAGE, ...inputs }), { ...d, images: loopbackImages(r, events) })
    return { lines: r.lines(), events }
  }

  it('run by those names at once; the builder runs its local tag, so they are named while the build runs', async () => {
    const { lines, events } = await runWith({})
    expect(lines).toContain(
      'docker run --privileged --rm 127.0.0.1:9/docker.io/tonistiigi/binfmt:latest --install arm64',
    )
    expect(lines).toContain(
      'docker tag 127.0.0.1:9/moby/buildkit:buildx-stable-1 127.0.0.1:0/multiarch-publish/buildkit:mp-1',
    )
    // started once the builder has booted, not waited for (the build step's finish() waits)
    expect(events).toEqual([expect.stringMatching(/^settling after: docker buildx create --name mp-1 /)])
  })

  it('a builder kept after the job boots from the image by its name: named before it is created', async () => {
    const { lines, events } = await runWith({ cleanup: 'false' })
    expect(lines.some((l) => l.startsWith('docker tag '))).toBe(false) // no local tag for a kept builder
    expect(events).toEqual([expect.stringMatching(/^settled after: docker run --privileged /)])
    expect(lines.findIndex((l) => l.startsWith('docker buildx create'))).toBeGreaterThan(
      lines.findIndex((l) => l.startsWith('docker run --privileged')),
    )
  })
})
