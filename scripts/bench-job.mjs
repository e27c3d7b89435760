#!/usr/bin/env node
// Benchmark (issue #14): the whole publish job with the action's defaults (docker-container) against the bare
// commands a user would chain by hand, for an emulated and a cross-compiling Dockerfile, cold and warm, with a
// per-phase breakdown.
//
// Workloads (scripts/lib/workloads.mjs): gzip -9, bzip2 -9 and sha256sum of 24 MB of text COPYed in, in a stage
// that a FROM scratch final stage copies from; linux/amd64 + linux/arm64, pushed under 2 tags.
//   emulated: the stage runs as the target platform (linux/arm64 under QEMU)
//   cross:    the stage is FROM --platform=$BUILDPLATFORM (every RUN native; the action installs no emulator)
// Sides:
//   action: runAction() (scripts/run-action.mjs: main + post of dist/index.js under Node 24, as a runner) with the
//           defaults (driver docker-container, qemu auto, cache auto) plus buildkit-image and binfmt-image (the
//           real images from ../shared/images, pushed to the benchmark's registry) and driver-opts network=host.
//   bare:   docker run --privileged --rm <binfmt> --install arm64       (always: a user installs QEMU by hand)
//           docker buildx create --name X --driver docker-container --driver-opt image=<buildkit>
//             --driver-opt network=host --bootstrap
//           docker buildx build --builder X --platform ... --build-arg BASE_IMAGE=... -t R:t1 -t R:t2 --push
//             [--cache-from type=gha,scope=S --cache-to type=gha,scope=S,mode=min,ignore-error=true] <context>
//           docker buildx rm --force X
// Modes:
//   cold: before each run, on both sides, every qemu-* entry of /proc/sys/fs/binfmt_misc is unregistered (put back
//         exactly afterwards, not timed); a fresh builder; no cache service; a fresh repository per run, so every
//         blob is uploaded. The BuildKit and binfmt images stay in the daemon (a runner would pull them).
//   fresh: cold, and on a fresh runner: a daemon of the benchmark's own (scripts/lib/bench-images.mjs, as the
//         images benchmark) without the BuildKit and binfmt images, removed before each run on both sides, so
//         both sides pull them from the registry on loopback (the action with cache-images: false: no cache
//         service here). Not part of --mode both.
//   warm: the host's emulators registered; the GitHub Actions cache emulator (../shared/tools/gha-cache-server)
//         holds the build (one unmeasured warm-up run per side); a fresh builder (the action's post step removes
//         it); the same repository every run.
// The sides alternate within each repetition; every run is checked (the action's QEMU decision and cache, both tags
// at one index). Per-phase breakdown: scripts/lib/phases.mjs. Prints every run, then medians per phase.
// The host's binfmt_misc entries are checked at the end and put back if anything changed them. SIGINT/SIGTERM put
// them back at once and stop the registry (a builder of the run cut short may be left: docker buildx ls); a run
// killed outright while emulators are away is repaired by the next one (the journal of scripts/lib/binfmt.mjs).
//
//   flock /tmp/mp-itg.lock node scripts/bench-job.mjs [--runs N (5)] [--mode warm|cold|fresh|both]
//     [--workload emulated|cross|both] [--json FILE] [--logs DIR (every run's output, lines timed)]
// Needs root (binfmt_misc), the private dockerd (bash scripts/dockerd.sh start), the host's qemu-aarch64 registered
// (to build the base image, and for warm), docker-registry, crane, skopeo, the busybox of .ci/install.sh, ../shared.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { readEntries, registerLine, restoreEntries, restoreFromJournal, withoutEmulators } from './lib/binfmt.mjs'
import { fmt, load, median, min, printTable, runScript, timedLog, bareGhaCacheArgs } from './lib/bench.mjs'
import { craneDigest, describeMachine, DOCKER_ENV, ensureDist, pushBaseImage, REPO_DIR } from './lib/docker.mjs'
import { startGhaCache } from './lib/gha-cache.mjs'
import { actionPhases, barePhases, PHASES, qemuDecision } from './lib/phases.mjs'
import { startRegistry } from './lib/registry.mjs'
import { removeImages, startDaemon } from './lib/bench-images.mjs'
import { pushTestImages } from './lib/test-images.mjs'
import { now, runTimed } from './lib/timed-lines.mjs'
import { DATA_MB, WORKLOADS, writeWorkload } from './lib/workloads.mjs'
import { actionNode, runAction } from './run-action.mjs'

const PLATFORMS = 'linux/amd64,linux/arm64'
const TAGS = ['t1', 't2']
const MODES = ['cold', 'warm']
/** The targets of issue #14: the action's whole job at most this fraction of the bare commands' (medians). */
const TARGET = { emulated: 0.9, cross: 0.85 }

