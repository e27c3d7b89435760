import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { itgSkipReason } from './support/tools.js'
import { startRegistry, type Registry } from './support/registry.js'
import { pushBaseImage } from './support/images.js'
import { crane, errorAnnotations, exampleCopy, fileInImage, runLocal } from './support/action.js'
import { stopStarted } from './support/teardown.js'
import { defined } from '../unit/support/defined.js'

const skip = itgSkipReason()
const d = skip ? describe.skip : describe

interface Index {
  mediaType: string
  manifests: { digest: string; platform: { os: string; architecture: string } }[]
}

/** The part of the `metadata` output (buildx's metadata file) this test reads. */
interface BuildMetadata {
  'containerimage.digest'?: string
}

d('build mode, end to end: real buildx, registry and QEMU', () => {
  let reg: Registry
  let base: string
  const contexts: string[] = []
  beforeAll(async () => {
    reg = await startRegistry()
    base = pushBaseImage(reg.host)
  })
  afterAll(async () => {
    await stopStarted(reg)
    for (const c of contexts) rmSync(c, { recursive: true, force: true })
  })

  it('publishes linux/amd64 + linux/arm64, and every output matches what the registry serves', async () => {
    const context = exampleCopy(`run ${Date.now()}`)
    contexts.push(context)
    const image = `${reg.host}/acme/hello`
    const run = await runLocal({
      images: `${image}\n${reg.host}/mirror/hello`,
      tags: 'latest,v1',
      context,
      'build-args': `BASE_IMAGE=${base}`,
    })
    expect(run.main.stdout).toContain('::group::Setting up QEMU and the builder')
    expect(errorAnnotations(run.main.stdout)).toEqual([])
    expect(run.main.exitCode).toBe(0)

    const digest = run.outputs.digest as string
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(run.outputs.image).toBe(`${image}@${digest}`)
    expect(run.outputs.platforms).toBe('linux/amd64,linux/arm64')
    expect(run.outputs.tags?.split('\n')).toEqual([
      `${image}:latest`,
      `${image}:v1`,
      `${reg.host}/mirror/hello:latest`,
      `${reg.host}/mirror/hello:v1`,
    ])
    for (const ref of [`${image}:latest`, `${image}:v1`, `${reg.host}/mirror/hello:latest`]) {
      expect(crane('digest', ref).trim()).toBe(digest)
    }
    const index = JSON.parse(crane('manifest', `${image}:latest`)) as Index
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    const served = Object.fromEntries(
      index.manifests
        .filter((m) => m.platform.os !== 'unknown')
        .map((m) => [`${m.platform.os}/${m.platform.architecture}`, m.digest]),
    )
    expect(JSON.parse(run.outputs['platform-digests'] as string)).toEqual(served)
    expect(Object.keys(served)).toEqual(['linux/amd64', 'linux/arm64'])
    const arm64 = defined(served['linux/arm64'], 'linux/arm64 in the index')
    const amd64 = defined(served['linux/amd64'], 'linux/amd64 in the index')
    // the RUN step ran on each platform: under QEMU for arm64
    expect(fileInImage(`${image}@${arm64}`, '/arch').trim()).toBe('aarch64')
    expect(fileInImage(`${image}@${amd64}`, '/arch').trim()).toBe('x86_64')
    const metadata = JSON.parse(run.outputs.metadata as string) as BuildMetadata
    expect(metadata['containerimage.digest']).toBe(digest)
    expect(run.summary).toContain('| linux/arm64 | `' + arm64 + '` |')

    expect(run.post?.exitCode).toBe(0)
  })

  it('moves no tag when a platform fails to build', async () => {
    const context = exampleCopy()
    contexts.push(context)
    const image = `${reg.host}/acme/broken`
    execFileSync('sh', [
      '-c',
      `printf 'ARG BASE_IMAGE\\nFROM $BASE_IMAGE\\nARG TARGETARCH\\nRUN ["sh", "-c", "test $TARGETARCH != arm64"]\\n' > ${context}/Dockerfile`,
    ])
    const run = await runLocal({ images: image, tags: 'latest', context, 'build-args': `BASE_IMAGE=${base}` })
    expect(run.main.exitCode).not.toBe(0)
    expect(errorAnnotations(run.main.stdout).join('\n')).toMatch(
      /^the build failed at \[linux\/arm64 \d\/\d\] RUN .*exit code: 1/,
    )
    expect(() => crane('digest', `${image}:latest`)).toThrow()
  })

  it.each([
    [{ platforms: 'linux/amd65' }, /^input 'platforms': 'linux\/amd65': unknown architecture 'amd65'/],
    [{ platforms: 'arm64' }, /^input 'platforms': 'arm64' is not of the form os\/arch\[\/variant\]/],
    [{ context: '/nonexistent/ctx' }, /^input 'context': expected a readable directory/],
    [{ file: 'nope/Dockerfile' }, /^input 'file': expected a readable Dockerfile/],
    [{ tags: 'type=nightly' }, /^input 'tags': line 1/],
    [{ flavor: 'latest=maybe' }, /^input 'flavor': /],
  ])('rejects %j before anything runs, naming the input', async (inputs, message) => {
    const image = `${reg.host}/acme/badinput`
    const run = await runLocal({ images: image, tags: 'latest', context: 'examples/hello', ...inputs })
    expect(run.main.exitCode).toBe(1)
    const errors = errorAnnotations(run.main.stdout)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(message)
    expect(run.main.stdout).not.toContain('docker buildx build')
    expect(() => crane('ls', image)).toThrow()
  })
})

