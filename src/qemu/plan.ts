/** QEMU decisions and argv (pure). */
import type { BuildSettings } from '../settings.js'
import type { Platform } from '../oci/platform.js'
import { neededEmulators, type Emulator } from './emulators.js'

export interface QemuPlan {
  /** Emulators to install with the binfmt image (empty: no container runs). */
  install: Emulator[]
  /** Emulators that must be registered afterwards. */
  required: Emulator[]
}

/**
 * Which emulators to install. `auto`: the platforms this host cannot run, less those already registered in
 * /proc/sys/fs/binfmt_misc. `true`: all non-native ones, registered or not. `false`: none, nothing checked.
 */
export function planQemu(
  s: Pick<BuildSettings, 'qemu' | 'platforms'>,
  hostArch: string,
  registered: readonly string[],
): QemuPlan {
  if (s.qemu === 'false') return { install: [], required: [] }
  const required = neededEmulators(s.platforms, hostArch)
  const install = s.qemu === 'true' ? required : required.filter((e) => !registered.includes(e.entry))
  return { install, required }
}

export function binfmtArgs(image: string, install: readonly Emulator[]): string[] {
  return ['run', '--privileged', '--rm', image, '--install', install.map((e) => e.install).join(',')]
}

/** Emulators still not registered after the install. */
export function missingEmulators(required: readonly Emulator[], registered: readonly string[]): Emulator[] {
  return required.filter((e) => !registered.includes(e.entry))
}

/** The emulators these platforms need that are registered without the F flag (unusable in a container). */
export function unfixedFor(platforms: readonly Platform[], hostArch: string, unfixed: readonly string[]): Emulator[] {
  return neededEmulators(platforms, hostArch).filter((e) => unfixed.includes(e.entry))
}

/** The platforms a builder booted now cannot run: non-native ones whose emulator is not registered. */
export function unrunnablePlatforms(
  platforms: readonly Platform[],
  hostArch: string,
  registered: readonly string[],
): Platform[] {
  return platforms.filter((p) => missingEmulators(neededEmulators([p], hostArch), registered).length > 0)
}
