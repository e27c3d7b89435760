/**
 * A Dockerfile read with dockerfile-ast into what the emulation analysis needs: the global ARGs, and per stage its
 * FROM (image and --platform as written), its RUN lines, the stages or images it reads (COPY --from,
 * RUN --mount=from=) and the ONBUILD triggers it leaves for a stage built FROM it. What BuildKit would reject, or
 * this reading cannot be sure of, is an error with the line. Pure.
 */
import {
  Arg,
  Copy,
  DockerfileParser,
  From,
  Keyword,
  Onbuild,
  Run,
  type Dockerfile,
  type Instruction,
} from 'dockerfile-ast'

/** A stage or an image that a step reads; `from` as written. */
export interface StageRef {
  from: string
  line: number
  via: 'COPY --from' | 'RUN --mount'
}

/** The steps of a stage that matter here (also the shape of a stage's ONBUILD triggers). */
export interface Steps {
  /** 1-based lines of the RUN instructions. */
  runs: number[]
  refs: StageRef[]
}

export interface Stage extends Steps {
  index: number
  /** The name after AS, lowercased as BuildKit keys it. */
  name?: string
  /** 1-based line of the FROM. */
  line: number
  /** The image (or stage) as written, ARGs unexpanded. */
  base: string
  /** The --platform value as written. */
  platform?: string
  /** Triggers that run in a stage built FROM this one. */
  onbuild: Steps
}

export interface GlobalArg {
  name: string
  /** The default as written; undefined when the ARG has none. */
  value?: string
}

export interface ParsedDockerfile {
  args: GlobalArg[]
  stages: Stage[]
  escape: string
  /** The frontend image of a `# syntax=` directive. */
  syntax?: string
}

export class DockerfileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DockerfileError'
  }
}

const KEYWORDS = new Set<string>(Object.values(Keyword))
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/

const lineOf = (i: Instruction): number => i.getRange().start.line + 1

function fail(i: Instruction, message: string): never {
  throw new DockerfileError(`line ${lineOf(i)}: ${message}`)
}

function checkHeredocs(i: Instruction): void {
  if (!(i instanceof Run || i instanceof Copy)) return
  for (const h of i.getHeredocs()) {
    if (h.getDelimiterRange() === null) fail(i, `here-document <<${h.getName()} is not closed`)
  }
}

/** Adds what a RUN or COPY reads and runs to `steps`; `line` is where it is written (the ONBUILD's line for a trigger). */
function addStep(steps: Steps, i: Instruction, line: number): void {
  if (i instanceof Run) {
    steps.runs.push(line)
    for (const flag of i.getFlags()) {
      if (flag.getName() !== 'mount') continue
      const from = flag.getOption('from')?.getValue()
      const raw = flag.getValue() ?? ''
      if (raw.includes('"') || raw.includes("'")) fail(i, `cannot read the quoted --mount '${raw}'`)
      if (from !== undefined && from !== null) steps.refs.push({ from, line, via: 'RUN --mount' })
    }
  } else if (i instanceof Copy) {
    // not getFromFlag(): it sees --from only when it is the only flag (`COPY --link --from=...` has two)
    const from = i.getFlags().filter((f) => f.getName() === 'from')
    if (from.length > 1) fail(i, 'COPY takes one --from')
    const value = from[0]?.getValue()
    if (value === null) fail(i, '--from has no value')
    if (value !== undefined) steps.refs.push({ from: value, line, via: 'COPY --from' })
  }
}

