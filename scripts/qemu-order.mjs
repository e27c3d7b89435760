#!/usr/bin/env node
// Experiment (issue item 2): does a docker-container builder that boots BEFORE the QEMU emulators are registered
// still list, and build, the emulated platforms? BuildKit detects the platforms its worker can run when buildkitd
// starts. Each run starts with every qemu-* entry of /proc/sys/fs/binfmt_misc unregistered (the host's entries are
// put back afterwards), uses the real images from ../shared/images (pushed to a throwaway registry) and a fresh
// builder, then records what `docker buildx inspect` lists and what an arm64 RUN step prints.
//
// Orders, each with the commands the action runs (`docker run --privileged --rm <binfmt> --install arm64`,
// `docker buildx create ... --driver-opt image=<buildkit>`, `docker buildx inspect --bootstrap`):
//   builder-first: create + bootstrap, then register                    (the race lost, on purpose)
//   race:          register || (create + bootstrap), as the action does today
//   qemu-first:    register, then create + bootstrap                   (fully serial)
//   pull-first:    pull both images at once, then register, then create + bootstrap
//   overlap:       register (which pulls the binfmt image) while pulling the BuildKit image, then bootstrap
//   restart:       builder-first, then `docker buildx stop` + bootstrap again (recovery instead of ordering)
//   action:        the bundled action itself (dist/, main + post, defaults: docker-container, qemu auto)
// --cold removes both images from the daemon before each run (a fresh runner pulls them); default: warm. The
// daemon keeps the layers it already has, so a cold pull here costs the registry round trips, not the download.
// --binfmt-delay MS serves the binfmt image through a proxy that delays every registry request by MS ms: a
// runner where the binfmt image comes slower than the BuildKit image (a mirror for one, Docker Hub for the
// other, or a BuildKit image the runner already has). Use it with --cold, so that the binfmt image is pulled.
// The times on each line are seconds from the run's start: `registered` is when the qemu-aarch64 entry appeared
// (polled every 5 ms), `worker` is when buildkitd logged its worker (docker logs --timestamps). buildkitd detects
// the platforms up to ~0.2 s before it logs the worker, so `worker` is only an upper bound of the detection.
//
//   node scripts/qemu-order.mjs [--runs N (10)] [--orders builder-first,race,...] [--cold] [--binfmt-delay MS]
// Needs the private dockerd (bash scripts/dockerd.sh start), root (binfmt_misc), docker-registry, skopeo.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import { BINFMT_DIR, restoreFromJournal, withoutEmulators } from './lib/binfmt.mjs'
import { forward } from './lib/forward.mjs'
import { fmt, median, runScript } from './lib/bench.mjs'
import { describeMachine, DOCKER_ENV, pushBaseImage, run } from './lib/docker.mjs'
import { startRegistry } from './lib/registry.mjs'
import { pushTestImages } from './lib/test-images.mjs'
import { runAction } from './run-action.mjs'

const execFileP = promisify(execFile)
const ORDERS = ['builder-first', 'race', 'qemu-first', 'pull-first', 'overlap', 'restart', 'action']
const DEFAULT_ORDERS = ['builder-first', 'race', 'qemu-first', 'pull-first', 'overlap']

function parseArgs(argv) {
  const opts = { runs: 10, orders: DEFAULT_ORDERS, cold: false, binfmtDelay: 0 }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') opts.runs = Number(argv[++i])
    else if (argv[i] === '--orders') opts.orders = (argv[++i] ?? '').split(',')
    else if (argv[i] === '--cold') opts.cold = true
    else if (argv[i] === '--binfmt-delay') opts.binfmtDelay = Number(argv[++i])
    else throw new Error(`unknown argument '${argv[i]}'`)
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs expects a positive integer')
  for (const o of opts.orders) if (!ORDERS.includes(o)) throw new Error(`unknown order '${o}' (${ORDERS.join(', ')})`)
  return opts
}

