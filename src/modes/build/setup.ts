/**
 * QEMU and builder setup. BuildKit reads the registered emulators once, when its worker starts: a builder booted
 * before they are registered builds the emulated platforms but never lists them (docs/qemu-order.md). So two
 * chains run at once: the Dockerfile read, the binfmt image and the emulators' registration on one side, the
 * BuildKit image (its import is the slowest part) and the buildkitd config on the other; then a new builder is
 * created and booted in one `docker buildx create --bootstrap`. Its platforms need no second call: the emulators it reads at boot were
 * checked registered just before. A builder that already exists, or one with appended nodes, is booted with
 * `docker buildx inspect --bootstrap`, whose platform list is checked against the request.
 */
import {
  builderImage,
  dockerDriverProblem,
  localBuilderImage,
  planBuilder,
  uncoveredPlatforms,
  type BuilderPlan,
} from '../../buildx/builder.js'
import { analyzeEmulation, type EmulationAnalysis } from '../../dockerfile/emulation.js'
import { InputError } from '../../errors.js'
import type { Log } from '../../log.js'
import type { Platform } from '../../oci/platform.js'
import { missingEmulators, planQemu, unfixedFor, unrunnablePlatforms, type QemuPlan } from '../../qemu/plan.js'
import type { BuildSettings } from '../../settings.js'
import type { PostState, StateStore } from '../../state.js'
import { keyValue } from '../../text/lines.js'
import type { Docker } from '../../tools/docker.js'
import { emulationScope, wantsAnalysis, type EmulationScope } from './emulation.js'
import type { ImageProvider } from './images.js'

export interface SetupDeps {
  docker: Docker
  /** Makes the binfmt and BuildKit images present (from the Actions cache, or pulled). */
  images: ImageProvider
  log: Log
  state: StateStore
  postState: PostState
  hostArch: string
  registeredEmulators: () => Promise<string[]>
  /** The enabled emulators registered without the F flag (src/tools/binfmt.ts); none when not given. */
  unfixedEmulators?: () => Promise<string[]>
  /** The Dockerfile's text; undefined when it cannot be read here (a remote context). */
  readDockerfile: () => Promise<string | undefined>
  /** Writes the inline buildkitd config to a file and returns its path. */
  writeConfig: (toml: string) => Promise<string>
  uniqueName: string
}

async function analysis(s: BuildSettings, d: SetupDeps): Promise<EmulationAnalysis | undefined> {
  if (!wantsAnalysis(s, d.hostArch)) return undefined
  const dockerfile = await d.readDockerfile()
  if (dockerfile === undefined) return { undecided: 'a remote build context' }
  const buildArgs = Object.fromEntries(s.buildArgs.map((a) => keyValue(a)).filter((kv) => kv !== undefined))
  return analyzeEmulation({ dockerfile, target: s.target, buildArgs, platforms: s.platforms, hostArch: d.hostArch })
}

/**
 * What QEMU needs (nothing runs yet but the pull of the binfmt image when an emulator must be installed). A
 * platform an appended node builds runs there, natively: no emulator for it.
 */
async function prepareQemu(s: BuildSettings, d: SetupDeps): Promise<Qemu> {
  const scope = onNodes(s, emulationScope(s, d.hostArch, await analysis(s, d)))
  for (const note of scope.notes) d.log.info(note)
  const registered = await d.registeredEmulators()
  const plan = planQemu({ qemu: s.qemu, platforms: scope.emulated }, d.hostArch, registered)
  if (plan.install.length > 0) await d.images.ensure(s.binfmtImage, 'binfmt-image')
  return { plan, scope, registered }
}

/** Platforms that appended nodes build are emulated nowhere: each node builds its platforms natively. */
function onNodes(s: BuildSettings, scope: EmulationScope): EmulationScope {
  const covered = s.nodes.flatMap((n) => n.platforms).filter((p) => s.platforms.includes(p))
  if (covered.length === 0) return scope
  return {
    emulated: scope.emulated.filter((p) => !covered.includes(p)),
    unemulated: scope.unemulated.filter((p) => !covered.includes(p)),
    notes: [...scope.notes, `QEMU: ${covered.join(', ')} built on appended nodes (natively there): no emulator here`],
  }
}

/** `load: true` with several platforms needs Docker's containerd image store (buildx loads an index there). */
async function checkLoad(s: BuildSettings, d: SetupDeps): Promise<void> {
  if (!s.load || s.platforms.length < 2 || (await d.docker.containerdStore())) return
  throw new InputError(
    'load',
    `load: true with platforms: ${s.platforms.join(',')} needs Docker's containerd image store, which this daemon does ` +
      'not use (it loads one platform only); give one platform, or turn on the containerd image store',
  )
}

/**
 * Whether a new builder is created and booted in one call, its platforms taken from the emulators checked just
 * before: a docker-container builder of one node, on this daemon. A remote builder, or one with appended nodes,
 * runs elsewhere: `buildx inspect --bootstrap` tells its platforms.
 */
function bootsOnCreate(s: BuildSettings): boolean {
  return s.driver === 'docker-container' && s.nodes.length === 0
}

