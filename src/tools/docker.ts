/** Thin wrappers over the docker CLI: buildx and the binfmt container. Decisions live in src/plan/. */
import { runChecked, type Runner } from './runner.js'
import {
  bootstrapArgs,
  usesContainerdStore,
  createBuilderArgs,
  inspectArgs,
  parseInspectPlatforms,
} from '../buildx/builder.js'
import { parseBuildxVersion } from '../buildx/cache.js'
import { binfmtArgs } from '../qemu/plan.js'
import type { BuildSettings } from '../settings.js'
import type { Platform } from '../oci/platform.js'
import type { Emulator } from '../qemu/emulators.js'

export class Docker {
  constructor(
    private readonly runner: Runner,
    private readonly env: Record<string, string>,
  ) {}

  private run(args: string[], extraEnv: Record<string, string> = {}, silent = true) {
    return runChecked(this.runner, 'docker', args, { env: { ...this.env, ...extraEnv }, silent })
  }

  async buildxVersion(): Promise<string> {
    const res = await this.run(['buildx', 'version'])
    return parseBuildxVersion(res.stdout)
  }

  /** Whether the daemon keeps images in the containerd image store. */
  async containerdStore(): Promise<boolean> {
    const res = await this.run(['info', '--format', '{{json .DriverStatus}}'])
    return usesContainerdStore(res.stdout)
  }

  async installEmulators(image: string, emulators: readonly Emulator[]): Promise<void> {
    await this.run(binfmtArgs(image, emulators), {}, false)
  }

  async createBuilder(s: BuildSettings, name: string, configFile: string | undefined): Promise<void> {
    await this.run(createBuilderArgs(s, name, configFile), {}, false)
  }

  async bootstrap(name: string): Promise<void> {
    await this.run(bootstrapArgs(name), {}, false)
  }

  async builderPlatforms(name: string): Promise<Platform[]> {
    const res = await this.run(inspectArgs(name))
    return parseInspectPlatforms(res.stdout)
  }

  /** Runs a build with its output shown in the log; returns buildx's progress output (stderr). */
  async build(args: string[], extraEnv: Record<string, string>): Promise<string> {
    return (await this.run(args, extraEnv, false)).stderr
  }
}