function readFrom(i: From, index: number): Stage {
  const flags = i.getFlags()
  const unknown = flags.find((f) => f.getName() !== 'platform')
  if (unknown) fail(i, `FROM takes no --${unknown.getName()}`)
  if (flags.length > 1) fail(i, 'FROM takes one --platform')
  const args = i.getArguments().map((a) => a.getValue())
  const [base, as, name] = args
  if (base === undefined) fail(i, 'FROM names no image')
  if (args.length !== 1 && (args.length !== 3 || as?.toLowerCase() !== 'as')) {
    fail(i, `expected 'FROM [--platform=...] image [AS name]', found 'FROM ${args.join(' ')}'`)
  }
  const stage: Stage = { index, line: lineOf(i), base, runs: [], refs: [], onbuild: { runs: [], refs: [] } }
  if (name !== undefined) {
    const lower = name.toLowerCase()
    if (!STAGE_NAME.test(lower)) fail(i, `'${name}' is not a valid stage name`)
    stage.name = lower
  }
  const platform = flags[0]?.getValue()
  if (platform === null) fail(i, '--platform has no value')
  if (platform !== undefined) stage.platform = platform
  return stage
}

function readOnbuild(stage: Stage, i: Onbuild): void {
  const trigger = i.getTriggerInstruction()
  if (trigger === null) fail(i, 'ONBUILD has no instruction')
  const keyword = trigger.getKeyword()
  if (!KEYWORDS.has(keyword) || ['ONBUILD', 'FROM', 'MAINTAINER'].includes(keyword)) {
    fail(i, `ONBUILD cannot trigger ${keyword}`)
  }
  checkHeredocs(trigger)
  addStep(stage.onbuild, trigger, lineOf(i))
}

function readGlobalArgs(i: Instruction, args: GlobalArg[]): void {
  if (!(i instanceof Arg)) fail(i, `${i.getKeyword()} before the first FROM (only ARG may come before it)`)
  for (const p of i.getProperties()) {
    const value = p.getValue()
    args.push(value === null ? { name: p.getName() } : { name: p.getName(), value })
  }
}

/** Reads a Dockerfile; throws DockerfileError where BuildKit would fail or the reading is unsure. */
export function parseDockerfile(text: string): ParsedDockerfile {
  let df: Dockerfile
  try {
    df = DockerfileParser.parse(text)
  } catch (e) {
    throw new DockerfileError(`the Dockerfile could not be read: ${e instanceof Error ? e.message : String(e)}`)
  }
  const args: GlobalArg[] = []
  const stages: Stage[] = []
  for (const i of df.getInstructions()) {
    const keyword = i.getKeyword()
    if (!KEYWORDS.has(keyword)) fail(i, `unknown instruction '${i.getInstruction()}'`)
    checkHeredocs(i)
    const current = stages[stages.length - 1]
    if (i instanceof From) {
      const stage = readFrom(i, stages.length)
      if (stage.name !== undefined && stages.some((s) => s.name === stage.name)) {
        fail(i, `stage name '${stage.name}' is used twice`)
      }
      stages.push(stage)
    } else if (current === undefined) readGlobalArgs(i, args)
    else if (i instanceof Onbuild) readOnbuild(current, i)
    else addStep(current, i, lineOf(i))
  }
  if (stages.length === 0) throw new DockerfileError('the Dockerfile has no FROM')
  const parsed: ParsedDockerfile = { args, stages, escape: df.getEscapeCharacter() }
  const syntax = syntaxOf(df)
  if (syntax !== undefined) parsed.syntax = syntax
  return parsed
}

/**
 * The `# syntax=` directive; also one that follows a blank line or another comment before the first instruction,
 * which dockerfile-ast reads as a comment: mistaking a comment for a custom frontend only costs the emulator.
 */
function syntaxOf(df: Dockerfile): string | undefined {
  const directive = df.getDirectives().find((d) => d.getName().toLowerCase() === 'syntax')
  if (directive) return directive.getValue()
  const first = df.getInstructions()[0]?.getRange().start.line ?? Infinity
  for (const comment of df.getComments()) {
    if (comment.getRange().start.line > first) break
    const [key = '', ...value] = comment.getContent().split('=')
    if (key.trim().toLowerCase() === 'syntax' && value.length > 0) return value.join('=').trim()
  }
  return undefined
}
