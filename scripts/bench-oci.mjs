// Benchmark (not a test): compose and push an index of 2 platforms under 3 tags against a local registry,
// with our OCI client and with `docker buildx imagetools create`, and print the times side by side.
//
// Run from the repository root:   node scripts/bench-oci.mjs [runs]
// It compiles src/oci with `npx tsc` into a temporary directory (no bundler, no test runner), starts Debian's
// docker-registry on a free loopback port, pushes two small single-platform images with the client, then times
// each way of merging them. The merge targets the legs' repository (as a publish does: legs pushed by digest,
// then merged); a fresh target repository is timed for our client only, because imagetools create pushing
// several tags into a fresh repository races with itself on Distribution 2.8 (400 on the index PUT).
// Needs docker (DOCKER_HOST of the private daemon) with buildx. Loopback only.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'

const RUNS = Number(process.argv[2] ?? 5)
const TAGS = ['1.0.0', '1.0', 'latest']
const work = mkdtempSync(join(tmpdir(), 'mp-bench-oci-'))
const env = { ...process.env, DOCKER_HOST: process.env.DOCKER_HOST ?? 'unix:///run/multiarch-publish/docker.sock' }

function compile() {
  const out = join(work, 'js')
  const files = readdirSync('src/oci')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('src/oci', f))
  const flags = ['--outDir', out, '--rootDir', 'src', '--module', 'NodeNext', '--moduleResolution', 'NodeNext']
  execFileSync('npx', ['tsc', ...flags, '--target', 'ES2022', '--skipLibCheck', '--types', 'node', ...files], {
    stdio: 'inherit',
  })
  writeFileSync(join(out, 'package.json'), '{"type":"module"}')
  return out
}

const freePort = () =>
  new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => ok(port))
    })
  })

async function startRegistry() {
  const port = await freePort()
  const config = join(work, 'registry.yml')
  const yaml = `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(work, 'data')}\nhttp:\n  addr: 127.0.0.1:${port}\n`
  writeFileSync(config, yaml)
  const log = openSync(join(work, 'registry.log'), 'a')
  const child = spawn('docker-registry', ['serve', config], { stdio: ['ignore', log, log] })
  for (let i = 0; i < 100; i++) {
    const up = await new Promise((ok) =>
      connect(port, '127.0.0.1', function () {
        this.end()
        ok(true)
      }).once('error', () => ok(false)),
    )
    if (up) return { host: `127.0.0.1:${port}`, child }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('registry did not start')
}

async function pushLeg(oci, client, repo, architecture, tag) {
  const enc = (v) => Buffer.from(JSON.stringify(v))
  const layer = randomBytes(64 * 1024)
  const layerDigest = await client.pushBlob(repo, layer)
  const config = enc({ architecture, os: 'linux', rootfs: { type: 'layers', diff_ids: [layerDigest] } })
  const configDigest = await client.pushBlob(repo, config)
  const { MediaType } = oci.types
  const manifest = enc({
    schemaVersion: 2,
    mediaType: MediaType.OCI_MANIFEST,
    config: { mediaType: MediaType.OCI_CONFIG, digest: configDigest, size: config.length },
    layers: [{ mediaType: MediaType.OCI_LAYER_GZIP, digest: layerDigest, size: layer.length }],
  })
  const digest = await client.putManifest(oci.reference.withTag(repo, tag), manifest, MediaType.OCI_MANIFEST)
  return { mediaType: MediaType.OCI_MANIFEST, digest, size: manifest.length, platform: { os: 'linux', architecture } }
}

async function ours(oci, host, legs, run, repository) {
  const { RegistryClient } = oci.client
  const { parseReference, withDigest, withTag } = oci.reference
  const client = new RegistryClient()
  const from = parseReference(`${host}/bench/legs`)
  const to = parseReference(`${host}/${repository}`)
  const t0 = performance.now()
  await Promise.all(legs.map((l) => client.copyManifest(withDigest(from, l.digest), to)))
  const bytes = oci.index.indexBytes(oci.index.composeIndex(legs))
  const tags = TAGS.map((t) => `ours${run}-${t}`)
  await Promise.all(tags.map((t) => client.putManifest(withTag(to, t), bytes, oci.types.MediaType.OCI_INDEX)))
  const ms = performance.now() - t0
  client.close()
  return ms
}

function imagetools(host, legs, run) {
  const tags = TAGS.flatMap((t) => ['-t', `${host}/bench/legs:theirs${run}-${t}`])
  const sources = legs.map((l) => `${host}/bench/legs@${l.digest}`)
  const t0 = performance.now()
  const r = spawnSync('docker', ['buildx', 'imagetools', 'create', '--builder', 'default', ...tags, ...sources], {
    env,
  })
  if (r.status !== 0) throw new Error(`imagetools create failed (${r.status}): ${r.stderr}${r.stdout}${r.error ?? ''}`)
  return performance.now() - t0
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main() {
  const out = compile()
  const load = (m) => import(resolve(out, 'oci', `${m}.js`))
  const oci = {
    client: await load('client'),
    index: await load('index'),
    reference: await load('reference'),
    types: await load('types'),
  }
  const reg = await startRegistry()
  try {
    const seed = new oci.client.RegistryClient()
    const repo = oci.reference.parseReference(`${reg.host}/bench/legs`)
    const legs = [await pushLeg(oci, seed, repo, 'amd64', 'a'), await pushLeg(oci, seed, repo, 'arm64', 'b')]
    seed.close()
    const a = []
    const b = []
    const c = []
    for (let run = 0; run < RUNS; run++) {
      a.push(await ours(oci, reg.host, legs, run, 'bench/legs'))
      b.push(imagetools(reg.host, legs, run))
      c.push(await ours(oci, reg.host, legs, run, `bench/fresh${run}`))
    }
    const fmt = (xs) =>
      `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`
    console.log(`index of 2 platforms under ${TAGS.length} tags, ${RUNS} runs`)
    console.log(`| src/oci RegistryClient, same repository as the legs | ${fmt(a)} |`)
    console.log(`| docker buildx imagetools create, same repository | ${fmt(b)} |`)
    console.log(`| src/oci RegistryClient, fresh repository (mounts) | ${fmt(c)} |`)
  } finally {
    reg.child.kill('SIGTERM')
    rmSync(work, { recursive: true, force: true })
  }
}

await main()