/** Resolves with the time (ms since epoch) the entry appears in binfmt_misc; stops when `stop` says so. */
async function watchEntry(entry, stop) {
  while (!stop.done) {
    if (existsSync(join(BINFMT_DIR, entry))) return Date.now()
    await sleep(5)
  }
  return undefined
}

/** When buildkitd logged `found worker` (daemon clock = this machine's clock). */
async function workerFoundAt(builder) {
  // buildkitd logs to stderr
  const { stderr } = await execFileP('docker', ['logs', '--timestamps', `buildx_buildkit_${builder}0`], {
    env: DOCKER_ENV,
  })
  const line = stderr.split('\n').find((l) => l.includes('found worker'))
  return line ? Date.parse(line.split(' ')[0]) : undefined
}

function parsePlatforms(inspect) {
  const line = inspect.split('\n').find((l) => /^\s*Platforms:/.test(l)) ?? ''
  return line
    .replace(/^\s*Platforms:\s*/, '')
    .split(',')
    .map((p) => p.trim().replace(/\*$/, ''))
    .filter(Boolean)
}

function steps(images, builder) {
  const install = () => run('docker', ['run', '--privileged', '--rm', images.binfmt, '--install', 'arm64'])
  const create = () =>
    run('docker', [
      'buildx',
      'create',
      '--name',
      builder,
      '--driver',
      'docker-container',
      '--driver-opt',
      `image=${images.buildkit}`,
      '--driver-opt',
      'network=host',
    ])
  const boot = () => run('docker', ['buildx', 'inspect', '--bootstrap', '--builder', builder])
  const createAndBoot = async () => {
    await create()
    await boot()
  }
  const pull = (ref) => run('docker', ['pull', '--quiet', ref])
  return {
    'builder-first': async () => {
      await createAndBoot()
      await install()
    },
    race: () => Promise.all([install(), createAndBoot()]),
    'qemu-first': async () => {
      await install()
      await createAndBoot()
    },
    'pull-first': async () => {
      await Promise.all([pull(images.binfmt), pull(images.buildkit), create()])
      await install()
      await boot()
    },
    restart: async () => {
      await createAndBoot()
      await install()
      await run('docker', ['buildx', 'stop', builder])
      await boot()
    },
    overlap: async () => {
      await Promise.all([install(), pull(images.buildkit), create()])
      await boot()
    },
  }
}

/** The action's own setup: main + post of dist/index.js. Returns what its log says about the builder. */
async function actionRun(images, registryHost, context) {
  // what buildx lists for the action's builder, asked before the post step removes it
  let listed = []
  const res = await runAction({
    inputs: {
      images: `${registryHost}/qemu-order/action`,
      tags: 'latest',
      platforms: 'linux/amd64,linux/arm64',
      context,
      'buildkit-image': images.buildkit,
      'binfmt-image': images.binfmt,
      'driver-opts': 'network=host',
    },
    env: { DOCKER_HOST: DOCKER_ENV.DOCKER_HOST },
    beforePost: async ({ main }) => {
      const builder = /buildx create --name (\S+)/.exec(main.stdout)?.[1]
      if (builder) listed = parsePlatforms(await run('docker', ['buildx', 'inspect', '--builder', builder]))
    },
  })
  const error = (res.main.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '')
    .slice('::error::'.length)
    .replace(/multiarch-publish-[0-9a-f]+/g, '<builder>')
  return { exitCode: res.main.exitCode, listsArm64: listed.includes('linux/arm64'), error }
}

