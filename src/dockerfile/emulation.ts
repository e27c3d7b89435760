/**
 * Which platforms a build runs code under that this runner cannot run natively, read from the Dockerfile: only a
 * RUN executes code (FROM, COPY, ADD, ENV, ... are pulls and file operations that BuildKit does natively). For each
 * target platform the stages the build target needs are followed (FROM <stage>, COPY --from=<stage>,
 * RUN --mount=from=<stage>, and the same in ONBUILD triggers of a local base stage) and each gets its platform:
 * a stage FROM another stage has that stage's platform; else its --platform (`$BUILDPLATFORM` is this runner,
 * linux/<hostArch>); else the target platform. A RUN (or an ONBUILD RUN of its base stage) in a stage whose platform
 * the runner does not run natively needs the emulator. External base images are assumed to carry no ONBUILD RUN.
 * When the Dockerfile cannot be decided (a FROM with an ARG without value, a syntax the reading is unsure of, a
 * custom frontend, an unknown target) the answer is `undecided` and the caller installs QEMU as it would without
 * this analysis. Pure.
 */
import { parsePlatform, PlatformError, type Platform } from '../oci/platform.js'
import { runsNatively } from '../qemu/emulators.js'
import { label, PlatformBuild, Undecided } from './graph.js'
import { globalScope } from './scope.js'
import { DockerfileError, parseDockerfile, type ParsedDockerfile, type Stage } from './stages.js'

export interface EmulationInput {
  /** The Dockerfile's text. */
  dockerfile: string
  /** The build target (a stage name); the last stage when absent or empty. */
  target?: string
  buildArgs: Readonly<Record<string, string>>
  /** The platforms being built. */
  platforms: readonly Platform[]
  /** The runner's OCI architecture (hostArchitecture(process.arch)). */
  hostArch: string
}

export type EmulationAnalysis =
  /**
   * `needed`: the platforms, without duplicates, that at least one needed RUN runs under and that the runner does
   * not run natively (usually non-native target platforms; also a literal `--platform` one). Empty: no emulator.
   * `reasons`: one line per target platform, for the log.
   */
  | { needed: Platform[]; reasons: string[] }
  /** Why the Dockerfile cannot be decided. */
  | { undecided: string }

/** The frontends that are BuildKit's own Dockerfile syntax (any version or channel). */
const STANDARD_FRONTENDS = new Set([
  'docker/dockerfile',
  'docker/dockerfile-upstream',
  'docker.io/docker/dockerfile',
  'docker.io/docker/dockerfile-upstream',
])

function frontendName(ref: string): string {
  const name = ref.trim().split('@')[0] ?? ''
  const colon = name.lastIndexOf(':')
  return (colon > name.lastIndexOf('/') ? name.slice(0, colon) : name).toLowerCase()
}

interface EmulatedRun {
  platform: Platform
  text: string
}

function emulatedRuns(build: PlatformBuild, stages: readonly Stage[], hostArch: string): EmulatedRun[] {
  const out: EmulatedRun[] = []
  for (const stage of stages) {
    const { platform, via, base } = build.place(stage)
    if (runsNatively(platform, hostArch)) continue
    const as = `runs as ${platform}${via ? ` (${via})` : ''}`
    if (base) {
      for (const line of base.onbuild.runs) {
        out.push({ platform, text: `ONBUILD RUN of ${label(base)} (line ${line}) in ${label(stage)} ${as}` })
      }
    }
    for (const line of stage.runs) out.push({ platform, text: `RUN in ${label(stage)} (line ${line}) ${as}` })
  }
  return out
}

function nativeReason(build: PlatformBuild, stages: readonly Stage[]): string {
  const parts = stages.map((stage) => {
    const { platform, via, base } = build.place(stage)
    if (stage.runs.length === 0 && (base?.onbuild.runs.length ?? 0) === 0) return `${label(stage)} has no RUN`
    return `${label(stage)} runs on ${platform}${via ? ` (${via})` : ''}`
  })
  return `no RUN runs emulated: ${parts.join('; ')}`
}

/** The build platform ($BUILDPLATFORM): the runner, as BuildKit on it reports itself. */
function runnerPlatform(hostArch: string): Platform {
  try {
    return parsePlatform(`linux/${hostArch}`)
  } catch (e) {
    if (e instanceof PlatformError) throw new Undecided(`the runner's architecture '${hostArch}' is not known`)
    throw e
  }
}

function analyze(df: ParsedDockerfile, input: EmulationInput): { needed: Platform[]; reasons: string[] } {
  const syntax = input.buildArgs.BUILDKIT_SYNTAX ?? df.syntax
  if (syntax !== undefined && !STANDARD_FRONTENDS.has(frontendName(syntax))) {
    throw new Undecided(`the Dockerfile is built by the frontend '${syntax}', not BuildKit's Dockerfile syntax`)
  }
  const target = input.target ?? ''
  const targetStage =
    target === '' ? df.stages[df.stages.length - 1] : df.stages.find((s) => s.name === target.toLowerCase())
  if (targetStage === undefined) throw new Undecided(`the target stage '${target}' is not in the Dockerfile`)
  const buildPlatform = runnerPlatform(input.hostArch)
  const needed: Platform[] = []
  const reasons: string[] = []
  for (const platform of input.platforms) {
    const scope = globalScope(df.args, input.buildArgs, platform, buildPlatform, df.escape)
    const build = new PlatformBuild(df, scope, platform)
    const stages = build.needed(targetStage)
    const emulated = emulatedRuns(build, stages, input.hostArch)
    for (const run of emulated) if (!needed.includes(run.platform)) needed.push(run.platform)
    const [first] = emulated
    if (first) {
      const more = emulated.length > 1 ? ` (and ${emulated.length - 1} more emulated RUN)` : ''
      reasons.push(`${platform}: ${first.text}${more}`)
    } else if (runsNatively(platform, input.hostArch)) {
      reasons.push(`${platform}: runs natively on this ${input.hostArch} runner`)
    } else {
      reasons.push(`${platform}: ${nativeReason(build, stages)}`)
    }
  }
  return { needed, reasons }
}

/** Which platforms need QEMU for this Dockerfile, or why that cannot be decided. Never throws for a bad Dockerfile. */
export function analyzeEmulation(input: EmulationInput): EmulationAnalysis {
  try {
    return analyze(parseDockerfile(input.dockerfile), input)
  } catch (e) {
    if (e instanceof Undecided || e instanceof DockerfileError) return { undecided: e.message }
    throw e
  }
}
