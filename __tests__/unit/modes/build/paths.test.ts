/**
 * Files and sockets the inputs name are checked before anything runs: a secret file that does not exist, an ssh
 * socket or key that is not there, are bad input naming the input and the line. Real files in a temp directory.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../../../src/errors.js'
import { parseInputs } from '../../../../src/inputs/index.js'
import { checkPaths } from '../../../../src/modes/build/paths.js'
import { maskTargets, secretValues } from '../../../../src/modes/build/secrets.js'
import type { BuildSettings } from '../../../../src/settings.js'
import { runnerInputs } from '../../support/inputs.js'
import { CTX, IMAGE } from '../../support/settings.js'

let dir: string
let agent: Server
let sock: string

function parse(inputs: Record<string, string>, env: Record<string, string> = {}): BuildSettings {
  const s = parseInputs(runnerInputs({ images: IMAGE, ...inputs }), CTX, { SSH_AUTH_SOCK: sock, ...env })
  if (s.mode !== 'build') throw new Error('expected build mode')
  return s
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mp-paths-'))
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n')
  writeFileSync(join(dir, 'token.txt'), 'file-secret\nsecond-line\n')
  mkdirSync(join(dir, 'a-dir'))
  sock = join(dir, 'agent.sock')
  agent = createServer()
  await new Promise<void>((resolve) => agent.listen(sock, resolve))
})
afterAll(async () => {
  await new Promise<void>((resolve) => {
    agent.close(() => {
      resolve()
    })
  })
  rmSync(dir, { recursive: true, force: true })
})

describe('checkPaths: secret files and ssh', () => {
  it('accepts a readable secret file, an agent socket and a key file', async () => {
    const s = parse({ 'secret-files': 'tok=token.txt', ssh: `default\nkey=${join(dir, 'token.txt')}` })
    await expect(checkPaths(s, dir)).resolves.toBeUndefined()
  })

  it.each<[Record<string, string>, Record<string, string>, string, RegExp]>([
    [
      { 'secret-files': 'a=token.txt\nb=missing.txt' },
      {},
      'secret-files',
      /line 2: 'missing.txt' \(id b\) is not a readable file/,
    ],
    [{ 'secret-files': 'id=d,src=a-dir' }, {}, 'secret-files', /line 1: 'a-dir' \(id d\) is not a readable file/],
    [
      { ssh: 'default' },
      { SSH_AUTH_SOCK: '/nonexistent/agent.sock' },
      'ssh',
      /line 1: the ssh-agent socket SSH_AUTH_SOCK=\/nonexistent\/agent.sock does not exist/,
    ],
    [{ ssh: 'github=/nonexistent/id_ed25519' }, {}, 'ssh', /line 1: '\/nonexistent\/id_ed25519' does not exist/],
  ])('%j -> input %s', async (inputs, env, input, message) => {
    const s = parse(inputs, env)
    await expect(checkPaths(s, dir)).rejects.toThrow(InputError)
    await expect(checkPaths(s, dir)).rejects.toThrow(new RegExp(`^input '${input}': ${message.source}`))
  })
})

describe('what the runner masks', () => {
  it('a value, and each line of a value of several lines', () => {
    expect(maskTargets('one')).toEqual(['one'])
    expect(maskTargets('-----BEGIN-----\n abc \n-----END-----\n')).toEqual([
      '-----BEGIN-----\n abc \n-----END-----',
      '-----BEGIN-----',
      'abc',
      '-----END-----',
    ])
    expect(maskTargets('  ')).toEqual([])
  })

  it('secrets, secret-envs values, secret-files text and the GitHub token', async () => {
    const s = parse({ secrets: 'a=v1', 'secret-files': 'f=token.txt' })
    const values = await secretValues(
      { ...s, secretEnvs: [{ id: 'e', env: 'MY_SECRET' }], gitAuth: { host: 'github.com', token: 'ghs_t' } },
      { MY_SECRET: 'from-env' },
      dir,
    )
    expect(values).toEqual(['v1', 'from-env', 'ghs_t', 'file-secret\nsecond-line', 'file-secret', 'second-line'])
  })
})
