#!/usr/bin/env node
// Benchmark (issue 6 "Speed"): merging 2 platforms under 3 tags, our merge vs Docker's recipe.
//
// Sources: examples/hello built for linux/amd64 and linux/arm64 separately (driver docker, network host,
// --provenance=false so each leg is one image manifest), each pushed to a temporary tag (the docker driver cannot
// push by digest) and taken by `crane digest`. Both merges read each leg's platform from its config blob.
// The legs are copied with crane into one repository per merge, so both merge the same digests in place:
//   ours (library): runMerge() with explicitLegSource(parseDigestsInput(...)), a fresh RegistryClient and a log
//                   that prints nothing, from src/ compiled into .bench/ (in-process: no process start, modules
//                   already loaded)
//   ours (action):  runAction() with mode: merge and the digests input (main + post steps, process start
//                   included)
//   docker:         docker buildx imagetools create -t reg/x:a -t reg/x:b -t reg/x:c reg/x@<amd64> reg/x@<arm64>
// One unmeasured warm-up per variant, then N runs, the variants alternating; every run is checked (the three
// tags point at one index holding both platforms). Prints median and min per variant, in seconds, and where the
// action step's time goes (its log lines timed: Node start, the merge, the exit, the post step).
//
//   node scripts/bench-merge.mjs [--runs N (default 5)]
// Needs the private dockerd (bash scripts/dockerd.sh start), docker-registry, crane, the busybox of .ci/install.sh.
import process from 'node:process'
import { now, runAction } from './run-action.mjs'
import { fmt, load, median, min, parseArgs, printTable, runScript, timed } from './lib/bench.mjs'
import {
  buildx,
  craneDigest,
  describeMachine,
  DOCKER_ENV,
  ensureDist,
  EXAMPLE_DIR,
  pushBaseImage,
  REPO_DIR,
  run,
} from './lib/docker.mjs'
import { compileLibrary } from './lib/library.mjs'
import { startRegistry } from './lib/registry.mjs'

const PLATFORMS = ['linux/amd64', 'linux/arm64']
const TAGS = ['a', 'b', 'c']

/** Builds each platform alone, pushes it to a temporary tag; returns the digests in PLATFORMS order. */
async function buildLegs(repo, base) {
  const digests = []
  for (const platform of PLATFORMS) {
    const ref = `${repo}:leg-${platform.split('/')[1]}`
    await buildx([
      '--platform',
      platform,
      '--provenance=false',
      '--build-arg',
      `BASE_IMAGE=${base}`,
      '-t',
      ref,
      '--push',
      EXAMPLE_DIR,
    ])
    digests.push(await craneDigest(ref))
  }
  return digests
}

/** The three tags point at one index that holds both platforms; returns its digest. */
async function checkMerged(repo, expected) {
  const digests = await Promise.all(TAGS.map((t) => craneDigest(`${repo}:${t}`)))
  if (new Set([...digests, expected ?? digests[0]]).size !== 1) {
    throw new Error(`${repo}: tags ${TAGS.join(', ')} point at ${digests.join(', ')}, expected ${expected}`)
  }
  const index = JSON.parse(await run('crane', ['manifest', '--insecure', `${repo}@${digests[0]}`]))
  const held = (index.manifests ?? []).map((m) => `${m.platform?.os}/${m.platform?.architecture}`)
  for (const p of PLATFORMS) if (!held.includes(p)) throw new Error(`${repo}@${digests[0]} lacks ${p}: ${held}`)
  return digests[0]
}

/** The library's Log interface (src/log.ts), printing nothing: the in-process merge is timed without a log. */
const silentLog = {
  group: (_name, fn) => fn(),
  info() {},
  notice() {},
  warning() {},
  error() {},
  debug() {},
}

