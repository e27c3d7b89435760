import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { stopStarted } from './support/teardown.js'
import { readFileSync } from 'node:fs'
import { itgSkipReason } from './support/tools.js'
import { startRegistry, type Registry } from './support/registry.js'
import { pushBaseImage } from './support/images.js'
import { actionNode, runAction } from '../../scripts/run-action.mjs'

const skip = itgSkipReason()
const d = skip ? describe.skip : describe

d('test support: registry and base image', () => {
  let reg: Registry
  beforeAll(async () => {
    reg = await startRegistry()
  })
  afterAll(() => stopStarted(reg))

  it('pushes a two-platform busybox base image that crane reads back', () => {
    const ref = pushBaseImage(reg.host)
    const index = JSON.parse(execFileSync('crane', ['manifest', '--insecure', ref]).toString()) as {
      manifests: { platform: { os: string; architecture: string } }[]
    }
    expect(index.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`).sort()).toEqual([
      'linux/amd64',
      'linux/arm64',
    ])
  })
})

describe('test support: the runner harness', () => {
  it("runs dist/index.js under the Node that action.yml's runs.using names (node24)", async () => {
    expect(readFileSync('action.yml', 'utf8')).toMatch(/^ {2}using: node24$/m)
    expect(actionNode().version).toMatch(/^v24\./)
    // the bundle loads and runs there: it gets as far as the input check
    const run = await runAction({ inputs: { images: '127.0.0.1:1/x/y', platforms: 'linux/bogus' } })
    expect(run.main.exitCode).toBe(1)
    expect(run.main.stdout).toContain("::error::input 'platforms'")
  })
})
