// Benchmark (issue 13, "Speed"): the action's step when the binfmt and BuildKit images come from the Actions cache
// (cache-images: true, the cache holds them: docker load) against the same step pulling them from a registry on
// loopback (cache-images: false: docker pull), on a daemon that has neither image, as on a fresh runner.
//
// A daemon of its own (scripts/dockerd.sh with its own socket, data and exec roots), started and stopped here:
// the shared test daemon keeps these images' layers under other tags, so a pull there would download nothing.
// Before every run both images are removed from it; its image store then drops their content (checked: a first
// round through a counting proxy sees every blob pulled on the pull side, none on the cached side). QEMU is
// unregistered for each run (and the host's emulators put back after it), so the binfmt image is needed too.
// Both sides: driver docker-container, network=host, cache: none (the build itself is the same on both sides).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import process from 'node:process'
import { now, runAction } from '../run-action.mjs'
import { withoutEmulators } from './binfmt.mjs'
import { forward } from './forward.mjs'
import { fmt, median, min, printTable, timed, timedLog } from './bench.mjs'
import { EXAMPLE_DIR, REPO_DIR, run } from './docker.mjs'
import { startGhaCache } from './gha-cache.mjs'
import { pushTestImages } from './test-images.mjs'

const DAEMON = {
  MULTIARCH_PUBLISH_DOCKERD_DIR: '/run/multiarch-publish-bench-images',
  MULTIARCH_PUBLISH_DOCKERD_DATA: '/var/lib/multiarch-publish-bench-images/docker',
}

/**
 * Starts the benchmark's own daemon (`classic`: Docker's classic image store instead of containerd's; `tmpfs`: its
 * data root in memory, so that no run pays for the file system the runs before it churned); returns its
 * DOCKER_HOST and a stop() that also removes its data.
 */
export async function startDaemon(classic, tmpfs = false) {
  const env = { ...process.env, ...DAEMON, ...(classic ? { MULTIARCH_PUBLISH_DOCKERD_CONTAINERD_STORE: 'false' } : {}) }
  const data = DAEMON.MULTIARCH_PUBLISH_DOCKERD_DATA
  if (tmpfs) {
    mkdirSync(data, { recursive: true })
    await run('mount', ['-t', 'tmpfs', '-o', 'size=8g', 'tmpfs', data])
  }
  let host
  try {
    host = (await run('bash', ['scripts/dockerd.sh', 'start'], { env, cwd: REPO_DIR })).trim()
  } catch (e) {
    if (tmpfs) await run('umount', [data])
    throw e
  }
  return {
    host,
    async stop() {
      await run('bash', ['scripts/dockerd.sh', 'stop'], { env, cwd: REPO_DIR })
      if (tmpfs) await run('umount', [data])
      rmSync(data, { recursive: true, force: true })
    },
  }
}

/** A loopback proxy counting the blob GETs per repository. */
function countingProxy(target) {
  const blobs = new Map()
  const server = createServer((req, res) => {
    const m = /^\/v2\/(.+)\/blobs\/sha256:/.exec(req.url ?? '')
    if (req.method === 'GET' && m) blobs.set(m[1], (blobs.get(m[1]) ?? 0) + 1)
    forward(target, req, res)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        host: `127.0.0.1:${server.address().port}`,
        blobs,
        stop: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
      }),
    ),
  )
}

const via = (images, host) => ({
  buildkit: images.buildkit.replace(/^[^/]+/, host),
  binfmt: images.binfmt.replace(/^[^/]+/, host),
})

export async function removeImages(dockerHost, images) {
  for (const ref of [images.buildkit, images.binfmt]) {
    await run('docker', ['image', 'rm', ref], { env: { ...process.env, DOCKER_HOST: dockerHost } }).catch((e) => {
      if (!/No such image/i.test(e.message)) throw e
    })
  }
}

/**
 * One step (main + post); fails unless both steps succeed and the binfmt image installed the emulator. Returns the
 * main step's output and the whole step's log, every line timed from the step's start.
 */
async function step(side, { dockerHost, gha, registryHost, base, images }) {
  const t0 = now()
  const res = await withoutEmulators(() =>
    runAction({
      inputs: {
        images: `${registryHost}/bench/images-${side}`,
        tags: 't1',
        platforms: 'linux/amd64,linux/arm64',
        context: EXAMPLE_DIR,
        'build-args': `BASE_IMAGE=${base}`,
        'buildkit-image': images.buildkit,
        'binfmt-image': images.binfmt,
        'driver-opts': 'network=host',
        cache: 'none',
        'cache-images': side === 'cached' ? 'true' : 'false',
      },
      env: { DOCKER_HOST: dockerHost, ...gha.env },
      cwd: REPO_DIR,
      timeLines: true,
    }),
  )
  for (const [name, r] of [
    ['main', res.main],
    ['post', res.post],
  ]) {
    if (r?.exitCode !== 0)
      throw new Error(`${side}: ${name} step exited with ${r?.exitCode}:\n${r?.stdout}${r?.stderr}`)
  }
  if (!res.main.stdout.includes(`QEMU: installing arm64 with ${images.binfmt}`)) {
    throw new Error(`${side}: the binfmt image did not install the emulator`)
  }
  const log = timedLog(t0, [
    ['main', res.main],
    ['post', res.post],
  ])
  return { stdout: res.main.stdout, log }
}

