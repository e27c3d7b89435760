#!/usr/bin/env node
// Benchmark (issue "Speed"): the action in build mode vs the bare buildx commands doing the same work.
//
// Workload: examples/hello for linux/amd64 + linux/arm64 (arm64 under the host's QEMU), pushed to a local registry
// under 2 tags. Two drivers:
//   docker: the daemon's own builder (no builder to start), network host.
//     action: runAction() from scripts/run-action.mjs (main + post, dist/index.js under Node 24), driver: docker
//     bare:   docker buildx build --builder default --network host --platform ... -t reg/bench/bare:t1 -t ...:t2
//               --push examples/hello
//     warm: the builder's cache holds every step (one unmeasured warm-up run per side first)
//     cold: `docker buildx prune -af --builder default` before every run (the prune is not timed)
//   docker-container: the action's default, a fresh builder from the real BuildKit image (../shared/images, pushed
//     to the registry) on every run, builder start and removal included, driver-opts network=host.
//     action: runAction() with the defaults plus buildkit-image, binfmt-image, driver-opts
//     bare:   docker buildx create --name X --driver docker-container --driver-opt image=<buildkit>
//               --driver-opt network=host --bootstrap
//             docker buildx build --builder X --platform ... -t ...:t1 -t ...:t2 --push [cache flags] examples/hello
//             docker buildx rm --force X
//     A fresh builder has an empty cache, so warm and cold are about the GitHub Actions cache
//     (../shared/tools/gha-cache-server):
//     warm: the service holds the build (one unmeasured warm-up run per side first); the action's cache: auto
//           picks gha; bare gets --cache-from type=gha,scope=S --cache-to type=gha,scope=S,mode=min,ignore-error=true
//     cold: no cache service; the action's cache: auto is none, bare has no cache flags
// The sides alternate within each repetition; every run is checked (both tags point at one digest).
// Prints median and min per side, the ratio action/bare and the overhead action - bare, in seconds.
// Target: overhead under 1 s, plus the builder's own start with docker-container (which both sides pay here).
//
//   node scripts/bench-action.mjs [--runs N (default 5)] [--mode warm|cold|both] [--driver docker|docker-container|both]
//   node scripts/bench-action.mjs --images [--runs N] [--logs DIR] [--classic-store] [--tmpfs] [--pull-via-node]:
//     only the binfmt and BuildKit images from the Actions cache against pulling them from the loopback registry
//     (scripts/lib/bench-images.mjs: a daemon of its own, with the containerd image store unless --classic-store, its
//     data root on a tmpfs with --tmpfs); --logs writes every timed run's output there, each line timed from the
//     step's start; --pull-via-node: the pull side through a Node proxy, so that a Node program moves the bytes on
//     both sides (the cached side's come from the cache emulator, a Node program)
// Needs the private dockerd (bash scripts/dockerd.sh start), docker-registry, crane, skopeo, the busybox of
// .ci/install.sh, and ../shared (the BuildKit image, the cache service emulator) for docker-container.
import process from 'node:process'
import { actionNode, runAction } from './run-action.mjs'
import { fmt, load, median, min, parseArgs, printTable, runScript, timed, bareGhaCacheArgs } from './lib/bench.mjs'
import {
  buildx,
  craneDigest,
  describeMachine,
  DOCKER_ENV,
  ensureDist,
  EXAMPLE_DIR,
  pruneBuildCache,
  pushBaseImage,
  REPO_DIR,
  run,
} from './lib/docker.mjs'
import { startGhaCache } from './lib/gha-cache.mjs'
import { benchImages, printImages } from './lib/bench-images.mjs'
import { startRegistry } from './lib/registry.mjs'
import { pushTestImages } from './lib/test-images.mjs'

const PLATFORMS = 'linux/amd64,linux/arm64'
const TAGS = ['t1', 't2']
const DRIVERS = ['docker', 'docker-container']

/** Both tags of image point at one digest (and at `expected` when given). */
async function checkTags(image, expected) {
  const digests = await Promise.all(TAGS.map((t) => craneDigest(`${image}:${t}`)))
  if (new Set([...digests, expected ?? digests[0]]).size !== 1) {
    throw new Error(`${image}: tags ${TAGS.join(', ')} point at ${digests.join(', ')}, expected ${expected}`)
  }
}

