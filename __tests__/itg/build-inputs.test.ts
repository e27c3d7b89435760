// build-push-action's and setup-buildx-action's inputs against the real builder (the docker-container driver with
// the real BuildKit image from ../shared/images, a registry on loopback): build-contexts, secrets and secret
// files, ssh with an agent the test starts, no-cache, call: check, load, provenance and SBOM attestations, and a
// builder with a second node that builds linux/arm64.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { ActionRun } from '../../scripts/run-action.mjs'
import { crane, errorAnnotations, exampleCopy, fileInImage } from './support/action.js'
import { readEntries } from './support/binfmt.js'
import { buildxCommandLine, expectRunSteps, uniqueExampleCopy } from './support/cache-helpers.js'
import { startGhaCache, type GhaCache } from './support/gha-cache.js'
import { dockerEnv, pushBaseImage } from './support/images.js'
import { BUSYBOX_DIR } from './support/paths.js'
import { startRegistry, type Registry } from './support/registry.js'
import { stopStarted } from './support/teardown.js'
import {
  builderName,
  containerSkipReason,
  leftBehind,
  runContainer,
  testImages,
  type TestImages,
} from './support/test-images.js'

const skip = containerSkipReason()
const d = skip ? describe.skip : describe

const NO_TRACES = { containers: [], volumes: [], builders: [], tags: [] }

interface Descriptor {
  digest: string
  platform?: { os: string; architecture: string }
  annotations?: Record<string, string>
}

function docker(args: string[], env: Record<string, string> = {}): string {
  return execFileSync('docker', args, { env: dockerEnv(env), stdio: ['ignore', 'pipe', 'pipe'] }).toString()
}