/** The cached side's step must have loaded both images from the cache. */
function checkLoaded(stdout, images) {
  for (const ref of [images.buildkit, images.binfmt]) {
    if (!stdout.includes(`${ref}: loaded from the Actions cache`)) {
      const said = stdout.split('\n').filter((l) => l.includes(ref) || l.startsWith('::warning'))
      throw new Error(`${ref} was not loaded from the cache; the step said:\n${said.join('\n')}`)
    }
  }
}

/**
 * Measures `runs` rounds (sides alternating). `base` is the busybox base image (already in `registry`); `logs` a
 * folder for every timed run's log (lines timed), or undefined; `classic`: the daemon uses the classic image store;
 * `tmpfs`: its data root in memory. Returns the times per side and the blob counts of the checking round.
 */
export async function benchImages({ runs, registry, base, logs, classic, tmpfs, nodePull }) {
  const daemon = await startDaemon(classic, tmpfs)
  const gha = await startGhaCache()
  const proxy = await countingProxy(registry.host)
  try {
    const direct = await pushTestImages(registry.host)
    const common = { dockerHost: daemon.host, gha, registryHost: registry.host, base }

    // checking round, through the counting proxy: the pull side pulls every blob, the cached side none
    const proxied = via(direct, proxy.host)
    const repo = (ref) => ref.replace(/^[^/]+\//, '').replace(/:[^:]*$/, '')
    const blobs = () => [repo(proxied.buildkit), repo(proxied.binfmt)].map((r) => proxy.blobs.get(r) ?? 0)
    const fresh = async (side, images) => {
      await removeImages(daemon.host, images)
      return (await step(side, { ...common, images })).stdout
    }
    await fresh('pull', proxied)
    const pulled = blobs()
    await fresh('cached', proxied) // pulls once more, and saves
    proxy.blobs.clear()
    checkLoaded(await fresh('cached', proxied), proxied)
    const loaded = blobs()
    if (pulled.some((n) => n === 0) || loaded.some((n) => n !== 0)) {
      throw new Error(`blob GETs (buildkit, binfmt): pull side ${pulled}, cached side ${loaded}`)
    }
    console.log(
      `checked: blob GETs (buildkit, binfmt) pull side ${pulled.join(', ')}; cached side ${loaded.join(', ')}`,
    )
    // the same content under the proxy's names would keep the layers in the daemon: gone, as on a fresh runner
    await removeImages(daemon.host, proxied)

    // timed rounds, straight to the registry (the pull side through the Node proxy with nodePull: its bytes then
    // pass through a Node program, as the cached side's pass through the cache emulator's)
    await fresh('cached', direct) // warm-up: pulls and saves
    const times = { pull: [], cached: [] }
    const sideImages = (side) => (side === 'pull' && nodePull ? proxied : direct)
    for (let i = 0; i < runs; i++) {
      for (const side of i % 2 === 0 ? ['pull', 'cached'] : ['cached', 'pull']) {
        await removeImages(daemon.host, direct) // a fresh runner's daemon (not timed)
        if (nodePull) await removeImages(daemon.host, proxied)
        let out
        const seconds = await timed(async () => (out = await step(side, { ...common, images: sideImages(side) })))
        if (side === 'cached') checkLoaded(out.stdout, direct)
        if (logs) {
          mkdirSync(logs, { recursive: true })
          writeFileSync(`${logs}/images-${i + 1}-${side}.log`, `${out.log}\n`)
        }
        times[side].push(seconds)
        console.log(`images run ${i + 1}/${runs} ${side}: ${fmt(seconds)} s`)
      }
    }
    return { times, pulled, loaded }
  } finally {
    await proxy.stop()
    await gha.stop()
    await daemon.stop()
  }
}

export function printImages({ times }) {
  printTable(
    ['images', 'median', 'min', 'median - pull median'],
    ['pull', 'cached'].map((side) => [
      side === 'pull' ? 'pulled from the loopback registry' : 'loaded from the Actions cache',
      fmt(median(times[side])),
      fmt(min(times[side])),
      fmt(median(times[side]) - median(times.pull)),
    ]),
  )
}