/** What a log reader sees: everything but the mask registrations. */
const visible = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')

d('build mode with registry login (htpasswd)', () => {
  let reg: Registry
  let open: Registry
  let base: string
  const password = 'pa$$word,with=odd-chars'
  beforeAll(async () => {
    reg = await startRegistry({ htpasswd: { username: 'ci', password } })
    open = await startRegistry()
    base = pushBaseImage(open.host)
  })
  afterAll(async () => {
    await stopStarted(reg, open)
  })

  it('pushes and tags with the given credentials, and never prints the secret', async () => {
    const run = await runLocal({
      images: `${reg.host}/acme/private`,
      tags: 'v1',
      context: 'examples/hello',
      'build-args': `BASE_IMAGE=${base}`,
      registry: reg.host,
      username: 'ci',
      password,
    })
    expect(errorAnnotations(run.main.stdout)).toEqual([])
    expect(run.main.exitCode).toBe(0)
    expect(run.outputs.digest).toMatch(/^sha256:/)
    // `::add-mask::` is the command that registers the secret with the runner, which never shows it
    const masked = run.main.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
    expect(masked).toContain(`::add-mask::${password}`)
    const all = visible(run.main.stdout) + run.main.stderr + (run.post?.stdout ?? '') + JSON.stringify(run.outputs)
    expect(all).not.toContain(password)
    expect(all).not.toContain(Buffer.from(`ci:${password}`).toString('base64'))
    expect(() => crane('digest', `${reg.host}/acme/private:v1`)).toThrow() // anonymous: refused
  })

  it('fails clearly with a wrong password and moves no tag', async () => {
    const run = await runLocal({
      images: `${reg.host}/acme/private2`,
      tags: 'v1',
      context: 'examples/hello',
      'build-args': `BASE_IMAGE=${base}`,
      registry: reg.host,
      username: 'ci',
      password: 'wrong-password',
    })
    expect(run.main.exitCode).toBe(1)
    expect(errorAnnotations(run.main.stdout).join('\n')).toMatch(/401|UNAUTHORIZED|unauthorized/)
    expect(visible(run.main.stdout) + run.main.stderr).not.toContain('wrong-password')
  })
})
