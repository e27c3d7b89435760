// Per-phase breakdown of one publish, for scripts/bench-job.mjs: the action's from the arrival times of its log
// lines (runAction with timeLines), the bare commands' from each command's start and exit. Seconds.
//
// The action (main then post step):
//   node     Node start: each step's spawn to its first line (main: also reading the inputs), main + post
//   create   first line to the QEMU decision: the Dockerfile read and the binfmt/BuildKit image checks, at once
//   qemu     `QEMU: installing ...` to `QEMU: emulators registered ...` (0 when no emulator is needed; the
//            binfmt_misc check alone when they are already registered)
//   boot     to `Builder '...' booted: ...` (`docker buildx create --bootstrap`; `Builder '...' supports ...` after
//            `docker buildx inspect --bootstrap` for an existing builder)
//   build    `::group::Building ...` to the first export step of buildx's progress (`#N exporting ...`)
//   push     that export step to the group's end: the image export and push by digest, the cache export
//   verify   the `::group::Verifying the pushed index and tagging` group
//   cleanup  the post step from its first line to its exit (the builder killed and removed, temp files)
//   rest     the total less the above: main's exit after the last group (outputs, summary), the harness
// The bare commands: qemu = `docker run --privileged --rm <binfmt> --install arm64`, boot =
// `docker buildx create --bootstrap` (create included), build/push = `docker buildx build --push` split at the
// same export step, cleanup = `docker buildx rm --force`, rest = the total less those (the script's gaps).

export const PHASES = ['node', 'create', 'qemu', 'boot', 'build', 'push', 'verify', 'cleanup', 'rest']

/** buildx's plain progress: the first step that exports (the image, or the cache) after the build steps. */
const EXPORT_STEP = /^#\d+ (exporting to |exporting cache|preparing build cache for export|writing cache)/

function find(lines, re, from = 0, to = lines.length) {
  for (let i = from; i < to; i++) if (re.test(lines[i].text)) return i
  return -1
}

function must(lines, re, from, what) {
  const i = find(lines, re, from)
  if (i < 0) throw new Error(`phases: no line for ${what} (${re}) in the log`)
  return i
}

/** When the export of a build's output started: the first export step's line, else the build's end. */
export function exportStart(lines, from = 0, to = lines.length, end) {
  const i = find(lines, EXPORT_STEP, from, to)
  return i < 0 ? end : lines[i].at
}

/** How the action set up QEMU, from its log: 'installed', 'registered' (already), 'none' (not needed or off). */
export function qemuDecision(stdout) {
  if (/^QEMU: installing /m.test(stdout)) return 'installed'
  if (/^QEMU: .* already registered$/m.test(stdout)) return 'registered'
  return 'none'
}

/** The action's phases; `t0`/`t1` bracket the runAction call made with timeLines. */
export function actionPhases(res, t0, t1) {
  const { main, post } = res
  const L = main.lines
  if (!L?.length || !post?.lines?.length) throw new Error('phases: run the action with timeLines (and its post step)')
  const decision = must(L, /^QEMU: (installing |not needed|off \(|.* already registered$)/, 0, 'the QEMU decision')
  const registered = find(L, /^QEMU: emulators registered before the builder boots$/, decision)
  const supports = must(L, /^Builder '.*' (supports|booted: )/, decision, 'the platform check')
  const build = must(L, /^::group::Building /, supports, 'the build group')
  const buildEnd = must(L, /^::endgroup::$/, build, 'the end of the build group')
  const verify = must(L, /^::group::Verifying the pushed index and tagging$/, buildEnd, 'the verify group')
  const verifyEnd = must(L, /^::endgroup::$/, verify, 'the end of the verify group')
  const qemuEnd = registered >= 0 ? L[registered].at : L[decision].at
  const exported = exportStart(L, build, buildEnd, L[buildEnd].at)
  const p = {
    node: L[0].at - main.startedAt + (post.lines[0].at - post.startedAt),
    create: L[decision].at - L[0].at,
    qemu: qemuEnd - L[decision].at,
    boot: L[supports].at - qemuEnd,
    build: exported - L[build].at,
    push: L[buildEnd].at - exported,
    verify: L[verifyEnd].at - L[verify].at,
    cleanup: post.exitedAt - post.lines[0].at,
  }
  return withRest(p, t1 - t0)
}

/** The bare commands' phases from runTimed() results: { binfmt, create, build, rm }; `t0`/`t1` bracket them all. */
export function barePhases(cmds, t0, t1) {
  const span = (c) => c.exitedAt - c.startedAt
  const exported = exportStart(cmds.build.lines, 0, cmds.build.lines.length, cmds.build.exitedAt)
  const p = {
    node: 0,
    create: 0,
    qemu: span(cmds.binfmt),
    boot: span(cmds.create),
    build: exported - cmds.build.startedAt,
    push: cmds.build.exitedAt - exported,
    verify: 0,
    cleanup: span(cmds.rm),
  }
  return withRest(p, t1 - t0)
}

function withRest(p, total) {
  const named = Object.values(p).reduce((a, b) => a + b, 0)
  for (const [k, v] of Object.entries(p)) if (v < -0.005) throw new Error(`phases: ${k} is negative (${v})`)
  return { total, phases: { ...p, rest: total - named } }
}