/** Runs the action (main + post); fails on a non-zero exit of either step. */
async function action(inputs, env) {
  const res = await runAction({
    inputs: {
      mode: 'build',
      platforms: PLATFORMS,
      tags: TAGS.join('\n'),
      context: EXAMPLE_DIR,
      ...inputs,
    },
    env: { DOCKER_HOST: DOCKER_ENV.DOCKER_HOST, ...env },
    cwd: REPO_DIR,
  })
  for (const [step, r] of [
    ['main', res.main],
    ['post', res.post],
  ]) {
    if (r?.exitCode !== 0) throw new Error(`action ${step} step exited with ${r?.exitCode}:\n${r?.stdout}${r?.stderr}`)
  }
  return res
}

/** The docker driver: the daemon's own builder; warm and cold are its local cache. */
function dockerSides(registryHost, base) {
  const actionImage = `${registryHost}/bench/action`
  const bareImage = `${registryHost}/bench/bare`
  return {
    before: (mode) => (mode === 'cold' ? pruneBuildCache() : undefined),
    async action() {
      const res = await action({
        driver: 'docker',
        network: 'host',
        images: actionImage,
        'build-args': `BASE_IMAGE=${base}`,
      })
      return () => checkTags(actionImage, res.outputs.digest)
    },
    async bare() {
      const tagArgs = TAGS.flatMap((t) => ['-t', `${bareImage}:${t}`])
      await buildx(['--platform', PLATFORMS, '--build-arg', `BASE_IMAGE=${base}`, ...tagArgs, '--push', EXAMPLE_DIR])
      return () => checkTags(bareImage)
    },
  }
}

/**
 * docker-container: a fresh builder every run (so its local cache is always empty); warm and cold are the gha
 * cache. `gha` is the emulator's environment in warm mode, undefined in cold mode.
 */
function containerSides(registryHost, base, images) {
  const actionImage = `${registryHost}/bench/container-action`
  const bareImage = `${registryHost}/bench/container-bare`
  let gha
  let n = 0
  return {
    setGha: (env) => (gha = env),
    async action() {
      const res = await action(
        {
          images: actionImage,
          'build-args': `BASE_IMAGE=${base}`,
          'buildkit-image': images.buildkit,
          'binfmt-image': images.binfmt,
          'driver-opts': 'network=host',
        },
        gha ?? {},
      )
      const want = gha ? '(cache: gha)' : '(cache: none)'
      if (!res.main.stdout.includes(want)) throw new Error(`the action did not build with ${want}`)
      return () => checkTags(actionImage, res.outputs.digest)
    },
    async bare() {
      const name = `mp-bench-bare-${process.pid}-${n++}`
      const env = { ...DOCKER_ENV, ...(gha ?? {}) }
      const scope = 'bench-bare'
      const cache = gha ? bareGhaCacheArgs(scope) : []
      const tagArgs = TAGS.flatMap((t) => ['-t', `${bareImage}:${t}`])
      try {
        await run('docker', [
          'buildx',
          'create',
          '--name',
          name,
          '--driver',
          'docker-container',
          '--driver-opt',
          `image=${images.buildkit}`,
          '--driver-opt',
          'network=host',
          '--bootstrap',
        ])
        await run(
          'docker',
          [
            'buildx',
            'build',
            '--builder',
            name,
            '--platform',
            PLATFORMS,
            '--build-arg',
            `BASE_IMAGE=${base}`,
            ...cache,
            ...tagArgs,
            '--push',
            EXAMPLE_DIR,
          ],
          { env },
        )
      } finally {
        await run('docker', ['buildx', 'rm', '--force', name])
      }
      return () => checkTags(bareImage)
    },
  }
}

async function measure(label, mode, runs, side) {
  const times = { action: [], bare: [] }
  if (mode === 'warm') for (const name of ['action', 'bare']) await side[name]()
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['action', 'bare'] : ['bare', 'action']
    for (const name of order) {
      await side.before?.(mode)
      let check
      const seconds = await timed(async () => (check = await side[name]()))
      await check()
      times[name].push(seconds)
      console.log(`${label} ${mode} run ${i + 1}/${runs} ${name}: ${fmt(seconds)} s`)
    }
  }
  return times
}

/**
 * The action's fixed cost: main + post steps when main stops at the input check (a bad platform), i.e. two
 * node processes loading dist/index.js and parsing the inputs, nothing else.
 */
