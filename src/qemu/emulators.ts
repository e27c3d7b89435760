/** Which platforms a host runs natively, and the QEMU emulator each other one needs. Pure. */
import { platformParts, type Platform } from '../oci/platform.js'

/** Node's process.arch -> the OCI architecture of the machine. */
export function hostArchitecture(nodeArch: string): string {
  const map: Record<string, string> = {
    x64: 'amd64',
    arm64: 'arm64',
    arm: 'arm',
    ia32: '386',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loong64',
  }
  return map[nodeArch] ?? nodeArch
}

/**
 * Whether a linux host of the given architecture runs this platform without emulation.
 * amd64 hosts run 386 natively. 32-bit arm on arm64 hosts is NOT assumed: GitHub's arm64 runners (Neoverse N2)
 * have no AArch32, so arm/v6, arm/v7 get an emulator.
 */
export function runsNatively(platform: Platform, hostArch: string): boolean {
  const p = platformParts(platform)
  if (p.os !== 'linux') return false
  if (p.architecture === hostArch) return true
  return hostArch === 'amd64' && p.architecture === '386'
}

/**
 * The emulator a platform needs, as tonistiigi/binfmt names it for `--install`, and the binfmt_misc entry it
 * registers (`/proc/sys/fs/binfmt_misc/<entry>`).
 */
export interface Emulator {
  install: string
  entry: string
}

const EMULATORS: Record<string, Emulator> = {
  amd64: { install: 'amd64', entry: 'qemu-x86_64' },
  '386': { install: '386', entry: 'qemu-i386' },
  arm64: { install: 'arm64', entry: 'qemu-aarch64' },
  arm: { install: 'arm', entry: 'qemu-arm' },
  ppc64le: { install: 'ppc64le', entry: 'qemu-ppc64le' },
  s390x: { install: 's390x', entry: 'qemu-s390x' },
  riscv64: { install: 'riscv64', entry: 'qemu-riscv64' },
  mips64le: { install: 'mips64le', entry: 'qemu-mips64el' },
  mips64: { install: 'mips64', entry: 'qemu-mips64' },
  loong64: { install: 'loong64', entry: 'qemu-loongarch64' },
}

export class EmulatorError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EmulatorError'
  }
}

/** The emulators the requested platforms need on this host (none for native ones), without duplicates. */
export function neededEmulators(platforms: readonly Platform[], hostArch: string): Emulator[] {
  const out: Emulator[] = []
  for (const platform of platforms) {
    if (runsNatively(platform, hostArch)) continue
    const emu = EMULATORS[platformParts(platform).architecture]
    if (!emu) throw new EmulatorError(`no QEMU emulator is known for '${platform}'`)
    if (!out.some((e) => e.entry === emu.entry)) out.push(emu)
  }
  return out
}
