import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { stopStarted } from './support/teardown.js'
import { itgSkipReason } from './support/tools.js'
import { startRegistry, type Registry } from './support/registry.js'
import { pushBaseImage } from './support/images.js'

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
