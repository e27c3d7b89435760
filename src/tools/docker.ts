/** Thin wrappers over the docker CLI: buildx, images and the binfmt container. Decisions live in src/buildx/. */
import {
  appendNodeArgs,
  bootstrapArgs,
  createBuilderArgs,
  inspectBuilderArgs,
  parseInspectPlatforms,
  usesContainerdStore,
} from '../buildx/builder.js'
import { parseBuildxVersion } from '../buildx/cache.js'
import { InputError } from '../errors.js'
import type { Platform } from '../oci/platform.js'
import type { Emulator } from '../qemu/emulators.js'
import { binfmtArgs } from '../qemu/plan.js'
import type { BuilderNode, BuildSettings } from '../settings.js'
import { CommandError, runChecked, stderrTail, type Runner } from './runner.js'

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

  /**
   * Makes an image the action runs present in the daemon (pulled unless it is there already), so that a name
   * that does not exist fails here, within seconds and naming the input, not inside buildx or the binfmt run.
   */
  async ensureImage(image: string, input: string): Promise<void> {
    const present = await this.runner.run('docker', ['image', 'inspect', '--format', '{{.Id}}', image], {
      env: this.env,
      silent: true,
    })
    if (present.exitCode === 0) return
    try {
      await this.run(['pull', '--quiet', image])
    } catch (e) {
      if (!(e instanceof CommandError)) throw e
      throw new InputError(input, `the image '${image}' cannot be pulled:\n${stderrTail(e.stderr)}`)
    }
  }

  async installEmulators(image: string, emulators: readonly Emulator[]): Promise<void> {
    await this.run(binfmtArgs(image, emulators), {}, false)
  }

  /** `docker buildx create` without booting: the container starts with the bootstrap. */
  async createBuilder(s: BuildSettings, name: string, configFile: string | undefined): Promise<void> {
    await this.run(createBuilderArgs(s, name, configFile), {}, false)
  }

  /** Appends a node to the builder (`docker buildx create --append`), without booting it. */
  async appendNode(s: BuildSettings, name: string, node: BuilderNode): Promise<void> {
    await this.run(appendNodeArgs(s, name, node), {}, false)
  }

  /** Whether a builder of that name exists (a named builder of an earlier step or job is used as it is). */
  async builderExists(name: string): Promise<boolean> {
    const res = await this.runner.run('docker', inspectBuilderArgs(name), { env: this.env, silent: true })
    return res.exitCode === 0
  }

  /** Boots the builder (BuildKit reads the registered emulators now); returns the platforms it reports. */
  async bootstrap(name: string): Promise<Platform[]> {
    const res = await this.run(bootstrapArgs(name), {}, false)
    return parseInspectPlatforms(res.stdout)
  }

  /**
   * Runs a build with its output shown in the log (`silent`: only captured, for builds that run side by side);
   * returns buildx's progress output (stderr).
   */
  async build(args: string[], extraEnv: Record<string, string>, silent = false): Promise<string> {
    return (await this.run(args, extraEnv, silent)).stderr
  }
}