/** A context folder with this Dockerfile (and whatever files are given). */
function context(dockerfile: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mp-inputs-'))
  writeFileSync(join(dir, 'Dockerfile'), dockerfile)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

/** Every blob an index refers to (its images' and its attestations' configs and layers), uncompressed. */
function blobsOf(image: string, digest: string): Buffer[] {
  const index = JSON.parse(crane('manifest', `${image}@${digest}`)) as { manifests: Descriptor[] }
  return index.manifests.flatMap((m) => {
    const manifest = JSON.parse(crane('manifest', `${image}@${m.digest}`)) as {
      config: Descriptor
      layers: Descriptor[]
    }
    return [manifest.config, ...manifest.layers].map((b) => {
      const bytes = execFileSync('crane', ['blob', '--insecure', `${image}@${b.digest}`], { maxBuffer: 256 << 20 })
      return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes
    })
  })
}

/** Lines of a step's output that show `secret`, other than the ::add-mask:: commands that tell the runner to hide it. */
function shown(run: ActionRun, secret: string): string[] {
  const all = [run.main.stdout, run.main.stderr, run.post?.stdout ?? '', run.post?.stderr ?? ''].join('\n')
  return all.split('\n').filter((l) => l.includes(secret) && !l.startsWith('::add-mask::'))
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

d('build-push-action and setup-buildx-action inputs, with the real BuildKit', () => {
  let images: TestImages
  let reg: Registry
  let base: string
  const dirs: string[] = []
  const keep = (dir: string) => (dirs.push(dir), dir)

  beforeAll(async () => {
    images = testImages() as TestImages
    reg = await startRegistry()
    base = pushBaseImage(reg.host)
  })
  afterAll(async () => {
    await stopStarted(reg)
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  it('build-contexts: a named context a COPY --from reads', async () => {
    const extra = keep(context('', { 'extra.txt': 'from the extra context\n' }))
    const dir = keep(context('ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCOPY --from=extra extra.txt /extra.txt\n'))
    const image = `${reg.host}/acme/contexts`
    const run = await runContainer({
      images: image,
      tags: 'latest',
      platforms: 'linux/amd64',
      context: dir,
      'build-args': `BASE_IMAGE=${base}`,
      'build-contexts': `extra=${extra}`,
    })
    expect(errorAnnotations(run.main.stdout)).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(buildxCommandLine(run.main.stdout)).toContain(` --build-context extra=${extra} `)
    expect(fileInImage(`${image}:latest`, '/extra.txt')).toBe('from the extra context\n')
    expect(leftBehind(run.main.stdout)).toEqual(NO_TRACES)
  })

  describe('secrets: a secret file and a multi-line secret reach RUN --mount=type=secret, and nothing else', () => {
    const fileSecret = `file-secret-${String(Date.now())}`
    const lineTwo = `second-line-${String(process.pid)}`
    const multi = `first-line\n${lineTwo}`
    let run: ActionRun
    const image = () => `${reg.host}/acme/secrets`

    beforeAll(async () => {
      const dir = keep(
        context(
          'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n' +
            'RUN --mount=type=secret,id=token --mount=type=secret,id=multi ' +
            'sha256sum /run/secrets/token /run/secrets/multi | cut -d" " -f1 > /proof\n',
        ),
      )
      const files = keep(mkdtempSync(join(tmpdir(), 'mp-secret-')))
      writeFileSync(join(files, 'token.txt'), fileSecret)
      run = await runContainer({
        images: image(),
        tags: 'latest',
        platforms: 'linux/amd64,linux/arm64',
        context: dir,
        'build-args': `BASE_IMAGE=${base}`,
        'secret-files': `token=${join(files, 'token.txt')}`,
        secrets: `"multi=${multi}"`,
      })
    })

    it('builds, and the RUN step read both secrets as they are', () => {
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      for (const platform of ['linux/amd64', 'linux/arm64']) {
        const digests = JSON.parse(run.outputs['platform-digests'] as string) as Record<string, string>
        expect(fileInImage(`${image()}@${digests[platform] as string}`, '/proof')).toBe(
          `${sha256(fileSecret)}\n${sha256(multi)}\n`,
        )
      }
    })

    it('passes them to buildx by file path and environment, never on the command line', () => {
      const line = buildxCommandLine(run.main.stdout)
      expect(line).toContain(' --secret id=multi,env=MULTIARCH_PUBLISH_SECRET_0 ')
      expect(line).toMatch(/ --secret id=token,src=\S+token\.txt /)
    })

    it('is in no layer, no config and no attestation of the pushed index', () => {
      const blobs = blobsOf(image(), run.outputs.digest as string)
      expect(blobs.length).toBeGreaterThan(6) // 2 images (config + 2 layers each) and 2 attestations
      // the search sees the layers' content: what the RUN step wrote (the secrets' hashes) is there
      expect(blobs.some((b) => b.includes(sha256(fileSecret)))).toBe(true)
      for (const secret of [fileSecret, lineTwo]) {
        expect(blobs.filter((b) => b.includes(secret))).toEqual([])
      }
    })

    it('is in no log line: only in the ::add-mask:: commands that make the runner mask it', () => {
      for (const secret of [fileSecret, lineTwo]) {
        expect(shown(run, secret)).toEqual([])
        expect(run.main.stdout).toContain(`::add-mask::${secret}`)
      }
    })
  })

  describe('ssh: an ssh-agent started by the test', () => {
    let agent: ChildProcess | undefined
    let dir: string
    let sock: string
    let publicKey: string

    beforeAll(async () => {
      dir = keep(mkdtempSync(join(tmpdir(), 'mp-ssh-')))
      sock = join(dir, 'agent.sock')
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'mp-itg', '-f', join(dir, 'key')])
      publicKey = readFileSync(join(dir, 'key.pub'), 'utf8').trim()
      agent = spawn('ssh-agent', ['-D', '-a', sock], { stdio: 'ignore' })
      for (let i = 0; i < 50 && spawnSync('test', ['-S', sock]).status !== 0; i++) {
        await new Promise((r) => setTimeout(r, 100))
      }
      execFileSync('ssh-add', [join(dir, 'key')], { env: { ...process.env, SSH_AUTH_SOCK: sock }, stdio: 'ignore' })
    })
    afterAll(() => {
      agent?.kill()
    })

    it('forwards the agent to RUN --mount=type=ssh (ssh-add lists its key), and a missing socket is bad input', async () => {
      // the BuildKit image has openssh-client; only the key list leaves the probe stage
      const ctx = keep(
        context(
          `FROM ${images.buildkit} AS probe\nRUN --mount=type=ssh ssh-add -L > /keys\n` +
            'FROM scratch\nCOPY --from=probe /keys /keys\n',
        ),
      )
      const image = `${reg.host}/acme/ssh`
      const run = await runContainer(
        { images: image, tags: 'latest', platforms: 'linux/amd64', context: ctx, ssh: 'default' },
        { SSH_AUTH_SOCK: sock },
      )
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      expect(buildxCommandLine(run.main.stdout)).toContain(' --ssh default ')
      expect(fileInImage(`${image}:latest`, '/keys').trim()).toBe(publicKey)

      const missing = await runContainer(
        { images: image, tags: 'bad', platforms: 'linux/amd64', context: ctx, ssh: 'default' },
        { SSH_AUTH_SOCK: join(dir, 'no-agent.sock') },
      )
      expect(missing.main.exitCode).toBe(1)
      expect(errorAnnotations(missing.main.stdout)).toEqual([
        `input 'ssh': line 1: the ssh-agent socket SSH_AUTH_SOCK=${join(dir, 'no-agent.sock')} does not exist`,
      ])
      // nothing started: no builder created
      expect(builderName(missing.main.stdout)).toBeUndefined()
    })
  })

  describe('no-cache: the gha cache holds every step, and no-cache builds them all again', () => {
    let gha: GhaCache
    beforeAll(async () => {
      gha = await startGhaCache()
    })
    afterAll(() => stopStarted(gha))

    it('runs every RUN step again, on both platforms', async () => {
      const dir = keep(uniqueExampleCopy('no-cache'))
      const inputs = {
        images: `${reg.host}/acme/no-cache`,
        tags: 'latest',
        context: dir,
        'build-args': `BASE_IMAGE=${base}`,
      }
      const steps = (cached: boolean) =>
        Object.fromEntries(
          ['linux/amd64 2/4', 'linux/amd64 3/4', 'linux/arm64 2/4', 'linux/arm64 3/4'].map((s) => [s, cached]),
        )
      const first = await runContainer(inputs, gha.env)
      expect(first.main.exitCode).toBe(0)
      const cached = await runContainer(inputs, gha.env)
      expectRunSteps(cached.main.stdout, steps(true)) // the cache works: without no-cache, every step is CACHED
      const fresh = await runContainer({ ...inputs, 'no-cache': 'true' }, gha.env)
      expect(errorAnnotations(fresh.main.stdout)).toEqual([])
      expect(buildxCommandLine(fresh.main.stdout)).toContain(' --no-cache ')
      expectRunSteps(fresh.main.stdout, steps(false))
    })
  })

  describe('call: check', () => {
    it('fails the step on a Dockerfile finding and pushes nothing', async () => {
      const dir = keep(context('ARG BASE_IMAGE\nFROM ${BASE_IMAGE} as base\nRUN true\n'))
      const image = `${reg.host}/acme/check-bad`
      const run = await runContainer({
        images: image,
        tags: 'latest',
        context: dir,
        'build-args': `BASE_IMAGE=${base}`,
        call: 'check',
      })
      expect(run.main.exitCode).toBe(1)
      const errors = errorAnnotations(run.main.stdout).join('\n')
      expect(errors).toContain('call: check failed (exit code 1)')
      expect(errors).toContain('FromAsCasing')
      expect(buildxCommandLine(run.main.stdout)).toContain(' --call check ')
      expect(buildxCommandLine(run.main.stdout)).not.toContain('--output')
      expect(() => crane('ls', image)).toThrow()
      expect(leftBehind(run.main.stdout)).toEqual(NO_TRACES)
    })

    it('passes a clean Dockerfile, pushing nothing', async () => {
      const dir = keep(context('ARG BASE_IMAGE=busybox\nFROM ${BASE_IMAGE} AS base\nRUN true\n'))
      const image = `${reg.host}/acme/check-ok`
      const run = await runContainer({
        images: image,
        tags: 'latest',
        context: dir,
        'build-args': `BASE_IMAGE=${base}`,
        call: 'check',
      })
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      expect(run.main.stdout).toContain('Check complete, no warnings found.')
      expect(run.outputs.digest).toBe('')
      expect(run.summary).toContain('`call: check`: no problem found; nothing was built or pushed.')
      expect(() => crane('ls', image)).toThrow()
    })
  })

  describe('load', () => {
    const loaded: string[] = []
    afterAll(() => {
      for (const ref of loaded) spawnSync('docker', ['image', 'rm', ref], { env: dockerEnv() })
    })

    it('pushes by digest, verifies, tags, and loads both platforms into Docker (containerd image store)', async () => {
      const image = `${reg.host}/acme/load`
      const dir = keep(exampleCopy(`load ${String(Date.now())}`))
      const run = await runContainer({
        images: image,
        tags: 'v1',
        context: dir,
        'build-args': `BASE_IMAGE=${base}`,
        load: 'true',
      })
      loaded.push(`${image}:v1`)
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      expect(buildxCommandLine(run.main.stdout)).toContain(` --output type=docker,"name=${image}:v1" `)
      // the registry tag is the verified index
      expect(crane('digest', `${image}:v1`).trim()).toBe(run.outputs.digest)
      expect(run.outputs.platforms).toBe('linux/amd64,linux/arm64')
      for (const arch of ['amd64', 'arm64']) {
        expect(
          docker([
            'image',
            'inspect',
            '--platform',
            `linux/${arch}`,
            '--format',
            '{{.Architecture}}',
            `${image}:v1`,
          ]).trim(),
        ).toBe(arch)
      }
      expect(run.outputs.imageid).toMatch(/^sha256:[0-9a-f]{64}$/)
    })

    it('loads one platform without pushing; imageid is its image ID', async () => {
      const dir = keep(exampleCopy(`load-one ${String(Date.now())}`))
      const run = await runContainer({
        images: `${reg.host}/acme/load-one`,
        tags: 'local',
        platforms: 'linux/arm64',
        context: dir,
        'build-args': `BASE_IMAGE=${base}`,
        push: 'false',
        load: 'true',
      })
      loaded.push(`${reg.host}/acme/load-one:local`)
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      expect(run.outputs.digest).toBe('')
      const id = run.outputs.imageid as string
      expect(id).toMatch(/^sha256:[0-9a-f]{64}$/)
      // buildx's --iidfile: the config digest when the exporter gives one, else the image's (the docker exporter's)
      expect((JSON.parse(run.outputs.metadata as string) as Record<string, string>)['containerimage.digest']).toBe(id)
      expect(docker(['image', 'inspect', '--format', '{{.Id}}', `${reg.host}/acme/load-one:local`]).trim()).toBe(id)
      expect(
        docker(['image', 'inspect', '--format', '{{.Architecture}}', `${reg.host}/acme/load-one:local`]).trim(),
      ).toBe('arm64')
      expect(() => crane('ls', `${reg.host}/acme/load-one`)).toThrow()
    })
  })

  describe('attestations: provenance by default, SBOM with sbom: true', () => {
    let run: ActionRun
    let scannerRegistry: Registry
    const image = () => `${reg.host}/acme/attested`

    beforeAll(async () => {
      // BuildKit's SBOM generator (docker/buildkit-syft-scanner) cannot be pulled here: a stand-in with its protocol
      // (writes an SPDX in-toto statement to $BUILDKIT_SCAN_DESTINATION) is served under its name through a
      // registry mirror for docker.io, so that sbom: true runs as it does on a runner
      scannerRegistry = await startRegistry()
      const ctx = keep(mkdtempSync(join(tmpdir(), 'mp-scanner-')))
      cpSync(join(BUSYBOX_DIR, 'amd64', 'bin', 'busybox'), join(ctx, 'busybox'))
      const statement = JSON.stringify({
        _type: 'https://in-toto.io/Statement/v0.1',
        predicateType: 'https://spdx.dev/Document',
        predicate: { spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'stand-in', packages: [] },
      })
      writeFileSync(
        join(ctx, 'scan.sh'),
        `/bin/busybox echo '${statement}' > "$BUILDKIT_SCAN_DESTINATION/sbom.spdx.json"\n`,
      )
      writeFileSync(
        join(ctx, 'Dockerfile'),
        'FROM scratch\nCOPY busybox /bin/busybox\nCOPY scan.sh /scan.sh\nENTRYPOINT ["/bin/busybox", "sh", "/scan.sh"]\n',
      )
      docker([
        'buildx',
        'build',
        '--builder',
        'default',
        '--platform',
        'linux/amd64',
        '--provenance=false',
        '-t',
        `${scannerRegistry.host}/docker/buildkit-syft-scanner:stable-1`,
        '--push',
        ctx,
      ])
      const dir = keep(exampleCopy(`attested ${String(Date.now())}`))
      run = await runContainer({
        images: image(),
        tags: 'latest',
        context: dir,
        'build-args': `BASE_IMAGE=${base}`,
        sbom: 'true',
        'buildkitd-config-inline': [
          '[registry."docker.io"]',
          `  mirrors = ["${scannerRegistry.host}"]`,
          `[registry."${scannerRegistry.host}"]`,
          '  http = true',
        ].join('\n'),
      })
    })
    afterAll(() => stopStarted(scannerRegistry))

    it("asks buildx for build-push-action's default provenance and an SBOM", () => {
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      const line = buildxCommandLine(run.main.stdout)
      expect(line).toContain(' --attest type=provenance,mode=max')
      expect(line).toContain(' --attest type=sbom,disabled=false ')
    })

    it('pushes an index that holds an attestation manifest per platform; the outputs list only the platforms', () => {
      const index = JSON.parse(crane('manifest', `${image()}:latest`)) as { manifests: Descriptor[] }
      const attestations = index.manifests.filter(
        (m) => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest',
      )
      const platformDigests = JSON.parse(run.outputs['platform-digests'] as string) as Record<string, string>
      expect(Object.keys(platformDigests)).toEqual(['linux/amd64', 'linux/arm64'])
      expect(run.outputs.platforms).toBe('linux/amd64,linux/arm64')
      expect(attestations.map((a) => a.annotations?.['vnd.docker.reference.digest']).sort()).toEqual(
        Object.values(platformDigests).sort(),
      )
      for (const a of attestations) {
        const manifest = JSON.parse(crane('manifest', `${image()}@${a.digest}`)) as { layers: Descriptor[] }
        expect(manifest.layers.map((l) => l.annotations?.['in-toto.io/predicate-type']).sort()).toEqual([
          'https://slsa.dev/provenance/v1',
          'https://spdx.dev/Document',
        ])
      }
    })

    it('says in the summary which attestations were pushed', () => {
      expect(run.summary).toContain(
        'Attestations pushed: provenance (SLSA v1) for linux/amd64, linux/arm64; SBOM (SPDX) for linux/amd64, linux/arm64',
      )
    })
  })

  describe('nodes: a second docker-container node builds linux/arm64', () => {
    let run: ActionRun
    let config: string
    let builder: string
    let nodeLog = ''
    let during = { containers: [] as string[], volumes: [] as string[] }
    const image = () => `${reg.host}/acme/nodes`
    const traces = (name: string) => ({
      containers: docker(['ps', '-a', '--filter', `name=buildx_buildkit_${name}`, '--format', '{{.Names}}'])
        .split('\n')
        .filter(Boolean)
        .sort(),
      volumes: docker(['volume', 'ls', '--filter', `name=buildx_buildkit_${name}`, '--format', '{{.Name}}'])
        .split('\n')
        .filter(Boolean)
        .sort(),
    })

    beforeAll(async () => {
      // the node stands for an arm64 machine: a second BuildKit of the same daemon, reached through a Docker context
      // (buildx refuses two nodes with the same endpoint); RUN steps there use the machine's registered emulator
      const aarch64 = readEntries().find((e) => e.name === 'qemu-aarch64')
      if (!aarch64?.enabled)
        throw new Error('this test needs qemu-aarch64 registered on the machine (bash .ci/install.sh)')
      config = keep(mkdtempSync(join(tmpdir(), 'mp-docker-config-')))
      mkdirSync(join(config, 'contexts'), { recursive: true })
      docker(['context', 'create', 'mp-arm-node', '--docker', `host=${dockerEnv().DOCKER_HOST as string}`], {
        DOCKER_CONFIG: config,
      })
      const dir = keep(exampleCopy(`nodes ${String(Date.now())}`))
      run = await runContainer(
        {
          images: image(),
          tags: 'v1',
          context: dir,
          'build-args': `BASE_IMAGE=${base}`,
          nodes: `endpoint=mp-arm-node,platforms=linux/arm64,driver-opts=network=host,buildkitd-flags=--debug`,
        },
        { DOCKER_CONFIG: config },
        {
          beforePost: ({ main }) => {
            builder = builderName(main.stdout) as string
            during = traces(builder)
            nodeLog = spawnSync('docker', ['logs', `buildx_buildkit_${builder}1`], {
              env: dockerEnv(),
            }).stderr.toString()
          },
        },
      )
    })

    it('appends the node with its platform, and fixes the first node to the others', () => {
      expect(errorAnnotations(run.main.stdout)).toEqual([])
      expect(run.main.exitCode).toBe(0)
      const commands = run.main.stdout
        .split('\n')
        .filter((l) => l.startsWith('[command]') && l.includes(' buildx create '))
      expect(commands).toHaveLength(2)
      expect(commands[0]).toContain(
        `--driver-opt image=${images.buildkit} --driver-opt network=host --platform linux/amd64`,
      )
      expect(commands[1]).toMatch(
        new RegExp(
          ` buildx create --name ${builder} --append --driver-opt image=\\S+ --driver-opt network=host --buildkitd-flags --debug --platform linux/arm64 mp-arm-node$`,
        ),
      )
      expect(during.containers).toEqual([`buildx_buildkit_${builder}0`, `buildx_buildkit_${builder}1`])
    })

    it('sets up no emulator for the platform the node builds', () => {
      expect(run.main.stdout).toContain('QEMU: linux/arm64 built on appended nodes (natively there): no emulator here')
      expect(run.main.stdout).not.toContain(' run --privileged ')
    })

    it('builds linux/arm64 on the appended node: buildx says so, and that BuildKit ran the RUN steps', () => {
      expect(run.main.stdout).toContain(`linux/arm64 built on node ${builder}1`)
      expect(run.main.stdout).toContain(`linux/amd64 built on node ${builder}0`)
      const metadata = JSON.parse(run.outputs.metadata as string) as { nodes: Record<string, string>[] }
      expect(metadata.nodes.map((n) => n['buildx.build.ref']?.split('/')[1])).toEqual([`${builder}0`, `${builder}1`])
      // the node's buildkitd (--debug) logged the RUN step it ran
      expect(nodeLog).toMatch(/msg="> creating \S+ \[sh -c uname -m > \/arch\]"/)
    })

    it('joins both into one verified index under the tag; the image of each platform ran its RUN steps', () => {
      const digest = run.outputs.digest as string
      expect(crane('digest', `${image()}:v1`).trim()).toBe(digest)
      const digests = JSON.parse(run.outputs['platform-digests'] as string) as Record<string, string>
      expect(Object.keys(digests)).toEqual(['linux/amd64', 'linux/arm64'])
      expect(fileInImage(`${image()}@${digests['linux/arm64'] as string}`, '/arch').trim()).toBe('aarch64')
      expect(fileInImage(`${image()}@${digests['linux/amd64'] as string}`, '/arch').trim()).toBe('x86_64')
      // no other tag: buildx's own multi-node build would have pushed its merged index under latest
      expect(crane('ls', image()).trim().split('\n')).toEqual(['v1'])
    })

    it('the post step removes both nodes: containers and volumes', () => {
      expect(run.post?.exitCode).toBe(0)
      expect(traces(builder)).toEqual({ containers: [], volumes: [] })
      docker(['context', 'rm', 'mp-arm-node'], { DOCKER_CONFIG: config })
    })
  })
})
