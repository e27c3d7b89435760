import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { removeLogin, writeLogin } from '../../../src/login/login.js'

const creds = [{ registry: '127.0.0.1:5000', username: 'ci', password: 'hunter2' }]
const b64 = Buffer.from('ci:hunter2').toString('base64')

describe('writeLogin / removeLogin', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'mp-login-unit-'))
  })
  afterEach(() => {
    rmSync(root, { recursive: true, force: true })
  })

  it('writes a private config.json, masks the secrets, and removes it', async () => {
    const masked: string[] = []
    const login = await writeLogin(creds, { mask: (s) => masked.push(s), tempRoot: root })
    expect(login.env).toEqual({ DOCKER_CONFIG: login.dir })
    expect(login.dir.startsWith(join(root, 'multiarch-publish-docker-'))).toBe(true)
    expect(statSync(login.dir).mode & 0o777).toBe(0o700)
    const file = join(login.dir, 'config.json')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ auths: { '127.0.0.1:5000': { auth: b64 } } })
    expect(masked).toEqual(['hunter2', b64])
    await removeLogin(login.dir)
    expect(existsSync(login.dir)).toBe(false)
    await removeLogin(login.dir)
  })

  it('starts from the user config and links buildx/ and contexts/', async () => {
    const base = join(root, 'home-docker')
    mkdirSync(join(base, 'contexts'), { recursive: true })
    writeFileSync(
      join(base, 'config.json'),
      JSON.stringify({ auths: { 'quay.io': { auth: 'eDp5' } }, detachKeys: 'ctrl-e' }),
    )
    const login = await writeLogin(creds, { mask: () => undefined, tempRoot: root, baseConfigDir: base })
    expect(JSON.parse(readFileSync(join(login.dir, 'config.json'), 'utf8'))).toEqual({
      auths: { 'quay.io': { auth: 'eDp5' }, '127.0.0.1:5000': { auth: b64 } },
      detachKeys: 'ctrl-e',
    })
    expect(readlinkSync(join(login.dir, 'buildx'))).toBe(join(base, 'buildx'))
    expect(readlinkSync(join(login.dir, 'contexts'))).toBe(join(base, 'contexts'))
    expect(existsSync(join(login.dir, 'cli-plugins'))).toBe(false)
    await removeLogin(login.dir)
    expect(lstatSync(join(base, 'buildx')).isDirectory()).toBe(true)
    const userConfig = JSON.parse(readFileSync(join(base, 'config.json'), 'utf8')) as { auths?: unknown }
    expect(userConfig.auths).toEqual({ 'quay.io': { auth: 'eDp5' } })
  })

  it('refuses a malformed user config and leaves no directory behind', async () => {
    const base = join(root, 'bad')
    mkdirSync(base)
    writeFileSync(join(base, 'config.json'), '{not json')
    await expect(writeLogin(creds, { mask: () => undefined, tempRoot: root, baseConfigDir: base })).rejects.toThrow(
      /bad\/config.json is not valid JSON/,
    )
  })
})