async function floor(runs) {
  const times = []
  for (let i = 0; i < runs; i++) {
    let res
    times.push(
      await timed(
        async () =>
          (res = await runAction({
            inputs: { images: '127.0.0.1:1/floor/x', platforms: 'linux/bogus' },
            cwd: REPO_DIR,
          })),
      ),
    )
    if (res.main.exitCode !== 1 || !res.main.stdout.includes("::error::input 'platforms'")) {
      throw new Error(`expected the input check to fail, got exit code ${res.main.exitCode}:\n${res.main.stdout}`)
    }
  }
  return times
}

function parseDriver(argv) {
  const i = argv.indexOf('--driver')
  if (i < 0) return { driver: 'both', rest: argv }
  const driver = argv[i + 1]
  if (![...DRIVERS, 'both'].includes(driver)) throw new Error(`--driver expects ${DRIVERS.join('|')}|both`)
  return { driver, rest: [...argv.slice(0, i), ...argv.slice(i + 2)] }
}

/** `--images`: the images from the Actions cache against pulling them (scripts/lib/bench-images.mjs). */
async function imagesMain(args) {
  const classic = args.includes('--classic-store')
  const tmpfs = args.includes('--tmpfs')
  const nodePull = args.includes('--pull-via-node')
  const argv = args.filter((a) => a !== '--classic-store' && a !== '--tmpfs' && a !== '--pull-via-node')
  const at = argv.indexOf('--logs')
  const logs = at < 0 ? undefined : argv[at + 1]
  if (at >= 0 && !logs) throw new Error('--logs expects a folder')
  const { runs } = parseArgs(at < 0 ? argv : [...argv.slice(0, at), ...argv.slice(at + 2)])
  await ensureDist()
  const machine = `${await describeMachine()}, action on Node ${actionNode().version}`
  const loadBefore = load()
  const registry = await startRegistry()
  let result
  try {
    const base = await pushBaseImage(registry.host)
    result = await benchImages({ runs, registry, base, logs, classic, tmpfs, nodePull })
  } finally {
    await registry.stop()
  }
  console.log(
    `\nbench-action --images${classic ? ' --classic-store' : ''}${tmpfs ? ' --tmpfs' : ''}${nodePull ? ' --pull-via-node' : ''}: ${machine}; ${runs} runs per side; load average ${loadBefore} before, ${load()} after; seconds\n`,
  )
  printImages(result)
}

async function main() {
  const argv = process.argv.slice(2)
  if (argv.includes('--images')) return imagesMain(argv.filter((a) => a !== '--images'))
  const { driver, rest } = parseDriver(argv)
  const { runs, mode } = parseArgs(rest)
  const drivers = driver === 'both' ? DRIVERS : [driver]
  const modes = mode === 'both' ? ['warm', 'cold'] : [mode]
  await ensureDist()
  const machine = `${await describeMachine()}, action on Node ${actionNode().version}`
  const loadBefore = load()
  const registry = await startRegistry()
  const results = []
  let floorTimes
  try {
    const base = await pushBaseImage(registry.host)
    if (drivers.includes('docker')) {
      const side = dockerSides(registry.host, base)
      for (const m of modes) results.push({ driver: 'docker', mode: m, times: await measure('docker', m, runs, side) })
    }
    if (drivers.includes('docker-container')) {
      const side = containerSides(registry.host, base, await pushTestImages(registry.host))
      for (const m of modes) {
        const gha = m === 'warm' ? await startGhaCache() : undefined
        side.setGha(gha?.env)
        try {
          results.push({ driver: 'docker-container', mode: m, times: await measure('docker-container', m, runs, side) })
        } finally {
          await gha?.stop()
        }
      }
    }
    floorTimes = await floor(runs)
  } finally {
    await registry.stop()
  }
  console.log(
    `\nbench-action: ${machine}; ${runs} runs per side; load average ${loadBefore} before, ${load()} after; seconds\n`,
  )
  printTable(
    [
      'driver',
      'cache',
      'action median',
      'action min',
      'bare median',
      'bare min',
      'ratio (median)',
      'overhead median',
      'overhead min',
    ],
    results.map(({ driver: d, mode: m, times: t }) => [
      d,
      m,
      fmt(median(t.action)),
      fmt(min(t.action)),
      fmt(median(t.bare)),
      fmt(min(t.bare)),
      (median(t.action) / median(t.bare)).toFixed(2),
      fmt(median(t.action) - median(t.bare)),
      fmt(min(t.action) - min(t.bare)),
    ]),
  )
  console.log(
    `\naction floor (main + post, stopped at the input check): median ${fmt(median(floorTimes))}, min ${fmt(min(floorTimes))}`,
  )
}

await runScript(main)
