import { describe, expect, it } from '@jest/globals'
import type { Clock } from '../../../src/oci/retry.js'
import { Docker } from '../../../src/tools/docker.js'
import { commandRetry, commandRetryPolicy } from '../../../src/tools/retry.js'
import type { RunResult } from '../../../src/tools/runner.js'
import { neededEmulators } from '../../../src/qemu/emulators.js'
import { platforms } from '../support/platforms.js'
import { settings } from '../support/settings.js'
import { recordingRunner } from '../support/recording-runner.js'

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

/** A runner whose commands answer with these results in turn, then succeed. */
function answering(...results: Partial<RunResult>[]) {
  const r = recordingRunner()
  const run = r.runner.run.bind(r.runner)
  r.runner.run = async (command, args, options) => ({
    ...(await run(command, args, options)),
    ...(results.shift() ?? {}),
  })
  const clock = fakeClock()
  const log: string[] = []
  const docker = new Docker(
    r.runner,
    {},
    commandRetry({ policy: commandRetryPolicy(120), clock, log: (m) => log.push(m) }),
  )
  return { ...r, docker, clock, log }
}

const S429 =
  'unexpected status from HEAD request to http://r/v2/tonistiigi/binfmt/manifests/latest: 429 Too Many Requests'
const ARM64 = neededEmulators(platforms('linux/arm64'), 'amd64')

describe('Docker: the commands that reach a registry or boot the builder run again after a transient failure', () => {
  it('the binfmt run: when docker itself failed (exit code 125) to get the image', async () => {
    const a = answering({ exitCode: 125, stderr: `docker: Error response from daemon: ${S429}\n` })
    await a.docker.installEmulators('r/binfmt:1', ARM64)
    expect(a.lines()).toEqual([
      'docker run --privileged --rm r/binfmt:1 --install arm64',
      'docker run --privileged --rm r/binfmt:1 --install arm64',
    ])
    expect(a.log).toEqual(['Installing the QEMU emulators failed (rate limited (HTTP 429)): attempt 2 of 8 in 1.0s'])
  })

  it('the binfmt run: never when the container itself failed, whatever it printed', async () => {
    const a = answering({ exitCode: 1, stderr: 'installing: arm64: read: connection reset by peer\n' })
    await expect(a.docker.installEmulators('r/binfmt:1', ARM64)).rejects.toThrow(/exited with code 1/)
    expect(a.lines()).toHaveLength(1)
  })

  it('the builder creation and its boot', async () => {
    const a = answering(
      { exitCode: 1, stderr: 'ERROR: dial tcp 127.0.0.1:1234: connect: connection refused\n' },
      {},
      { exitCode: 1, stderr: '#1 booting buildkit\n#1 ERROR: Error response from daemon: 502 Bad Gateway\n' },
      { stdout: 'Name: b\nPlatforms: linux/amd64, linux/arm64\n' },
    )
    await a.docker.createBuilder(settings({ images: 'r/x' }), 'b', undefined, { bootstrap: false })
    expect(await a.docker.bootstrap('b')).toEqual(['linux/amd64', 'linux/arm64'])
    expect(a.lines()).toEqual([
      'docker buildx create --name b --driver docker-container',
      'docker buildx create --name b --driver docker-container',
      'docker buildx inspect --bootstrap --builder b',
      'docker buildx inspect --bootstrap --builder b',
    ])
    expect(a.log).toEqual([
      'Creating the builder failed (connection refused): attempt 2 of 8 in 1.0s',
      'Booting the builder failed (HTTP 502): attempt 2 of 8 in 1.0s',
    ])
  })

  it('the builder created and booted in one call; a failed boot boots the builder buildx kept', async () => {
    const a = answering(
      { exitCode: 1, stderr: '#1 booting buildkit\n#1 ERROR: Error response from daemon: 502 Bad Gateway\n' },
      {}, // `buildx inspect --builder b`: buildx kept the builder
      { exitCode: 1, stderr: 'ERROR: dial unix /run/docker.sock: connect: connection refused\n' },
      {}, // it still exists
      {},
    )
    await a.docker.createBuilder(settings({ images: 'r/x' }), 'b', undefined, { bootstrap: true })
    expect(a.lines()).toEqual([
      'docker buildx create --name b --driver docker-container --bootstrap',
      'docker buildx inspect --builder b',
      'docker buildx inspect --bootstrap --builder b',
      'docker buildx inspect --builder b',
      'docker buildx inspect --bootstrap --builder b',
    ])
    expect(a.log).toEqual([
      'Creating and booting the builder failed (HTTP 502): attempt 2 of 8 in 1.0s',
      'Creating and booting the builder failed (connection refused): attempt 3 of 8 in 2.0s',
    ])
  })

  it('the builder created and booted again when buildx kept nothing of a failed creation', async () => {
    const a = answering(
      { exitCode: 1, stderr: 'ERROR: dial unix /run/docker.sock: connect: connection refused\n' },
      { exitCode: 1, stderr: 'ERROR: no builder "b" found\n' },
      {},
    )
    await a.docker.createBuilder(settings({ images: 'r/x' }), 'b', undefined, { bootstrap: true })
    expect(a.lines()).toEqual([
      'docker buildx create --name b --driver docker-container --bootstrap',
      'docker buildx inspect --builder b',
      'docker buildx create --name b --driver docker-container --bootstrap',
    ])
  })

  it('the pull; an image that does not exist is not pulled twice', async () => {
    const a = answering(
      { exitCode: 1, stderr: 'Error response from daemon: Get "https://r/v2/": net/http: TLS handshake timeout\n' },
      {},
      { exitCode: 1, stderr: 'Error response from daemon: manifest for r/y:1 not found: manifest unknown\n' },
    )
    await a.docker.pull('r/x:1')
    await expect(a.docker.pull('r/y:1')).rejects.toThrow(/manifest unknown/)
    expect(a.lines()).toEqual(['docker pull --quiet r/x:1', 'docker pull --quiet r/x:1', 'docker pull --quiet r/y:1'])
    expect(a.clock.sleeps).toEqual([1000])
  })
})
