#!/usr/bin/env node
// Benchmark (issue 3 "Speed"): the action in build mode vs the bare buildx command doing the same work.
//
// Workload: examples/hello for linux/amd64 + linux/arm64 (arm64 under the host's QEMU), driver docker (the
// daemon's own builder: no builder to start), network host, pushed to a local registry under 2 tags.
//   action: runAction() from scripts/run-action.mjs, main + post steps, as a runner runs dist/index.js
//   bare:   docker buildx build --builder default --network host --platform linux/amd64,linux/arm64
//             --build-arg BASE_IMAGE=... -t reg/bench/bare:t1 -t reg/bench/bare:t2 --push examples/hello
// Both sides build the same Dockerfile and context, measured two ways:
//   warm: the builder's cache holds every step (one unmeasured warm-up run per side first)
//   cold: `docker buildx prune -af --builder default` before every run (the prune is not timed)
// The sides alternate within each repetition; every run is checked (both tags point at one digest).
// Prints median and min per side, the ratio action/bare and the overhead action - bare, in seconds.
// Target (issue 3): overhead under 1 s (the docker driver has no builder start to add).
//
//   node scripts/bench-action.mjs [--runs N (default 5)] [--mode warm|cold|both (default both)]
// Needs the private dockerd (bash scripts/dockerd.sh start), docker-registry, crane, the busybox of .ci/install.sh.
import process from 'node:process'
import { runAction } from './run-action.mjs'
import { fmt, load, median, min, parseArgs, printTable, runScript, timed } from './lib/bench.mjs'
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
} from './lib/docker.mjs'
import { startRegistry } from './lib/registry.mjs'

const PLATFORMS = 'linux/amd64,linux/arm64'
const TAGS = ['t1', 't2']

/** Both tags of image point at one digest (and at `expected` when given). */
async function checkTags(image, expected) {
  const digests = await Promise.all(TAGS.map((t) => craneDigest(`${image}:${t}`)))
  if (new Set([...digests, expected ?? digests[0]]).size !== 1) {
    throw new Error(`${image}: tags ${TAGS.join(', ')} point at ${digests.join(', ')}, expected ${expected}`)
  }
}

function sides(registryHost, base) {
  const actionImage = `${registryHost}/bench/action`
  const bareImage = `${registryHost}/bench/bare`
  return {
    async action() {
      const res = await runAction({
        inputs: {
          mode: 'build',
          driver: 'docker',
          network: 'host',
          platforms: PLATFORMS,
          images: actionImage,
          tags: TAGS.join('\n'),
          context: EXAMPLE_DIR,
          'build-args': `BASE_IMAGE=${base}`,
        },
        env: { DOCKER_HOST: DOCKER_ENV.DOCKER_HOST },
        cwd: REPO_DIR,
      })
      for (const [step, r] of [
        ['main', res.main],
        ['post', res.post],
      ]) {
        if (r?.exitCode !== 0)
          throw new Error(`action ${step} step exited with ${r?.exitCode}:\n${r?.stdout}${r?.stderr}`)
      }
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

async function measure(mode, runs, side) {
  const times = { action: [], bare: [] }
  if (mode === 'warm') for (const name of ['action', 'bare']) await side[name]()
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['action', 'bare'] : ['bare', 'action']
    for (const name of order) {
      if (mode === 'cold') await pruneBuildCache()
      let check
      const seconds = await timed(async () => (check = await side[name]()))
      await check()
      times[name].push(seconds)
      console.log(`${mode} run ${i + 1}/${runs} ${name}: ${fmt(seconds)} s`)
    }
  }
  return times
}

async function main() {
  const { runs, mode } = parseArgs(process.argv.slice(2))
  await ensureDist()
  const machine = await describeMachine()
  const loadBefore = load()
  const registry = await startRegistry()
  const results = {}
  try {
    const base = await pushBaseImage(registry.host)
    const side = sides(registry.host, base)
    for (const m of mode === 'both' ? ['warm', 'cold'] : [mode]) results[m] = await measure(m, runs, side)
    results.floor = await floor(runs)
  } finally {
    await registry.stop()
  }
  console.log(
    `\nbench-action: ${machine}; ${runs} runs per side; load average ${loadBefore} before, ${load()} after; seconds\n`,
  )
  const { floor: floorTimes, ...measured } = results
  printTable(
    [
      'cache',
      'action median',
      'action min',
      'bare median',
      'bare min',
      'ratio (median)',
      'overhead median',
      'overhead min',
    ],
    Object.entries(measured).map(([m, t]) => [
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
