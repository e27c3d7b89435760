/** The client against Distribution's `auth: token` with a token server signing RS256 JWTs (x5c header). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { RegistryClient } from '../../../src/oci/client.js'
import { staticCredentials } from '../../../src/oci/credentials.js'
import { RegistryError } from '../../../src/oci/errors.js'
import { composeIndex, indexBytes, verifyIndex } from '../../../src/oci/index.js'
import { parseReference, withDigest, withTag } from '../../../src/oci/reference.js'
import { MediaType } from '../../../src/oci/types.js'
import { platforms } from '../../unit/support/platforms.js'
import { indexOf } from '../support/manifests.js'
import { startRegistry, type Registry } from '../support/registry.js'
import { startTokenServer, type TokenServer } from '../support/token-server.js'
import { stopStarted } from '../support/teardown.js'
import { itgSkipReason } from '../support/tools.js'
import { pushTinyImage } from './tiny-image.js'

const skip = itgSkipReason(['docker-registry', 'crane', 'openssl'])
const d = skip ? describe.skip : describe

const USER = 'ci'
const PASSWORD = 'bearer-Flow-secret'

d('RegistryClient: Bearer token flow', () => {
  let dir: string
  let tokens: TokenServer
  let reg: Registry
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mp-oci-token-'))
    tokens = await startTokenServer(dir, { [USER]: PASSWORD })
    reg = await startRegistry({ extraYaml: tokens.registryYaml })
  })
  afterAll(async () => {
    await stopStarted(reg, tokens)
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const client = (password = PASSWORD) =>
    new RegistryClient({ credentials: staticCredentials({ [reg.host]: { username: USER, password } }) })

  it('pushes, mounts across repositories and merges with one token per scope; crane reads the result', async () => {
    const c = client()
    const repo = parseReference(`${reg.host}/legs/app`)
    const amd64 = await pushTinyImage(c, repo, 'linux/amd64', 'amd64')
    const arm64 = await pushTinyImage(c, repo, 'linux/arm64', 'arm64')
    const pushScopes = tokens.requests.filter((r) => r.scopes.includes('repository:legs/app:pull,push'))
    expect(pushScopes).toHaveLength(1)
    expect(tokens.requests.every((r) => r.user === USER)).toBe(true)

    const target = parseReference(`${reg.host}/final/app`)
    for (const m of [amd64, arm64]) await c.copyManifest(withDigest(repo, m.digest), target)
    const mountScopes = tokens.requests.filter(
      (r) => r.scopes.includes('repository:final/app:pull,push') && r.scopes.includes('repository:legs/app:pull'),
    )
    expect(mountScopes).toHaveLength(1)

    const bytes = indexBytes(composeIndex([amd64, arm64], { 'org.opencontainers.image.revision': 'abc123' }))
    const digest = await c.putManifest(withTag(target, 'v1'), bytes, MediaType.OCI_INDEX)
    const back = await c.getManifest(withDigest(target, digest))
    expect(Buffer.from(back.bytes)).toEqual(Buffer.from(bytes))
    expect(verifyIndex(indexOf(back), platforms('linux/amd64', 'linux/arm64')).ok).toBe(true)
    c.close()

    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({ auths: { [reg.host]: { username: USER, password: PASSWORD } } }),
    )
    const env = { ...process.env, DOCKER_CONFIG: dir }
    // asynchronously: the token server crane asks lives in this process
    const { stdout } = await promisify(execFile)('crane', ['manifest', '--insecure', `${reg.host}/final/app:v1`], {
      env,
      encoding: 'buffer',
    })
    expect(stdout).toEqual(Buffer.from(bytes))
  })

  it('refuses anonymous access, and a wrong password, with a clear error naming no secret', async () => {
    const anon = new RegistryClient()
    const refused = anon.headManifest(parseReference(`${reg.host}/final/app:v1`))
    await expect(refused).rejects.toMatchObject({ status: 401, temporary: false })
    await expect(refused).rejects.toThrow('the token server refused anonymous access')
    anon.close()
    const c = client('not-the-password-42')
    const e = await c.headManifest(parseReference(`${reg.host}/final/app:v1`)).catch((x: unknown) => x)
    c.close()
    expect(e).toBeInstanceOf(RegistryError)
    expect((e as RegistryError).message).toContain('token server refused the credentials')
    expect((e as RegistryError).message).not.toContain('not-the-password-42')
    expect((e as RegistryError).url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/token/)
  })
})
