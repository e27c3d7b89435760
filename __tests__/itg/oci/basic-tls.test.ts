/** The client against Distribution with htpasswd Basic auth over TLS signed by a CA the client is told to trust. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RegistryClient } from '../../../src/oci/client.js'
import { DockerConfigCredentials, nodeDockerConfigDeps, staticCredentials } from '../../../src/oci/credentials.js'
import { RegistryError } from '../../../src/oci/errors.js'
import { composeIndex, indexBytes } from '../../../src/oci/index.js'
import { parseReference, withTag } from '../../../src/oci/reference.js'
import { MediaType } from '../../../src/oci/types.js'
import { indexOf } from '../support/manifests.js'
import { startRegistry, type Registry } from '../support/registry.js'
import { stopStarted } from '../support/teardown.js'
import { itgSkipReason } from '../support/tools.js'
import { defined } from '../../unit/support/defined.js'
import { pushTinyImage } from './tiny-image.js'

const skip = itgSkipReason(['docker-registry', 'crane', 'htpasswd', 'openssl'])
const d = skip ? describe.skip : describe

const USER = 'publisher'
const PASSWORD = 'tls-Basic-pa55word'

d('RegistryClient: Basic auth over TLS with a private CA', () => {
  let reg: Registry
  let caFile: string
  let ca: string
  let dir: string
  beforeAll(async () => {
    reg = await startRegistry({ tls: true, htpasswd: { username: USER, password: PASSWORD } })
    caFile = defined(reg.caFile, 'the CA file of a TLS registry')
    ca = readFileSync(caFile, 'utf8')
    dir = mkdtempSync(join(tmpdir(), 'mp-oci-basic-'))
  })
  afterAll(async () => {
    await stopStarted(reg)
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const client = (password = PASSWORD, caCertificates = [ca]) =>
    new RegistryClient({ caCertificates, credentials: staticCredentials({ [reg.host]: { username: USER, password } }) })

  it('pushes images and an index that crane reads back over TLS with the same credentials', async () => {
    const c = client()
    try {
      const repo = parseReference(`${reg.host}/team/app`)
      const amd64 = await pushTinyImage(c, repo, 'linux/amd64', 'amd64')
      const arm = await pushTinyImage(c, repo, 'linux/arm/v7', 'arm')
      const bytes = indexBytes(composeIndex([amd64, arm]))
      const digest = await c.putManifest(withTag(repo, 'multi'), bytes, MediaType.OCI_INDEX)
      writeFileSync(
        join(dir, 'config.json'),
        JSON.stringify({ auths: { [reg.host]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString('base64') } } }),
      )
      const env = { ...process.env, DOCKER_CONFIG: dir, SSL_CERT_FILE: caFile }
      const read = execFileSync('crane', ['manifest', `${reg.host}/team/app:multi`], { env })
      expect(Buffer.from(read)).toEqual(Buffer.from(bytes))
      expect(
        execFileSync('crane', ['digest', `${reg.host}/team/app:multi`], { env })
          .toString()
          .trim(),
      ).toBe(digest)
      const viaConfig = new RegistryClient({
        caCertificates: [ca],
        credentials: new DockerConfigCredentials({ ...nodeDockerConfigDeps(), env: { DOCKER_CONFIG: dir } }),
      })
      const got = await viaConfig.getManifest(withTag(repo, 'multi'))
      expect(indexOf(got).manifests.map((m) => m.digest)).toEqual([amd64.digest, arm.digest])
      viaConfig.close()
    } finally {
      c.close()
    }
  })

  it('gets credentials from a docker-credential helper named by credHelpers', async () => {
    const helperDir = join(dir, 'bin')
    execFileSync('mkdir', ['-p', helperDir])
    const helper = join(helperDir, 'docker-credential-mptest')
    writeFileSync(
      helper,
      `#!/bin/sh\nread server\n[ "$server" = "${reg.host}" ] || { echo "credentials not found in native keychain"; exit 1; }\necho '{"ServerURL":"${reg.host}","Username":"${USER}","Secret":"${PASSWORD}"}'\n`,
    )
    chmodSync(helper, 0o755)
    writeFileSync(join(dir, 'helper.json'), JSON.stringify({ credHelpers: { [reg.host]: 'mptest' } }))
    const deps = nodeDockerConfigDeps({ DOCKER_CONFIG: dir, PATH: `${helperDir}:${process.env.PATH}` })
    const creds = new DockerConfigCredentials({
      ...deps,
      readFile: (p) => deps.readFile(p.replace(/config\.json$/, 'helper.json')),
    })
    const c = new RegistryClient({ caCertificates: [ca], credentials: creds })
    expect(await c.headManifest(parseReference(`${reg.host}/team/app:amd64`))).toMatchObject({
      mediaType: MediaType.OCI_MANIFEST,
    })
    c.close()
  })

  it('fails with 401 UNAUTHORIZED, without the password in the message, for a wrong password', async () => {
    const c = client('wrong-secret-xyz')
    const e = await c.headManifest(parseReference(`${reg.host}/team/app:amd64`)).catch((x: unknown) => x)
    c.close()
    expect(e).toBeInstanceOf(RegistryError)
    expect(e).toMatchObject({ status: 401, temporary: false })
    expect((e as Error).message).not.toContain('wrong-secret-xyz')
  })

  it('does not trust the self-signed CA unless told, and does not fall back to HTTP then', async () => {
    const c = client(PASSWORD, [])
    const e = await c.headManifest(parseReference(`${reg.host}/team/app:amd64`)).catch((x: unknown) => x)
    c.close()
    expect(e).toBeInstanceOf(RegistryError)
    expect(e).toMatchObject({ status: 0, temporary: false, method: 'GET' })
    expect((e as RegistryError).networkCode).toMatch(/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/)
    expect((e as RegistryError).url).toMatch(/^https:/)
  })
})
