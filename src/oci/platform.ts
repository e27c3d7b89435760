/**
 * Platforms, parsed once and normalised the way containerd and buildx do (`linux/aarch64` -> linux/arm64,
 * `linux/arm` -> linux/arm/v7). A `Platform` value is always normalised, so two are equal when their strings are:
 * no module normalises a string again. Pure.
 */
import type { OciPlatform } from './types.js'

/** A normalised `os/architecture[/variant]`. Made only by parsePlatform (or the decoders built on it). */
export type Platform = string & { readonly __brand: 'Platform' }

export interface PlatformParts {
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

export class PlatformError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PlatformError'
  }
}

function normalizeVariant(raw: string, architecture: string, given: string | undefined): string | undefined {
  let variant = given
  if (variant !== undefined && /^\d$/.test(variant)) variant = `v${variant}`
  if (architecture === 'arm') {
    variant ??= 'v7'
    if (!ARM_VARIANTS.has(variant)) throw new PlatformError(`'${raw}': unknown arm variant '${variant}'`)
    return variant
  }
  if (architecture === 'arm64') {
    if (variant === 'v8') return undefined
    if (variant !== undefined && !/^v[89](\.\d)?$/.test(variant)) {
      throw new PlatformError(`'${raw}': unknown arm64 variant '${variant}'`)
    }
    return variant
  }
  if (architecture === 'amd64') {
    if (variant === 'v1') return undefined
    if (variant !== undefined && !AMD64_VARIANTS.has(variant)) {
      throw new PlatformError(`'${raw}': unknown amd64 variant '${variant}'`)
    }
    return variant
  }
  if (variant !== undefined) throw new PlatformError(`'${raw}': architecture '${architecture}' takes no variant`)
  return undefined
}

/** Parses and normalises one platform; throws PlatformError on a bad one. */
export function parsePlatform(input: string): Platform {
  const raw = input.trim()
  if (raw === '') throw new PlatformError('empty platform entry')
  const parts = raw.toLowerCase().split('/')
  const [osRaw, archRaw, variantRaw] = parts
  if (parts.length > 3 || !osRaw || !archRaw || variantRaw === '') {
    throw new PlatformError(`'${raw}' is not of the form os/arch[/variant] (e.g. linux/amd64, linux/arm/v7)`)
  }
  const os = osRaw === 'macos' ? 'darwin' : osRaw
  if (!KNOWN_OS.has(os)) throw new PlatformError(`'${raw}': unknown operating system '${osRaw}'`)
  const alias = ARCH_ALIASES[archRaw]
  if (!alias) {
    const known = [...new Set(Object.values(ARCH_ALIASES).map((a) => a.architecture))].join(', ')
    throw new PlatformError(`'${raw}': unknown architecture '${archRaw}' (known: ${known})`)
  }
  const variant = normalizeVariant(raw, alias.architecture, variantRaw ?? alias.variant)
  return formatParts({ os, architecture: alias.architecture, variant })
}

function formatParts(p: PlatformParts): Platform {
  return (p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`) as Platform
}

/** The parts of a platform. */
export function platformParts(p: Platform): PlatformParts {
  const [os = '', architecture = '', variant] = p.split('/')
  return variant === undefined ? { os, architecture } : { os, architecture, variant }
}

/**
 * The platform an OCI descriptor or image config names; undefined when it names none. One this module does not
 * know is kept as written (lowercased), so that a verification reports it as unexpected instead of passing it over.
 */
export function fromOciPlatform(
  p: Partial<Pick<OciPlatform, 'os' | 'architecture' | 'variant'>>,
): Platform | undefined {
  if (!p.os || !p.architecture) return undefined
  const raw = p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`
  try {
    return parsePlatform(raw)
  } catch (e) {
    if (e instanceof PlatformError) return raw.toLowerCase() as Platform
    throw e
  }
}

/** The descriptor form (`{os, architecture, variant}`) of a platform. */
export function toOciPlatform(p: Platform): OciPlatform {
  return platformParts(p)
}

/** Two platforms are the same (both are normalised, so their strings are). */
export function platformEquals(a: Platform, b: Platform): boolean {
  return a === b
}

/**
 * Whether `p` satisfies `spec` (go-containerregistry's Satisfies): os and architecture equal, and the variant
 * equal when the spec names one (a spec without a variant accepts any).
 */
export function satisfies(p: Platform, spec: Platform): boolean {
  const have = platformParts(p)
  const want = platformParts(spec)
  return (
    have.os === want.os &&
    have.architecture === want.architecture &&
    (want.variant === undefined || want.variant === have.variant)
  )
}

/** Splits a comma/newline list, parses each entry, removes duplicates (keeping order). */
export function parsePlatformList(input: string): Platform[] {
  const entries = input.split(/[,\n]/).map((s) => s.trim())
  // a trailing newline or comma is fine; an empty entry in the middle is a mistake
  while (entries.length > 0 && entries[entries.length - 1] === '') entries.pop()
  if (entries.length === 0) throw new PlatformError('no platform given')
  const out: Platform[] = []
  for (const e of entries) {
    const p = parsePlatform(e)
    if (!out.includes(p)) out.push(p)
  }
  return out
}
