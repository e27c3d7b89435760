/**
 * Which platforms need an emulator for this build (pure): the non-native platforms, narrowed by what the
 * Dockerfile analysis says runs emulated (src/dockerfile/emulation.ts). A non-native platform whose stages run
 * natively (`FROM --platform=$BUILDPLATFORM`, cross-compiling) needs none: no emulator is installed for it, and
 * the builder may build it without listing it.
 */
import type { EmulationAnalysis } from '../../dockerfile/emulation.js'
import type { Platform } from '../../oci/platform.js'
import { runsNatively } from '../../qemu/emulators.js'
import type { BuildSettings } from '../../settings.js'

export interface EmulationScope {
  /** Platforms whose RUN steps run under QEMU (the ones to install emulators for). */
  emulated: Platform[]
  /** Requested non-native platforms where nothing runs emulated. */
  unemulated: Platform[]
  /** For the log: what was decided and why. */
  notes: string[]
}

/** Whether the Dockerfile is worth reading: some platform is not native and `qemu` is not forced on. */
export function wantsAnalysis(s: Pick<BuildSettings, 'qemu' | 'platforms'>, hostArch: string): boolean {
  return s.qemu !== 'true' && s.platforms.some((p) => !runsNatively(p, hostArch))
}

export function emulationScope(
  s: Pick<BuildSettings, 'qemu' | 'platforms'>,
  hostArch: string,
  analysis: EmulationAnalysis | undefined,
): EmulationScope {
  const nonNative = s.platforms.filter((p) => !runsNatively(p, hostArch))
  if (nonNative.length === 0 || s.qemu === 'true' || analysis === undefined) {
    return { emulated: nonNative, unemulated: [], notes: [] }
  }
  if ('undecided' in analysis) {
    return {
      emulated: nonNative,
      unemulated: [],
      notes: [
        `QEMU: the Dockerfile does not tell what runs emulated (${analysis.undecided}); emulating every platform`,
      ],
    }
  }
  return {
    emulated: analysis.needed,
    unemulated: nonNative.filter((p) => !analysis.needed.includes(p)),
    notes: analysis.reasons.map((r) => `QEMU: ${r}`),
  }
}
