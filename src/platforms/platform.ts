/**
 * Platform strings: parse, normalise (the way containerd and buildx do), and decide which need emulation.
 * Pure: no process, no file system.
 */

export interface Platform {
  os: string
  architecture: string
  variant?: string
}

const KNOWN_OS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'aix'])

/** Aliases as containerd's platforms.Normalize accepts them. */
const ARCH_ALIASES: Record<string, { architecture: string; variant?: string }> = {
  amd64: { architecture: 'amd64' },
  x86_64: { architecture: 'amd64' },
  'x86-64': { architecture: 'amd64' },
  '386': { architecture: '386' },
  i386: { architecture: '386' },
  x86: { architecture: '386' },
  arm64: { architecture: 'arm64' },
  aarch64: { architecture: 'arm64' },
  arm: { architecture: 'arm' },
  armhf: { architecture: 'arm', variant: 'v7' },
  armel: { architecture: 'arm', variant: 'v6' },
  ppc64le: { architecture: 'ppc64le' },
  ppc64: { architecture: 'ppc64' },
  s390x: { architecture: 's390x' },
  riscv64: { architecture: 'riscv64' },
  mips64le: { architecture: 'mips64le' },
  mips64: { architecture: 'mips64' },
  mipsle: { architecture: 'mipsle' },
  mips: { architecture: 'mips' },
  loong64: { architecture: 'loong64' },
  wasm: { architecture: 'wasm' },
}

const ARM_VARIANTS = new Set(['v5', 'v6', 'v7', 'v8'])
const AMD64_VARIANTS = new Set(['v1', 'v2', 'v3', 'v4'])

export class PlatformError extends Error {}

/** Parses and normalises one platform (`linux/arm64/v8` -> linux/arm64, `linux/arm` -> linux/arm/v7). */
export function parsePlatform(input: string): Platform {
  const raw = input.trim()
  if (raw === '') throw new PlatformError('empty platform entry')
  const parts = raw.toLowerCase().split('/')
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) {
    throw new PlatformError(`'${raw}' is not of the form os/arch[/variant] (e.g. linux/amd64, linux/arm/v7)`)
  }
  const [osRaw, archRaw, variantRaw] = parts as [string, string, string | undefined]
  const os = osRaw === 'macos' ? 'darwin' : osRaw
  if (!KNOWN_OS.has(os)) throw new PlatformError(`'${raw}': unknown operating system '${osRaw}'`)
  const alias = ARCH_ALIASES[archRaw]
  if (!alias) {
    throw new PlatformError(
      `'${raw}': unknown architecture '${archRaw}' (known: ${[...new Set(Object.values(ARCH_ALIASES).map((a) => a.architecture))].join(', ')})`,
    )
  }
  const architecture = alias.architecture
  let variant = variantRaw ?? alias.variant
  if (variant !== undefined && /^\d$/.test(variant)) variant = `v${variant}`
  if (architecture === 'arm') {
    variant = variant ?? 'v7'
    if (!ARM_VARIANTS.has(variant)) throw new PlatformError(`'${raw}': unknown arm variant '${variant}'`)
  } else if (architecture === 'arm64') {
    if (variant === 'v8') variant = undefined
    else if (variant !== undefined && !/^v[89](\.\d)?$/.test(variant)) {
      throw new PlatformError(`'${raw}': unknown arm64 variant '${variant}'`)
    }
  } else if (architecture === 'amd64') {
    if (variant === 'v1') variant = undefined
    else if (variant !== undefined && !AMD64_VARIANTS.has(variant)) {
      throw new PlatformError(`'${raw}': unknown amd64 variant '${variant}'`)
    }
  } else if (variant !== undefined) {
    throw new PlatformError(`'${raw}': architecture '${architecture}' takes no variant`)
  }
  return variant === undefined ? { os, architecture } : { os, architecture, variant }
}

export function formatPlatform(p: Platform): string {
  return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`
}

/** Normalises a platform string; throws PlatformError on a bad one. */
export function normalizePlatform(input: string): string {
  return formatPlatform(parsePlatform(input))
}

/** Splits a comma/newline list, normalises each entry, removes duplicates (keeping order). */
export function parsePlatformList(input: string): string[] {
  const entries = input.split(/[,\n]/).map((s) => s.trim())
  // a trailing newline or comma is fine; an empty entry in the middle is a mistake
  while (entries.length > 0 && entries[entries.length - 1] === '') entries.pop()
  if (entries.length === 0) throw new PlatformError('no platform given')
  const out: string[] = []
  for (const e of entries) {
    const p = normalizePlatform(e)
    if (!out.includes(p)) out.push(p)
  }
  return out
}

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
export function runsNatively(platform: string, hostArch: string): boolean {
  const p = parsePlatform(platform)
  if (p.os !== 'linux') return false
  if (p.architecture === hostArch) return true
  return hostArch === 'amd64' && p.architecture === '386'
}

/**
 * The emulator a platform needs, as tonistiigi/binfmt names it for `--install`, and the binfmt_misc entry it
 * registers (`/proc/sys/fs/binfmt_misc/<entry>`).
 */
const EMULATORS: Record<string, { install: string; entry: string }> = {
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

export interface Emulator {
  install: string
  entry: string
}

/** The emulators the requested platforms need on this host (none for native ones), without duplicates. */
export function neededEmulators(platforms: readonly string[], hostArch: string): Emulator[] {
  const out: Emulator[] = []
  for (const platform of platforms) {
    if (runsNatively(platform, hostArch)) continue
    const { architecture } = parsePlatform(platform)
    const emu = EMULATORS[architecture]
    if (!emu) throw new PlatformError(`no QEMU emulator is known for '${platform}'`)
    if (!out.some((e) => e.entry === emu.entry)) out.push(emu)
  }
  return out
}
