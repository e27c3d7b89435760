// The helper that takes the host's QEMU emulators away for a cold run and puts them back exactly as they were.
// binfmt_misc is machine-wide: these tests change it, and restore it, one at a time (the itg project runs in band).
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { unregisterEmulators, restoreFromJournal } from '../../scripts/lib/binfmt.mjs'
import { JOURNAL, parseEntry, readEntries, registerLine, withoutEmulators } from './support/binfmt.js'
import { dockerEnv } from './support/images.js'
import { BUSYBOX_DIR } from './support/paths.js'
import { containerSkipReason, testImages } from './support/test-images.js'

const skip = containerSkipReason()
const d = skip ? describe.skip : describe

describe('binfmt_misc entries: parse and register line', () => {
  const file = [
    'enabled',
    'interpreter /usr/bin/qemu-aarch64',
    'flags: POCF',
    'offset 0',
    'magic 7f454c460201010000000000000000000200b700',
    'mask ffffffffffffff00fffffffffffffffffeffffff',
    '',
  ].join('\n')

  it('reads every field of an entry file', () => {
    expect(parseEntry('qemu-aarch64', file)).toEqual({
      name: 'qemu-aarch64',
      enabled: true,
      interpreter: '/usr/bin/qemu-aarch64',
      flags: 'POCF',
      offset: 0,
      magic: '7f454c460201010000000000000000000200b700',
      mask: 'ffffffffffffff00fffffffffffffffffeffffff',
      extension: '',
    })
  })

  it('writes the register line with every magic and mask byte escaped (a 0x3a byte is a colon)', () => {
    const e = parseEntry('qemu-x', file.replace('magic 7f45', 'magic 3a45'))
    expect(registerLine(e)).toBe(
      ':qemu-x:M:0:\\x3a\\x45\\x4c\\x46\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00' +
        ':\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff' +
        ':/usr/bin/qemu-aarch64:POCF',
    )
  })

  it('keeps a disabled entry disabled, and empty flags empty', () => {
    const e = parseEntry('qemu-x', file.replace('enabled', 'disabled').replace('flags: POCF', 'flags: '))
    expect(e.enabled).toBe(false)
    expect(e.flags).toBe('')
    expect(registerLine(e).endsWith(':/usr/bin/qemu-aarch64:')).toBe(true)
  })
})

d('binfmt_misc on this machine: unregister, then restore exactly', () => {
  /** Whether an arm64 program runs here now (through whichever QEMU entry is registered). */
  const arm64Runs = () => {
    try {
      return execFileSync(join(BUSYBOX_DIR, 'arm64', 'bin', 'busybox'), ['uname', '-m'])
        .toString()
        .trim()
    } catch {
      return 'does not run'
    }
  }

  it('restores the host entries after the binfmt image replaced them, even when the work in between fails', async () => {
    const before = readEntries()
    const beforeArm64 = arm64Runs()
    let inside: { entries: string[]; journal: boolean; installed?: { interpreter: string; flags: string } } = {
      entries: [],
      journal: false,
    }
    await expect(
      withoutEmulators(() => {
        inside = { entries: readEntries().map((e) => e.name), journal: existsSync(JOURNAL) }
        // what the action does on a cold runner: the binfmt image registers its own interpreter, flags POCF
        execFileSync('docker', ['run', '--privileged', '--rm', testImages()?.binfmt as string, '--install', 'arm64'], {
          env: dockerEnv(),
          stdio: 'ignore',
        })
        const e = readEntries().find((x) => x.name === 'qemu-aarch64')
        inside.installed = e && { interpreter: e.interpreter, flags: e.flags }
        return Promise.reject(new Error('the work in between failed'))
      }),
    ).rejects.toThrow('the work in between failed')
    expect(inside.entries).toEqual([])
    expect(inside.journal).toBe(true)
    expect(inside.installed).toEqual({ interpreter: '/usr/bin/qemu-aarch64', flags: 'POCF' })
    expect(readEntries()).toEqual(before)
    expect(existsSync(JOURNAL)).toBe(false)
    expect(arm64Runs()).toBe(beforeArm64)
  })

  it('repairs, from the journal, what a run killed half-way left unregistered', () => {
    const before = readEntries()
    unregisterEmulators() // and then "killed": no restore
    expect(readEntries()).toEqual([])
    expect(() => unregisterEmulators()).toThrow(/already unregistered by another run/)
    expect(restoreFromJournal()).toBe(true)
    expect(readEntries()).toEqual(before)
    expect(restoreFromJournal()).toBe(false)
  })
})
