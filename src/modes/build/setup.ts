/**
 * QEMU and builder setup. BuildKit reads the registered emulators once, when its worker starts: a builder booted
 * before they are registered builds the emulated platforms but never lists them (docs/qemu-order.md). So the
 * work that does not depend on the emulators runs at once (pulling the binfmt and BuildKit images, creating the
 * builder), then the emulators are registered, then the builder boots and reports its platforms. Only the boot
 * needs the BuildKit image: the slowest part of the setup (its import into the daemon, from the registry or the
 * Actions cache) goes on while the builder is created and the emulators are registered.
 */
import {
  builderImage,
  dockerDriverProblem,
  planBuilder,
  uncoveredPlatforms,
  type BuilderPlan,
} from '../../buildx/builder.js'
import { analyzeEmulation, type EmulationAnalysis } from '../../dockerfile/emulation.js'
import { InputError } from '../../errors.js'
import type { Log } from '../../log.js'
import type { Platform } from '../../oci/platform.js'
import { missingEmulators, planQemu, type QemuPlan } from '../../qemu/plan.js'
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
async function prepareQemu(s: BuildSettings, d: SetupDeps): Promise<{ plan: QemuPlan; scope: EmulationScope }> {
  const scope = onNodes(s, emulationScope(s, d.hostArch, await analysis(s, d)))
  for (const note of scope.notes) d.log.info(note)
  const plan = planQemu({ qemu: s.qemu, platforms: scope.emulated }, d.hostArch, await d.registeredEmulators())
  if (plan.install.length > 0) await d.images.ensure(s.binfmtImage, 'binfmt-image')
  return { plan, scope }
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

/** What the builder's boot waits for: its image present in the daemon (settled when there is none to make present). */
interface BuilderReady {
  image: Promise<void>
}

/**
 * Creates the builder and appends its nodes, without booting them (or checks the docker driver can build). The
 * BuildKit image is made present meanwhile; `image` settles when it is (creating needs no image, booting does).
 */
async function prepareBuilder(s: BuildSettings, builder: BuilderPlan, d: SetupDeps): Promise<BuilderReady> {
  const none = { image: Promise.resolve() }
  if (!builder.create) {
    const problem = dockerDriverProblem(s, await d.docker.containerdStore())
    if (problem) throw new InputError('driver', problem)
    d.log.info(`Builder: the docker driver's own builder '${builder.name}'`)
    return none
  }
  if (s.builderName !== undefined && (await d.docker.builderExists(s.builderName))) {
    d.log.info(
      `Builder '${s.builderName}' (input name) exists: used as it is` +
        (s.nodes.length > 0 ? '; its nodes are not changed (input nodes not appended)' : ''),
    )
    return none
  }
  const wanted = builderImage(s)
  const image = wanted ? d.images.ensure(wanted.image, wanted.input) : Promise.resolve()
  // awaited before the boot (setup); until then a failure must not count as unhandled
  image.catch(() => undefined)
  const config = s.buildkitdConfigInline ? await d.writeConfig(s.buildkitdConfigInline) : s.buildkitdConfig
  // Saved before creating, so the post step removes it even when creation or the job is cut short. A builder
  // named by the user, or with cleanup: false, is kept.
  if (builder.remove) {
    d.postState.builder = builder.name
    d.postState.builderDriver = s.driver
    d.state.save(d.postState)
  } else {
    d.log.info(`Builder '${builder.name}' is kept after the job (${s.builderName ? 'input name' : 'cleanup: false'})`)
  }
  await d.docker.createBuilder(s, builder.name, config)
  for (const node of s.nodes) await d.docker.appendNode(s, builder.name, node)
  return { image }
}

async function registerEmulators(s: BuildSettings, qemu: { plan: QemuPlan; scope: EmulationScope }, d: SetupDeps) {
  const { plan, scope } = qemu
  if (plan.required.length === 0) {
    if (s.qemu === 'false') d.log.info('QEMU: off (qemu: false)')
    else if (scope.unemulated.length > 0)
      d.log.info(`QEMU: not needed, nothing runs emulated (${scope.unemulated.join(', ')} build natively)`)
    else d.log.info(`QEMU: not needed, every platform runs natively on ${d.hostArch}`)
    return
  }
  if (plan.install.length > 0) {
    d.log.info(`QEMU: installing ${plan.install.map((e) => e.install).join(', ')} with ${s.binfmtImage}`)
    await d.docker.installEmulators(s.binfmtImage, plan.install)
  } else {
    d.log.info(`QEMU: ${plan.required.map((e) => e.entry).join(', ')} already registered`)
  }
  const missing = missingEmulators(plan.required, await d.registeredEmulators())
  if (missing.length > 0) {
    throw new Error(
      `QEMU emulators not registered after setup: ${missing.map((e) => e.entry).join(', ')} (see /proc/sys/fs/binfmt_misc)`,
    )
  }
  d.log.info('QEMU: emulators registered before the builder boots')
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

export async function setup(s: BuildSettings, d: SetupDeps): Promise<BuilderPlan> {
  return d.log.group('Setting up QEMU and the builder', async () => {
    const builder = planBuilder(s, d.uniqueName)
    await checkLoad(s, d)
    const [qemu, ready] = await Promise.all([prepareQemu(s, d), prepareBuilder(s, builder, d)])
    await Promise.all([registerEmulators(s, qemu, d), ready.image])
    const listed = await d.docker.bootstrap(builder.name)
    checkPlatforms(s, builder, listed, qemu.scope, d.log)
    return builder
  })
}