/** A loopback HTTP proxy in front of the registry that holds every request back by `ms` first. */
async function startDelayProxy(target, ms) {
  const server = createServer((req, res) => {
    setTimeout(() => {
      forward(target, req, res)
    }, ms)
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  return {
    host: `127.0.0.1:${server.address().port}`,
    stop: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  }
}

async function oneRun(order, images, context, cold, registryHost) {
  const builder = `mp-qemu-order-${process.pid}-${Date.now().toString(36)}`
  if (cold) await run('docker', ['rmi', '--force', images.buildkit, images.binfmt]).catch(() => undefined)
  const out = mkdtempSync(join(tmpdir(), 'mp-qemu-order-out-'))
  try {
    return await withoutEmulators(async () => {
      const stop = { done: false }
      const t0 = Date.now()
      const at = (t) => (t === undefined ? undefined : Number(((t - t0) / 1000).toFixed(3)))
      const registered = watchEntry('qemu-aarch64', stop)
      if (order === 'action') {
        try {
          return { order, ...(await actionRun(images, registryHost, context)), registered: at(await registered) }
        } finally {
          stop.done = true
        }
      }
      try {
        await steps(images, builder)[order]()
      } finally {
        stop.done = true
      }
      const setupSeconds = (Date.now() - t0) / 1000
      const platforms = parsePlatforms(await run('docker', ['buildx', 'inspect', '--builder', builder]))
      const worker = await workerFoundAt(builder)
      let arch = ''
      let buildError = ''
      try {
        await run('docker', [
          'buildx',
          'build',
          '--builder',
          builder,
          '--platform',
          'linux/arm64',
          '--output',
          `type=local,dest=${out}`,
          context,
        ])
        arch = readFileSync(join(out, 'arch'), 'utf8').trim()
      } catch (e) {
        buildError = (e instanceof Error ? e.message : String(e)).split('\n').slice(-3).join(' ')
      }
      return {
        order,
        listsArm64: platforms.includes('linux/arm64'),
        arch,
        buildError,
        registered: at(await registered),
        worker: at(worker),
        setupSeconds,
      }
    })
  } finally {
    await run('docker', ['buildx', 'rm', '--force', builder]).catch(() => undefined)
    rmSync(out, { recursive: true, force: true })
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2))
  if (restoreFromJournal()) console.log('restored the QEMU emulators a killed run had unregistered')
  console.log(await describeMachine())
  const registry = await startRegistry()
  const context = mkdtempSync(join(tmpdir(), 'mp-qemu-order-ctx-'))
  const results = []
  let proxy
  try {
    const images = await pushTestImages(registry.host)
    if (opts.binfmtDelay > 0) {
      proxy = await startDelayProxy(registry.host, opts.binfmtDelay)
      images.binfmt = images.binfmt.replace(registry.host, proxy.host)
    }
    const base = await pushBaseImage(registry.host) // with the host's QEMU, before any is unregistered
    writeFileSync(join(context, 'Dockerfile'), `FROM ${base}\nRUN ["sh", "-c", "uname -m > /arch"]\n`)
    for (const order of opts.orders) {
      for (let i = 0; i < opts.runs; i++) {
        const r = await oneRun(order, images, context, opts.cold, registry.host)
        results.push(r)
        console.log(JSON.stringify({ run: i + 1, ...r }))
      }
    }
  } finally {
    await proxy?.stop()
    await registry.stop()
    rmSync(context, { recursive: true, force: true })
  }
  const delay = opts.binfmtDelay ? `, binfmt image requests delayed ${opts.binfmtDelay} ms` : ''
  console.log(
    `\nqemu-order: ${opts.runs} runs per order, images ${opts.cold ? 'cold (removed first)' : 'warm'}${delay}\n`,
  )
  console.log(
    '| order | runs | arm64 listed | arm64 RUN printed aarch64 | worker logged before registration | setup median (s) |',
  )
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const order of opts.orders) {
    const rs = results.filter((r) => r.order === order)
    if (order === 'action') {
      const failed = rs.filter((r) => r.exitCode !== 0)
      console.log(
        `| action | ${rs.length} | ${rs.filter((r) => r.listsArm64).length} | - | - | - (exit code non-zero: ${failed.length}; ${[...new Set(failed.map((r) => r.error))].join(' / ')}) |`,
      )
      continue
    }
    const early = rs.filter((r) => r.worker !== undefined && r.registered !== undefined && r.worker < r.registered)
    console.log(
      `| ${order} | ${rs.length} | ${rs.filter((r) => r.listsArm64).length} | ${rs.filter((r) => r.arch === 'aarch64').length} | ${early.length} | ${fmt(median(rs.map((r) => r.setupSeconds)))} |`,
    )
  }
}

await runScript(main)
