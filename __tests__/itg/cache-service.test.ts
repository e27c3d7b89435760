/**
 * The cache service read directly (src/cache-service) against the emulator, on both APIs: entries that
 * @actions/cache saved are found under the same key and version, streamed through tar (as the action does into
 * `docker load`) byte for byte; the pipeline's failures name what failed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { saveCache } from '@actions/cache'
import { randomBytes } from 'node:crypto'
import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { lookupEntry, openEntry } from '../../src/cache-service/client.js'
import { cacheServiceOf, entryVersion, unpackToStdout, type CacheService } from '../../src/cache-service/service.js'
import { actionsImageCache, compressionOf } from '../../src/modes/build/image-cache.js'
import { nodeTransport } from '../../src/oci/transport.js'
import { runPipeline, type Stage } from '../../src/tools/pipeline.js'
import { CommandError, execRunner, runChecked } from '../../src/tools/runner.js'
import { startGhaCache, withEnv, type GhaCache } from './support/gha-cache.js'

const PATH = '.multiarch-publish-images/img.tar'

describe.each([['v2'], ['v1']])('the Actions cache read directly (%s API)', (api) => {
  let gha: GhaCache
  let ws: string
  let service: CacheService
  const t = nodeTransport()
  const content = randomBytes(3 << 20).toString('base64') // 4 MiB of text that zstd cannot shrink much
  const older = 'older copy\n'
  beforeAll(async () => {
    gha = await startGhaCache(api === 'v1' ? ['--api', 'v1'] : [])
    ws = mkdtempSync(join(tmpdir(), 'mp-cache-service-'))
    mkdirSync(join(ws, '.multiarch-publish-images'))
    const cwd = process.cwd()
    process.chdir(ws)
    try {
      await withEnv({ ...gha.env, GITHUB_WORKSPACE: ws, RUNNER_TEMP: ws }, async () => {
        writeFileSync(join(ws, PATH), older)
        expect(await saveCache([PATH], 'img-amd64-sha256-1')).toBeGreaterThan(0)
        writeFileSync(join(ws, PATH), content)
        expect(await saveCache([PATH], 'img-amd64-sha256-2')).toBeGreaterThan(0)
      })
    } finally {
      process.chdir(cwd)
    }
    const s = cacheServiceOf(gha.env)
    if (!s) throw new Error(`no cache service in ${JSON.stringify(gha.env)}`)
    service = s
  })
  afterAll(async () => {
    t.close?.()
    await gha.stop()
    rmSync(ws, { recursive: true, force: true })
  })

  it(`is the ${api} API`, () => {
    expect(service.api).toBe(api)
  })

  it('finds what @actions/cache saved: by its key, and the newest by a prefix; nothing under another version', async () => {
    const compression = await compressionOf(execRunner)
    expect(compression).toBe('zstd-without-long') // .ci/install.sh installs zstd, as hosted runners have it
    const version = entryVersion([PATH], compression)
    expect((await lookupEntry(service, ['img-amd64-sha256-1'], version, t))?.key).toBe('img-amd64-sha256-1')
    expect((await lookupEntry(service, ['img-amd64-', 'img-amd64-'], version, t))?.key).toBe('img-amd64-sha256-2')
    expect(await lookupEntry(service, ['img-arm64-', 'img-arm64-'], version, t)).toBeUndefined()
    expect(await lookupEntry(service, ['img-amd64-sha256-1'], entryVersion([PATH], 'gzip'), t)).toBeUndefined()
    expect(
      await lookupEntry(service, ['img-amd64-sha256-1'], entryVersion(['other.tar'], compression), t),
    ).toBeUndefined()
  })

  it('streams an entry through tar to its file, byte for byte', async () => {
    const compression = await compressionOf(execRunner)
    const hit = await lookupEntry(service, ['img-amd64-sha256-2'], entryVersion([PATH], compression), t)
    if (!hit) throw new Error('no entry')
    const out = await runPipeline(await openEntry(hit, t), unpackToStdout(compression))
    expect(out.length).toBe(content.length)
    expect(out === content).toBe(true)
    const both = await runPipeline(await openEntry(hit, t), [
      ...unpackToStdout(compression),
      { command: 'wc', args: ['-c'] },
    ])
    expect(both.trim()).toBe(String(content.length))
  })

  it("the action's image cache: finds the entry (its signed URL masked) and streams it through unzstd and tar into the loader", async () => {
    const masked: string[] = []
    const loaded: string[] = []
    const docker = {
      loadImageStream: async (source: Readable, unpack: readonly Stage[] = []) => {
        loaded.push(await runPipeline(source, unpack))
      },
    }
    const cache = actionsImageCache(service, execRunner, docker, (v) => masked.push(v))
    const hit = await cache.find(PATH, 'img-amd64-', ['img-amd64-'])
    expect(hit?.key).toBe('img-amd64-sha256-2')
    expect(masked).toEqual([hit?.url])
    if (!hit) throw new Error('no entry')
    await cache.load(hit)
    expect(loaded).toHaveLength(1)
    expect(loaded[0] === content).toBe(true)
    expect(cache.writable).toBe(true)
    // a job that may not read the cache asks nothing
    const blind = actionsImageCache(
      { ...service, readable: false, url: 'http://127.0.0.1:1/' },
      execRunner,
      docker,
      () => {},
    )
    expect(await blind.find(PATH, 'img-amd64-', ['img-amd64-'])).toBeUndefined()
  })

  it('refuses a token without rights: the lookup throws, naming the answer', async () => {
    await expect(lookupEntry({ ...service, token: 'bogus' }, ['img-amd64-sha256-1'], 'V', t)).rejects.toThrow(
      /the cache service answered 40[13]/,
    )
  })
})

describe('an entry @actions/cache compressed with gzip (a runner without zstd)', () => {
  it('streams through gzip and tar to its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mp-cache-gzip-'))
    try {
      const content = randomBytes(1 << 20).toString('base64')
      mkdirSync(join(dir, 'd'))
      writeFileSync(join(dir, 'd', 'img.tar'), content)
      // as @actions/cache packs it without zstd: tar -z, --posix, the path relative to the workspace
      await runChecked(execRunner, 'tar', ['-czf', join(dir, 'cache.tgz'), '--posix', '-C', dir, 'd/img.tar'], {
        silent: true,
      })
      const out = await runPipeline(createReadStream(join(dir, 'cache.tgz')), unpackToStdout('gzip'))
      expect(out === content).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('runPipeline (processes joined by pipes)', () => {
  const text = (s: string) => Readable.from([Buffer.from(s)])

  it('feeds the source through every stage and gives the last one stdout', async () => {
    expect(
      await runPipeline(text('b\na\nc\n'), [
        { command: 'sort', args: [] },
        { command: 'head', args: ['-n', '2'] },
      ]),
    ).toBe('a\nb\n')
  })

  it('a stage that fails: a CommandError with its exit code and stderr', async () => {
    const e = await runPipeline(text('x'), [
      { command: 'cat', args: [] },
      { command: 'sh', args: ['-c', 'cat >/dev/null; echo refused >&2; exit 3'] },
    ]).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(CommandError)
    expect((e as CommandError).exitCode).toBe(3)
    expect((e as CommandError).message).toBe(
      'sh -c cat >/dev/null; echo refused >&2; exit 3 exited with code 3:\nrefused',
    )
  })

  it('a reader that dies early fails its writer too: both are named, in order', async () => {
    const big = Readable.from([Buffer.alloc(8 << 20)])
    const e = (await runPipeline(big, [
      { command: 'cat', args: [] },
      { command: 'sh', args: ['-c', 'exit 4'] },
    ]).catch((x: unknown) => x)) as Error
    expect(e.message).toMatch(
      /^cat {2}(exited with code \d+|exited with code -1:\nkilled by SIGPIPE)[\s\S]*\nsh -c exit 4 exited with code 4$/,
    )
  })

  it('a source that breaks: its error, not the stages it starved', async () => {
    async function* broken() {
      yield Buffer.from('partial')
      await Promise.resolve()
      throw new Error('the download stopped: ECONNRESET')
    }
    await expect(runPipeline(Readable.from(broken()), [{ command: 'wc', args: ['-c'] }])).rejects.toThrow(
      'the download stopped: ECONNRESET',
    )
  })

  it('a program that is not there: an error naming it', async () => {
    const e = (await runPipeline(text('x'), [{ command: 'no-such-program-mp', args: ['a'] }]).catch(
      (x: unknown) => x,
    )) as Error
    expect(e.message).toMatch(/^no-such-program-mp a exited with code -1:\nspawn no-such-program-mp ENOENT/)
  })
  it('a later stage that is not there: its error among the failures, the stage before it ended, nothing left running', async () => {
    const e = (await runPipeline(Readable.from([Buffer.alloc(8 << 20)]), [
      { command: 'cat', args: [] },
      { command: 'no-such-program-mp', args: [] },
    ]).catch((x: unknown) => x)) as Error
    expect(e.message).toMatch(/no-such-program-mp {2}exited with code -1:\nspawn no-such-program-mp ENOENT/)
    expect(e.message).toMatch(/^cat /)
  })
})