/** How the builder gets booted once the emulators are registered. */
type Boot =
  | { kind: 'none' } // the docker driver's own builder
  | { kind: 'existing' } // a named builder of an earlier step: booted as it is
  | { kind: 'new'; config: string | undefined; localImage?: string } // created here

/** Checks the docker driver can build, or makes a new builder's image and config ready; creates nothing yet. */
async function prepareBuilder(s: BuildSettings, builder: BuilderPlan, d: SetupDeps): Promise<Boot> {
  if (!builder.create) {
    const problem = dockerDriverProblem(s, await d.docker.containerdStore())
    if (problem) throw new InputError('driver', problem)
    d.log.info(`Builder: the docker driver's own builder '${builder.name}'`)
    return { kind: 'none' }
  }
  if (s.builderName !== undefined && (await d.docker.builderExists(s.builderName))) {
    d.log.info(
      `Builder '${s.builderName}' (input name) exists: used as it is` +
        (s.nodes.length > 0 ? '; its nodes are not changed (input nodes not appended)' : ''),
    )
    return { kind: 'existing' }
  }
  const image = builderImage(s)
  const [config, provided] = await Promise.all([
    s.buildkitdConfigInline ? d.writeConfig(s.buildkitdConfigInline) : Promise.resolve(s.buildkitdConfig),
    image ? d.images.ensure(image.image, image.input) : Promise.resolve(undefined),
  ])
  // An image this step has just pulled or loaded is current: the builder runs it under a tag of its own, so that
  // its boot does not pull it again (localBuilderImage). Only for a builder of one node on this daemon that the
  // post step removes (with the tag); an image the daemon had already, and a kept builder, go to buildx by name,
  // so that buildx's pull at boot keeps a moving tag current on a long-lived daemon.
  if (!image || provided !== 'fetched' || !builder.remove || !bootsOnCreate(s)) return { kind: 'new', config }
  const localImage = localBuilderImage(builder.name)
  d.postState.untag = [...(d.postState.untag ?? []), localImage] // saved before tagging: removed whatever happens next
  d.state.save(d.postState)
  await d.docker.tag(d.images.nameOf(image.image), localImage)
  d.log.info(`Builder image: ${image.image}, as ${localImage} (booted from the copy just made present)`)
  return { kind: 'new', config, localImage }
}

/** Creates the builder, booted in the same call unless nodes are appended to it first. */
async function createBuilder(s: BuildSettings, builder: BuilderPlan, boot: Boot & { kind: 'new' }, d: SetupDeps) {
  // Saved just before creating, so the post step removes it even when creation or the job is cut short. A
  // builder named by the user, or with cleanup: false, is kept.
  if (builder.remove) {
    d.postState.builder = builder.name
    d.postState.builderDriver = s.driver
    d.state.save(d.postState)
  } else {
    d.log.info(`Builder '${builder.name}' is kept after the job (${s.builderName ? 'input name' : 'cleanup: false'})`)
  }
  const created = boot.localImage
    ? { ...s, buildkitImage: boot.localImage, driverOpts: s.driverOpts.filter((o) => !o.startsWith('image=')) }
    : s
  await d.docker.createBuilder(created, builder.name, boot.config, { bootstrap: bootsOnCreate(s) })
  for (const node of s.nodes) await d.docker.appendNode(s, builder.name, node)
}

interface Qemu {
  plan: QemuPlan
  scope: EmulationScope
  /** The binfmt_misc entries registered before the setup. */
  registered: string[]
}

/** Installs the emulators the plan asks for; returns the entries registered now. */
async function registerEmulators(s: BuildSettings, qemu: Qemu, d: SetupDeps): Promise<string[]> {
  const { plan, scope } = qemu
  if (plan.required.length === 0) {
    if (s.qemu === 'false') d.log.info('QEMU: off (qemu: false)')
    else if (scope.unemulated.length > 0)
      d.log.info(`QEMU: not needed, nothing runs emulated (${scope.unemulated.join(', ')} build natively)`)
    else d.log.info(`QEMU: not needed, every platform runs natively on ${d.hostArch}`)
    return qemu.registered
  }
  if (plan.install.length > 0) {
    d.log.info(`QEMU: installing ${plan.install.map((e) => e.install).join(', ')} with ${s.binfmtImage}`)
    await d.docker.installEmulators(d.images.nameOf(s.binfmtImage), plan.install)
  } else {
    d.log.info(`QEMU: ${plan.required.map((e) => e.entry).join(', ')} already registered`)
  }
  const registered = plan.install.length > 0 ? await d.registeredEmulators() : qemu.registered
  const missing = missingEmulators(plan.required, registered)
  if (missing.length > 0) {
    throw new Error(
      `QEMU emulators not registered after setup: ${missing.map((e) => e.entry).join(', ')} (see /proc/sys/fs/binfmt_misc)`,
    )
  }
  d.log.info('QEMU: emulators registered before the builder boots')
  return registered
}