function parseArgs(argv) {
  const opts = { runs: 5, mode: 'both', workload: 'both', json: undefined, logs: undefined }
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1]
    if (argv[i] === '--runs') opts.runs = Number(value)
    else if (argv[i] === '--mode') opts.mode = value
    else if (argv[i] === '--workload') opts.workload = value
    else if (argv[i] === '--json') opts.json = value
    else if (argv[i] === '--logs') opts.logs = value
    else throw new Error(`unknown argument '${argv[i]}'`)
    i++
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs expects a positive integer')
  if (![...MODES, 'fresh', 'both'].includes(opts.mode)) throw new Error(`--mode expects ${MODES.join('|')}|fresh|both`)
  if (![...WORKLOADS, 'both'].includes(opts.workload)) throw new Error(`--workload expects ${WORKLOADS.join('|')}|both`)
  return {
    ...opts,
    modes: opts.mode === 'both' ? MODES : [opts.mode],
    workloads: opts.workload === 'both' ? WORKLOADS : [opts.workload],
  }
}

/** Both tags of the repository point at one digest (and at `expected` when given). */
async function checkTags(repo, expected) {
  const digests = await Promise.all(TAGS.map((t) => craneDigest(`${repo}:${t}`)))
  if (new Set([...digests, expected ?? digests[0]]).size !== 1) {
    throw new Error(`${repo}: tags ${TAGS.join(', ')} point at ${digests.join(', ')}, expected ${expected}`)
  }
}

/** What the action must have done about QEMU: install arm64 cold, find it warm, nothing for the cross build. */
function expectedQemu(workload, mode) {
  if (workload === 'cross') return 'none'
  return mode === 'warm' ? 'registered' : 'installed'
}

/** The daemon a mode runs on: the shared one, or (fresh) the benchmark's own. */
const daemonEnv = (dockerHost) => (dockerHost ? { ...DOCKER_ENV, DOCKER_HOST: dockerHost } : DOCKER_ENV)

function sides({ registryHost, base, images }) {
  let n = 0
  const repo = (workload, side, mode) =>
    `${registryHost}/job/${workload}-${side}${mode === 'warm' ? '' : `-${mode}-${process.pid}-${n++}`}`
  return {
    async action(workload, mode, context, gha, dockerHost) {
      const image = repo(workload, 'action', mode)
      const t0 = now()
      const res = await runAction({
        inputs: {
          mode: 'build',
          images: image,
          platforms: PLATFORMS,
          tags: TAGS.join('\n'),
          context,
          'build-args': `BASE_IMAGE=${base}`,
          'buildkit-image': images.buildkit,
          'binfmt-image': images.binfmt,
          'driver-opts': 'network=host',
        },
        env: { DOCKER_HOST: daemonEnv(dockerHost).DOCKER_HOST, ...(gha ?? {}) },
        cwd: REPO_DIR,
        timeLines: true,
      })
      const t1 = now()
      for (const [step, r] of Object.entries({ main: res.main, post: res.post })) {
        if (r?.exitCode !== 0)
          throw new Error(`action ${step} step exited with ${r?.exitCode}:\n${r?.stdout}${r?.stderr}`)
      }
      const cache = gha ? '(cache: gha)' : '(cache: none)'
      if (!res.main.stdout.includes(cache)) throw new Error(`the action did not build with ${cache}`)
      const qemu = qemuDecision(res.main.stdout)
      if (qemu !== expectedQemu(workload, mode)) {
        throw new Error(`QEMU: expected ${expectedQemu(workload, mode)}, the action's log says ${qemu}`)
      }
      const measured = actionPhases(res, t0, t1)
      const log = timedLog(t0, [
        ['main', res.main],
        ['post', res.post],
      ])
      return { ...measured, log, check: () => checkTags(image, res.outputs.digest) }
    },
    async bare(workload, mode, context, gha, dockerHost) {
      const image = repo(workload, 'bare', mode)
      const name = `mp-bench-job-${process.pid}-${n++}`
      const env = { ...daemonEnv(dockerHost), ...(gha ?? {}) }
      const scope = `bench-job-bare-${workload}`
      const cache = gha ? bareGhaCacheArgs(scope) : []
      const docker = (args) => runTimed('docker', args, { env, cwd: REPO_DIR })
      const cmds = {}
      const t0 = now()
      try {
        cmds.binfmt = await docker(['run', '--privileged', '--rm', images.binfmt, '--install', 'arm64'])
        cmds.create = await docker([
          ...['buildx', 'create', '--name', name, '--driver', 'docker-container'],
          ...['--driver-opt', `image=${images.buildkit}`, '--driver-opt', 'network=host', '--bootstrap'],
        ])
        cmds.build = await docker([
          ...['buildx', 'build', '--builder', name, '--platform', PLATFORMS, '--build-arg', `BASE_IMAGE=${base}`],
          ...cache,
          ...TAGS.flatMap((t) => ['-t', `${image}:${t}`]),
          ...['--push', context],
        ])
      } finally {
        cmds.rm = await docker(['buildx', 'rm', '--force', name])
      }
      const t1 = now()
      const log = timedLog(t0, Object.entries(cmds))
      return { ...barePhases(cmds, t0, t1), log, check: () => checkTags(image) }
    },
  }
}

/** One run of a side; cold runs start with no QEMU emulator registered (and put the host's back after). */
async function oneRun(run, mode) {
  const measured = mode === 'warm' ? await run() : await withoutEmulators(run)
  await measured.check()
  return measured
}

