import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { registeredEmulators, unfixedEmulators } from '../../../src/tools/binfmt.js'

/** A binfmt_misc entry as the kernel shows it. */
const entry = (state: 'enabled' | 'disabled', flags: string) =>
  `${state}\ninterpreter /usr/bin/qemu-x\nflags: ${flags}\noffset 0\nmagic 7f454c46\nmask ffffffff\n`

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'binfmt-'))
  writeFileSync(join(dir, 'register'), '')
  writeFileSync(join(dir, 'status'), 'enabled\n')
  writeFileSync(join(dir, 'qemu-aarch64'), entry('enabled', 'POCF'))
  writeFileSync(join(dir, 'qemu-arm'), entry('enabled', 'P'))
  writeFileSync(join(dir, 'qemu-riscv64'), entry('disabled', ''))
  writeFileSync(join(dir, 'qemu-s390x'), entry('enabled', ''))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('binfmt_misc entries', () => {
  it('lists the enabled entries', async () => {
    expect((await registeredEmulators(dir)).sort()).toEqual(['qemu-aarch64', 'qemu-arm', 'qemu-s390x'])
  })

  it('names the enabled entries without the F flag, which a container cannot use', async () => {
    expect((await unfixedEmulators(dir)).sort()).toEqual(['qemu-arm', 'qemu-s390x'])
  })

  it('finds none where binfmt_misc is not mounted', async () => {
    expect(await registeredEmulators(join(dir, 'missing'))).toEqual([])
    expect(await unfixedEmulators(join(dir, 'missing'))).toEqual([])
  })
})