function variants(registryHost, digests, lib) {
  const digestLines = (repo) => digests.map((d) => `${repo}@${d}`).join('\n')
  const out = {
    async 'ours (library)'(repo) {
      const client = new lib.RegistryClient()
      try {
        const legs = lib.explicitLegSource(lib.parseDigestsInput(digestLines(repo)), client)
        const res = await lib.runMerge(
          { images: [repo], tags: TAGS, platforms: PLATFORMS },
          { legs, registry: client, log: silentLog },
        )
        return { digest: res.digest }
      } finally {
        client.close()
      }
    },
    async docker(repo) {
      const tagArgs = TAGS.flatMap((t) => ['-t', `${repo}:${t}`])
      await run('docker', ['buildx', 'imagetools', 'create', ...tagArgs, ...digests.map((d) => `${repo}@${d}`)])
      return {}
    },
  }
  out['ours (action)'] = async (repo) => {
    const t0 = now()
    const res = await runAction({
      inputs: {
        mode: 'merge',
        digests: digestLines(repo),
        platforms: PLATFORMS.join(','),
        images: repo,
        tags: TAGS.join('\n'),
      },
      env: { DOCKER_HOST: DOCKER_ENV.DOCKER_HOST },
      cwd: REPO_DIR,
      timeLines: true,
    })
    const t1 = now()
    if (res.main.exitCode !== 0 || res.post?.exitCode !== 0) {
      throw new Error(`action exited with ${res.main.exitCode}/${res.post?.exitCode}:\n${res.main.stdout}`)
    }
    if (process.env.MP_BENCH_LINES) {
      for (const l of res.main.lines) console.error(`${((l.at - res.main.startedAt) * 1000).toFixed(1)} ${l.text}`)
    }
    return { digest: res.outputs.digest, phases: mergePhases(res, t0, t1) }
  }
  return out
}

/**
 * Where the action step's time goes: node = main's spawn to its first line; merge = its first to its last line
 * (gathering the legs, pushing, verifying and tagging the index); exit = main's last line to its exit (outputs,
 * summary); post = the post step, spawn to exit (merge mode has no post work: this is a Node start and exit);
 * rest = the harness (temporary files, reading the outputs).
 */
function mergePhases({ main, post }, t0, t1) {
  const first = main.lines[0]?.at ?? main.exitedAt
  const last = main.lines.at(-1)?.at ?? main.exitedAt
  const p = {
    node: first - main.startedAt,
    merge: last - first,
    exit: main.exitedAt - last,
    post: post.exitedAt - post.startedAt,
  }
  return { ...p, rest: t1 - t0 - Object.values(p).reduce((a, b) => a + b, 0) }
}

async function loadLibrary() {
  const compiled = await compileLibrary()
  const [merge, explicit, digests, client] = await Promise.all(
    ['src/modes/merge/run.js', 'src/handoff/explicit.js', 'src/handoff/digests.js', 'src/oci/client.js'].map((p) =>
      compiled.importModule(p),
    ),
  )
  const lib = { ...merge, ...explicit, ...digests, ...client }
  return { lib, remove: compiled.remove }
}

async function main() {
  const { runs } = parseArgs(process.argv.slice(2), { modes: ['warm'] })
  await ensureDist()
  const machine = await describeMachine()
  const loadBefore = load()
  const { lib, remove } = await loadLibrary()
  const registry = await startRegistry()
  const times = {}
  const phases = []
  try {
    const base = await pushBaseImage(registry.host)
    const legsRepo = `${registry.host}/bench/legs`
    const digests = await buildLegs(legsRepo, base)
    const all = variants(registry.host, digests, lib)
    const names = Object.keys(all)
    const repoOf = (name) => `${registry.host}/bench/${name.replace(/[^a-z]+/g, '-').replace(/-$/, '')}`
    for (const name of names) {
      for (const [i, d] of digests.entries()) {
        await run('crane', ['copy', '--insecure', `${legsRepo}@${d}`, `${repoOf(name)}:leg-${i}`])
      }
      await checkMerged(repoOf(name), (await all[name](repoOf(name))).digest) // warm-up
      times[name] = []
    }
    for (let i = 0; i < runs; i++) {
      for (const name of i % 2 === 0 ? names : [...names].reverse()) {
        let result
        const seconds = await timed(async () => (result = await all[name](repoOf(name))))
        const merged = await checkMerged(repoOf(name), result.digest)
        times[name].push(seconds)
        if (result.phases) phases.push(result.phases)
        console.log(`run ${i + 1}/${runs} ${name}: ${fmt(seconds)} s (${merged})`)
      }
    }
  } finally {
    await registry.stop()
    remove()
  }
  console.log(
    `\nbench-merge: ${machine}; 2 platforms, ${TAGS.length} tags; ${runs} runs per variant; load average ${loadBefore} before, ${load()} after; seconds\n`,
  )
  const docker = median(times.docker)
  printTable(
    ['merge', 'median', 'min', 'median / docker'],
    Object.entries(times).map(([name, t]) => [name, fmt(median(t)), fmt(min(t)), (median(t) / docker).toFixed(2)]),
  )
  console.log('\nours (action), medians per phase:\n')
  const keys = Object.keys(phases[0] ?? {})
  printTable(keys, [keys.map((k) => fmt(median(phases.map((p) => p[k]))))])
}

await runScript(main)
