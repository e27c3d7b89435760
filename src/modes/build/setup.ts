/** QEMU and builder setup, run concurrently; then a check that the builder covers every requested platform. */
import type { BuildSettings } from '../../settings.js'
import type { Log } from '../../log.js'
import { dockerDriverProblem, planBuilder, uncoveredPlatforms, type BuilderPlan } from '../../buildx/builder.js'
import { InputError } from '../../errors.js'
import { missingEmulators, planQemu } from '../../qemu/plan.js'
import type { Docker } from '../../tools/docker.js'
import type { PostState, StateStore } from '../../state.js'

export interface SetupDeps {
  docker: Docker
  log: Log
  state: StateStore
  postState: PostState
  hostArch: string
  registeredEmulators: () => Promise<string[]>
  /** Writes the inline buildkitd config to a file and returns its path. */
  writeConfig: (toml: string) => Promise<string>
  uniqueName: string
}

export async function setupQemu(s: BuildSettings, d: SetupDeps): Promise<void> {
  const plan = planQemu(s, d.hostArch, await d.registeredEmulators())
  if (plan.required.length === 0) {
    d.log.info(
      s.qemu === 'false'
        ? 'QEMU: off (qemu: false)'
        : `QEMU: not needed, every platform runs natively on ${d.hostArch}`,
    )
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
}

export async function setupBuilder(s: BuildSettings, d: SetupDeps): Promise<BuilderPlan> {
  const plan = planBuilder(s, d.uniqueName)
  if (!plan.create) {
    const problem = dockerDriverProblem(s, await d.docker.containerdStore())
    if (problem) throw new InputError('driver', problem)
    d.log.info(`Builder: the docker driver's own builder '${plan.name}'`)
    return plan
  }
  const config = s.buildkitdConfigInline ? await d.writeConfig(s.buildkitdConfigInline) : s.buildkitdConfig
  // Saved before creating, so the post step removes it even when creation or the job is cut short.
  d.postState.builder = plan.name
  d.state.save(d.postState)
  await d.docker.createBuilder(s, plan.name, config)
  await d.docker.bootstrap(plan.name)
  return plan
}

/** Both setups at once (they do not depend on each other), then the platform check. */
export async function setup(s: BuildSettings, d: SetupDeps): Promise<BuilderPlan> {
  return d.log.group('Setting up QEMU and the builder', async () => {
    const [, builder] = await Promise.all([setupQemu(s, d), setupBuilder(s, d)])
    const platforms = await d.docker.builderPlatforms(builder.name)
    const uncovered = uncoveredPlatforms(s.platforms, platforms)
    if (uncovered.length > 0) {
      throw new Error(
        `builder '${builder.name}' cannot build ${uncovered.join(', ')} (it supports ${platforms.join(', ') || 'nothing'}); ` +
          'set qemu: true or auto, or use a runner that runs these platforms',
      )
    }
    d.log.info(`Builder '${builder.name}' supports ${platforms.join(', ')}`)
    return builder
  })
}