function checkPlatforms(s: BuildSettings, builder: BuilderPlan, listed: Platform[], scope: EmulationScope, log: Log) {
  const uncovered = uncoveredPlatforms(s.platforms, listed)
  const missing = uncovered.filter((p) => !scope.unemulated.includes(p))
  if (missing.length > 0) {
    throw new Error(
      `builder '${builder.name}' cannot build ${missing.join(', ')} (it supports ${listed.join(', ') || 'nothing'}); ` +
        (s.qemu === 'false'
          ? 'set qemu: auto, or use a runner that runs these platforms'
          : 'the emulators were registered before it booted: check /proc/sys/fs/binfmt_misc and the binfmt image'),
    )
  }
  log.info(`Builder '${builder.name}' supports ${listed.join(', ')}`)
  const accepted = uncovered.filter((p) => scope.unemulated.includes(p))
  if (accepted.length > 0) {
    log.info(`Builder '${builder.name}' builds ${accepted.join(', ')} without an emulator: nothing runs emulated there`)
  }
}

/**
 * A builder booted now runs the native platforms and those whose emulator is registered (with the F flag:
 * checkFixed): an emulated platform without one fails here, before the builder is created. With `qemu: auto` or
 * `true` the emulators were checked registered after the install already; this catches `qemu: false` on a runner
 * without them.
 */
function checkEmulated(s: BuildSettings, builder: BuilderPlan, qemu: Qemu, registered: string[], d: SetupDeps): void {
  const missing = unrunnablePlatforms(qemu.scope.emulated, d.hostArch, registered)
  if (missing.length > 0) {
    throw new Error(
      `builder '${builder.name}' cannot build ${missing.join(', ')}: its RUN steps need an emulator that is not ` +
        'registered (see /proc/sys/fs/binfmt_misc); ' +
        (s.qemu === 'false' ? 'set qemu: auto, or use a runner that runs these platforms' : 'check the binfmt image'),
    )
  }
}

/** What a builder booted by `docker buildx create --bootstrap` builds, and how. */
function logBooted(s: BuildSettings, builder: BuilderPlan, qemu: Qemu, d: SetupDeps): void {
  const emulated = qemu.scope.emulated.filter((p) => s.platforms.includes(p))
  d.log.info(
    `Builder '${builder.name}' booted: builds ${s.platforms.join(', ')}` +
      (emulated.length > 0 ? ` (${emulated.join(', ')} under QEMU)` : '') +
      (qemu.scope.unemulated.length > 0 ? ` (${qemu.scope.unemulated.join(', ')} without an emulator)` : ''),
  )
}

/**
 * An emulator registered without the F flag (an old distribution's qemu-user-static, say) does not run inside a
 * container: a build's RUN under it fails, late and obscurely. Said here, before the builder starts.
 */
async function checkFixed(qemu: Qemu, d: SetupDeps): Promise<void> {
  if (qemu.scope.emulated.length === 0 || !d.unfixedEmulators) return
  const unfixed = unfixedFor(qemu.scope.emulated, d.hostArch, await d.unfixedEmulators())
  if (unfixed.length === 0) return
  const names = unfixed.map((e) => e.entry).join(', ')
  throw new Error(
    `QEMU: ${names} registered without the F flag (see the flags line of /proc/sys/fs/binfmt_misc/${unfixed[0]?.entry ?? ''}): ` +
      'a build container cannot use it. Remove it (echo -1 > /proc/sys/fs/binfmt_misc/<name>) so that the binfmt ' +
      'image installs one, or register it with the F flag',
  )
}

export async function setup(s: BuildSettings, d: SetupDeps): Promise<BuilderPlan> {
  return d.log.group('Setting up QEMU and the builder', async () => {
    const builder = planBuilder(s, d.uniqueName)
    await checkLoad(s, d)
    // the emulators are registered while the BuildKit image is still arriving (its import, from a registry or
    // the Actions cache, is the slowest part of the setup): only the boot needs both
    const qemuChain = async () => {
      const q = await prepareQemu(s, d)
      return { qemu: q, registered: await registerEmulators(s, q, d) }
    }
    const [qemuDone, builderDone] = await Promise.allSettled([qemuChain(), prepareBuilder(s, builder, d)])
    if (builderDone.status === 'rejected') throw builderDone.reason
    if (qemuDone.status === 'rejected') throw qemuDone.reason
    const { qemu, registered } = qemuDone.value
    const boot = builderDone.value
    if (s.driver !== 'remote') await checkFixed(qemu, d)
    const oneCall = boot.kind === 'new' && bootsOnCreate(s)
    if (oneCall) checkEmulated(s, builder, qemu, registered, d)
    // the images have their own names before anything looks for them by those: buildx's boot, unless it runs the
    // builder's local tag (then they are named while the build runs, which needs no tag: images.finish() waits)
    const byName = !(boot.kind === 'new' && boot.localImage)
    if (byName) await d.images.settle()
    if (boot.kind === 'new') await createBuilder(s, builder, boot, d)
    if (oneCall) logBooted(s, builder, qemu, d)
    else checkPlatforms(s, builder, await d.docker.bootstrap(builder.name), qemu.scope, d.log)
    if (!byName) d.images.settleLater()
    return builder
  })
}
