#!/usr/bin/env node
// Experiment (issue 13, item 4): can the daemon take an image's layers straight from where the Actions cache
// serves them, with no copy through the action? A loopback "facade" registry serves only the manifest, whose
// layer descriptors carry `urls` (the way foreign layers do), and the config; a blob server (a stand-in for the
// cache service's signed download URLs) serves the layers. Docker's containerd store fetches a layer from its
// `urls`, so `docker pull` from the facade reads the layers from the blob server itself, as a pull from a
// registry reads them from the registry.
//
// Compares, both images at once as the action pulls them, on a daemon of its own with its data root in memory
// (scripts/lib/bench-images.mjs): a pull from the loopback registry against a pull through the facade. Checks
// that the facade never served a layer and the blob server served every one.
//
//   node scripts/layer-urls.mjs [--runs N (default 5)]
// Needs what bench-action.mjs --images needs (docker-registry, crane, the images of ../shared/images), and root
// (the tmpfs).
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { median, parseArgs } from './lib/bench.mjs'
import { removeImages, startDaemon } from './lib/bench-images.mjs'
import { startRegistry } from './lib/registry.mjs'
import { pushTestImages } from './lib/test-images.mjs'

const { runs } = parseArgs(process.argv.slice(2))

function listen(handler) {
  const server = createServer(handler)
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** The amd64 manifest of `ref` with its layers pointed at `blobBase`, its config, and the layers' bytes. */
function facadeEntry(ref, blobBase) {
  const manifest = JSON.parse(execFileSync('crane', ['manifest', '--insecure', '--platform', 'linux/amd64', ref]))
  const repo = ref.replace(/:[^:/]*$/, '')
  const blob = (digest) => execFileSync('crane', ['blob', '--insecure', `${repo}@${digest}`], { maxBuffer: 1 << 30 })
  const layers = new Map(manifest.layers.map((l) => [l.digest, blob(l.digest)]))
  const body = Buffer.from(
    JSON.stringify({ ...manifest, layers: manifest.layers.map((l) => ({ ...l, urls: [`${blobBase}/${l.digest}`] })) }),
  )
  return {
    type: manifest.mediaType,
    body,
    digest: `sha256:${createHash('sha256').update(body).digest('hex')}`,
    config: { digest: manifest.config.digest, bytes: blob(manifest.config.digest) },
    layers,
  }
}

async function main() {
  const registry = await startRegistry()
  const daemon = await startDaemon(false, true)
  const env = { ...process.env, DOCKER_HOST: daemon.host }
  const served = { facadeLayers: 0, blobs: 0 }
  const entries = {}
  const blobServer = await listen((req, res) => {
    const bytes = Object.values(entries)
      .map((e) => e.layers.get(req.url.slice(1)))
      .find(Boolean)
    if (!bytes) return res.writeHead(404).end()
    served.blobs++
    res.writeHead(200, { 'content-length': bytes.length }).end(bytes)
  })
  const facade = await listen((req, res) => {
    if (req.url === '/v2/') return res.writeHead(200).end()
    const m = /^\/v2\/(.+)\/(manifests|blobs)\/(.+)$/.exec(req.url ?? '')
    const e = m && entries[m[1]]
    if (!e) return res.writeHead(404).end()
    if (m[2] === 'manifests') {
      const headers = { 'content-type': e.type, 'docker-content-digest': e.digest, 'content-length': e.body.length }
      return res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : e.body)
    }
    if (m[3] === e.config.digest)
      return res.writeHead(200, { 'content-length': e.config.bytes.length }).end(e.config.bytes)
    if (e.layers.has(m[3])) served.facadeLayers++
    res.writeHead(404).end()
  })
  const time = (args) =>
    new Promise((resolve, reject) => {
      const t = performance.now()
      const p = spawn('docker', args, { env, stdio: ['ignore', 'ignore', 'inherit'] })
      p.on('close', (code) =>
        code === 0 ? resolve((performance.now() - t) / 1000) : reject(new Error(`docker ${args.join(' ')}: ${code}`)),
      )
    })
  try {
    const images = await pushTestImages(registry.host)
    const viaFacade = {}
    for (const [name, ref] of Object.entries(images)) {
      entries[`facade/${name}`] = facadeEntry(ref, `http://127.0.0.1:${blobServer.address().port}`)
      viaFacade[name] = `127.0.0.1:${facade.address().port}/facade/${name}:x`
    }
    const times = { registry: { buildkit: [], binfmt: [] }, facade: { buildkit: [], binfmt: [] } }
    for (let i = 0; i < runs; i++) {
      for (const [side, refs] of i % 2 === 0
        ? [
            ['registry', images],
            ['facade', viaFacade],
          ]
        : [
            ['facade', viaFacade],
            ['registry', images],
          ]) {
        await removeImages(daemon.host, images)
        await removeImages(daemon.host, viaFacade)
        await time(['image', 'prune', '-af']) // loaded or pulled content goes with it: a fresh runner's daemon
        const [buildkit, binfmt] = await Promise.all([
          time(['pull', '-q', refs.buildkit]),
          time(['pull', '-q', refs.binfmt]),
        ])
        times[side].buildkit.push(buildkit)
        times[side].binfmt.push(binfmt)
        console.log(`round ${i + 1}/${runs} ${side}: buildkit ${buildkit.toFixed(2)} s, binfmt ${binfmt.toFixed(2)} s`)
      }
    }
    const layers = Object.values(entries).reduce((n, e) => n + e.layers.size, 0)
    if (served.facadeLayers !== 0 || served.blobs !== layers * runs) {
      throw new Error(
        `layers served by the facade ${served.facadeLayers}, by the blob server ${served.blobs} (expected ${layers * runs})`,
      )
    }
    console.log(`\nchecked: every layer (${layers} per round) came from its urls, none from the facade`)
    for (const side of ['registry', 'facade']) {
      const t = times[side]
      console.log(
        `${side}: median buildkit ${median(t.buildkit).toFixed(2)} s, binfmt ${median(t.binfmt).toFixed(2)} s`,
      )
    }
  } finally {
    blobServer.close()
    facade.close()
    await daemon.stop()
    await registry.stop()
  }
}

await main()
