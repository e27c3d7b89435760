/**
 * The stages of a Dockerfile as BuildKit builds them for one target platform: the platform each stage runs on
 * (a stage FROM another stage takes that stage's platform, else its --platform, else the target platform) and the
 * stages a target needs (FROM <stage>, COPY --from=<stage>, RUN --mount=from=<stage>, and those in the ONBUILD
 * triggers of a local base stage). Stages are placed lazily: an ARG that only a stage the target does not need uses
 * decides nothing. Pure.
 */
import { parsePlatform, PlatformError, type Platform } from '../oci/platform.js'
import type { ParsedDockerfile, Stage, StageRef } from './stages.js'
import { expandWord, type Expansion, type Scope } from './words.js'

/** Why the analysis cannot decide; its message goes to the log. */
export class Undecided extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'Undecided'
  }
}

export const label = (s: Stage): string => (s.name !== undefined ? `stage '${s.name}'` : `stage #${s.index}`)

function expanded(result: Expansion, what: string): string {
  if (result.ok) return result.value
  if ('unsupported' in result) throw new Undecided(`${what}: cannot expand ${result.unsupported}`)
  const why = result.unknown ? 'a default this analysis cannot expand' : 'no value (no default, no build-arg)'
  throw new Undecided(`${what}: $${result.variable} has ${why}`)
}

export interface Placement {
  platform: Platform
  /** How the stage got its platform; undefined for the target platform. */
  via?: string
  /** The local stage it is built FROM, whose ONBUILD triggers it runs. */
  base?: Stage
}

/** The stages of one target platform, placed lazily (only the stages the target needs are expanded). */
export class PlatformBuild {
  private readonly placed = new Map<number, Placement>()

  constructor(
    private readonly df: ParsedDockerfile,
    private readonly scope: Scope,
    private readonly target: Platform,
  ) {}

  place(stage: Stage): Placement {
    const known = this.placed.get(stage.index)
    if (known) return known
    const what = `line ${stage.line}: FROM ${stage.platform === undefined ? '' : `--platform=${stage.platform} `}${stage.base}`
    const image = expanded(expandWord(stage.base, this.scope, this.df.escape), what)
    if (image === '') throw new Undecided(`${what}: the image is empty`)
    const base = this.df.stages.slice(0, stage.index).find((s) => s.name === image)
    let placement: Placement = { platform: this.target }
    if (base) {
      placement = { platform: this.place(base).platform, via: `FROM ${label(base)}`, base }
    } else if (stage.platform !== undefined) {
      const value = expanded(expandWord(stage.platform, this.scope, this.df.escape), what)
      try {
        placement = { platform: parsePlatform(value), via: `--platform=${stage.platform}` }
      } catch (e) {
        if (e instanceof PlatformError) throw new Undecided(`${what}: ${e.message}`)
        throw e
      }
    }
    this.placed.set(stage.index, placement)
    return placement
  }

  /** The stage a COPY --from or RUN --mount=from= in `user` reads, or undefined for an image. */
  source(ref: StageRef, user: Stage): Stage | undefined {
    const what = `line ${ref.line}: ${ref.via} from=${ref.from}`
    if (ref.from.includes('$')) throw new Undecided(`${what}: a variable in from= is not expanded here`)
    const byIndex = /^\d+$/.test(ref.from)
    const source = byIndex
      ? this.df.stages[Number(ref.from)]
      : this.df.stages.find((s) => s.name === ref.from.toLowerCase())
    if (source === undefined && byIndex) throw new Undecided(`${what}: there is no stage #${ref.from}`)
    if (source !== undefined && source.index >= user.index) {
      throw new Undecided(`${what}: ${label(source)} is not defined before ${label(user)}`)
    }
    return source
  }

  /** The stages the target stage needs, itself included, in Dockerfile order. */
  needed(targetStage: Stage): Stage[] {
    const seen = new Set<number>()
    const visit = (stage: Stage): void => {
      if (seen.has(stage.index)) return
      seen.add(stage.index)
      const { base } = this.place(stage)
      if (base) visit(base)
      for (const ref of [...stage.refs, ...(base?.onbuild.refs ?? [])]) {
        const source = this.source(ref, stage)
        if (source) visit(source)
      }
    }
    visit(targetStage)
    return this.df.stages.filter((s) => seen.has(s.index))
  }
}