async function series(workload, mode, { runs, logs }, side, context, images) {
  const gha = mode === 'warm' ? await startGhaCache() : undefined
  const daemon = mode === 'fresh' ? await startDaemon(false) : undefined
  const out = { workload, mode, loadBefore: load(), loads: [], action: [], bare: [] }
  try {
    const go = async (name) => {
      // a fresh runner: neither image in the daemon (removed untimed; the daemon then drops their content)
      if (daemon) await removeImages(daemon.host, images)
      return oneRun(() => side[name](workload, mode, context, gha?.env, daemon?.host), mode)
    }
    if (mode === 'warm') for (const name of ['action', 'bare']) await go(name)
    for (let i = 0; i < runs; i++) {
      for (const name of i % 2 === 0 ? ['action', 'bare'] : ['bare', 'action']) {
        out.loads.push(Number(load()))
        const { total, phases, log } = await go(name)
        out[name].push({ total, phases })
        if (logs) writeFileSync(join(logs, `${workload}-${mode}-${i + 1}-${name}.log`), `${log}\n`)
        const parts = PHASES.map((p) => `${p} ${fmt(phases[p])}`).join(', ')
        console.log(`${workload} ${mode} run ${i + 1}/${runs} ${name}: ${fmt(total)} s (${parts}) load ${load()}`)
      }
    }
  } finally {
    await gha?.stop()
    await daemon?.stop()
  }
  out.loadAfter = load()
  return out
}

/** The host's QEMU entries as registration lines and enabled flags (what the end of the run must find again). */
const describeEntries = (entries) => entries.map((e) => `${registerLine(e)} ${e.enabled ? 'enabled' : 'disabled'}`)

function report(results, opts, machine) {
  console.log(
    `\nbench-job: ${machine}; ${opts.runs} runs per side; data ${DATA_MB} MB; medians in seconds (each phase its own median)\n`,
  )
  const rows = []
  for (const r of results) {
    for (const name of ['action', 'bare']) {
      const runs = r[name]
      const totals = runs.map((x) => x.total)
      rows.push([
        r.workload,
        r.mode,
        name,
        fmt(median(totals)),
        fmt(min(totals)),
        ...PHASES.map((p) =>
          name === 'bare' && ['node', 'create', 'verify'].includes(p) ? '-' : fmt(median(runs.map((x) => x.phases[p]))),
        ),
      ])
    }
  }
  printTable(['workload', 'mode', 'side', 'total', 'min', ...PHASES], rows)
  console.log('')
  printTable(
    ['workload', 'mode', 'action / bare (medians)', 'paired ratio (median)', 'target', 'met', 'load average (runs)'],
    results.map((r) => {
      const ratio = median(r.action.map((x) => x.total)) / median(r.bare.map((x) => x.total))
      // each repetition runs both sides back to back: their ratio is less exposed to load that comes and goes
      const paired = median(r.action.map((x, i) => x.total / r.bare[i].total))
      const loads = `${r.loadBefore} before, ${fmt(min(r.loads))}-${fmt(Math.max(...r.loads))}, ${r.loadAfter} after`
      return [
        r.workload,
        r.mode,
        ratio.toFixed(2),
        paired.toFixed(2),
        `<= ${TARGET[r.workload]}`,
        ratio <= TARGET[r.workload] ? 'yes' : 'no',
        loads,
      ]
    }),
  )
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  if (restoreFromJournal()) console.log('restored the QEMU emulators a killed run had unregistered')
  const hostEntries = readEntries()
  if (!hostEntries.some((e) => e.name === 'qemu-aarch64')) {
    throw new Error('the host has no qemu-aarch64 registered: needed for the base image and the warm runs')
  }
  let registry
  // binfmt_misc first (machine-wide), then the registry; a builder of the run cut short may be left behind
  const onSignal = async (signal) => {
    if (restoreFromJournal()) console.error(`${signal}: put the host's QEMU emulators back`)
    await registry?.stop().catch(() => undefined)
    process.exit(130)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  if (opts.logs) mkdirSync(opts.logs, { recursive: true })
  await ensureDist()
  const machine = `${await describeMachine()}, action on Node ${actionNode().version}`
  registry = await startRegistry()
  const results = []
  const contexts = []
  try {
    const images = await pushTestImages(registry.host)
    const base = await pushBaseImage(registry.host) // with the host's QEMU
    const side = sides({ registryHost: registry.host, base, images })
    for (const workload of opts.workloads) {
      const wl = writeWorkload(workload)
      contexts.push(wl)
      for (const mode of opts.modes) results.push(await series(workload, mode, opts, side, wl.dir, images))
    }
  } finally {
    await registry.stop()
    for (const wl of contexts) wl.remove()
    const after = describeEntries(readEntries())
    if (after.join('\n') !== describeEntries(hostEntries).join('\n')) {
      console.error(`the host's QEMU entries changed during the run (now: ${after.join('; ')}): putting them back`)
      restoreEntries(hostEntries)
    }
  }
  report(results, opts, machine)
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ machine, runs: opts.runs, results }, null, 2))
}

await runScript(main)
