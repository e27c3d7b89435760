// Login against a real registry with htpasswd auth: a buildx push through the action's private DOCKER_CONFIG
// works with the right credentials, fails clearly with wrong ones, and no secret shows in any output.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { basicAuth } from '../../src/login/dockerconfig.js'
import { parseCredentials } from '../../src/login/credentials.js'
import { removeLogin, writeLogin, type Login } from '../../src/login/login.js'
import { dockerEnv } from './support/images.js'
import { startRegistry, type Registry } from './support/registry.js'
import { itgSkipReason } from './support/tools.js'
import { stopStarted } from './support/teardown.js'

const skip = itgSkipReason()
const d = skip ? describe.skip : describe

const USER = 'ci-pusher'
const SECRET = 'Zx9-very-secret-pa55,word='
const WRONG = 'wrong-Qm7-not-the-password'

interface Run {
  status: number | null
  stdout: string
  output: string
}

function run(command: string, args: string[], env: Record<string, string>): Run {
  const res = spawnSync(command, args, { env: dockerEnv(env), encoding: 'utf8' })
  return { status: res.status, stdout: res.stdout, output: `${res.stdout}\n${res.stderr}` }
}

d('login: private Docker config against an htpasswd registry', () => {
  let reg: Registry
  let root: string
  let context: string
  const outputs: string[] = []
  const masked: string[] = []

  beforeAll(async () => {
    reg = await startRegistry({ htpasswd: { username: USER, password: SECRET } })
    root = mkdtempSync(join(tmpdir(), 'mp-login-itg-'))
    context = join(root, 'context')
    spawnSync('mkdir', [context])
    writeFileSync(join(context, 'hello.txt'), 'hello\n')
    writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n')
  })
  afterAll(async () => {
    await stopStarted(reg)
    if (root) rmSync(root, { recursive: true, force: true })
  })

  async function login(password: string, baseConfigDir?: string): Promise<Login> {
    const creds = parseCredentials(
      { registry: '', username: '', password: '', logins: `registry=${reg.host},username=${USER},password-env=PW` },
      { PW: password },
    )
    return writeLogin(creds, { mask: (s) => masked.push(s), tempRoot: root, baseConfigDir })
  }

  function push(l: Login, tag: string): Run {
    const args = ['buildx', 'build', '--builder', 'default', '--network', 'host', '--platform', 'linux/amd64']
    args.push('--provenance=false', '-t', `${reg.host}/login/hello:${tag}`, '--push', context)
    const res = run('docker', args, l.env)
    outputs.push(res.output)
    return res
  }

  it('pushes with the right credentials; the registry then serves the image to that config only', async () => {
    const base = process.env.DOCKER_CONFIG ?? join(homedir(), '.docker')
    const l = await login(SECRET, base)
    try {
      const res = push(l, 'ok')
      expect({ status: res.status, tail: res.output.slice(-400) }).toMatchObject({ status: 0 })
      const manifest = run('crane', ['manifest', '--insecure', `${reg.host}/login/hello:ok`], l.env)
      outputs.push(manifest.output)
      expect(manifest.status).toBe(0)
      expect((JSON.parse(manifest.stdout) as { mediaType?: string }).mediaType).toMatch(/manifest/)
      const anonymous = run('crane', ['manifest', '--insecure', `${reg.host}/login/hello:ok`], {
        DOCKER_CONFIG: join(root, 'empty'),
      })
      expect(anonymous.status).not.toBe(0)
      expect(anonymous.output).toMatch(/UNAUTHORIZED|401/)
    } finally {
      await removeLogin(l.dir)
    }
  })

  it('fails clearly with the wrong password', async () => {
    const l = await login(WRONG)
    try {
      const res = push(l, 'nope')
      expect(res.status).not.toBe(0)
      expect(res.output).toMatch(/failed to push .*login\/hello:nope.*401 Unauthorized/)
    } finally {
      await removeLogin(l.dir)
    }
  })

  it('masked every secret, and no secret appears in any captured output', () => {
    expect(masked).toEqual([
      SECRET,
      basicAuth({ registry: reg.host, username: USER, password: SECRET }),
      WRONG,
      basicAuth({ registry: reg.host, username: USER, password: WRONG }),
    ])
    const all = outputs.join('\n')
    expect(all.length).toBeGreaterThan(0)
    for (const secret of masked) expect(all).not.toContain(secret)
  })
})
