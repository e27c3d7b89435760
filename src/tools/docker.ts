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
import { pushFailure } from '../buildx/progress.js'
import type { Platform } from '../oci/platform.js'
import { transientFailure, transientReason } from '../oci/transient.js'
import type { Emulator } from '../qemu/emulators.js'
import { binfmtArgs } from '../qemu/plan.js'
import type { BuilderNode, BuildSettings } from '../settings.js'
import { noRetry, type CommandRetry, type Transient } from './retry.js'
import { runChecked, type Runner } from './runner.js'

/** `docker run` exits 125 when docker itself failed (pulling the image, say), else with the container's code. */
const DOCKER_RUN_OWN_FAILURE = 125

/** A failed command whose stderr's tail reports a transient registry or network failure. */
const anyTransient: Transient = (e) => transientFailure(e)

export class Docker {
  /** `retry`: how the commands that reach a registry or boot the builder are tried again after a transient failure. */
  constructor(
    private readonly runner: Runner,
    private readonly env: Record<string, string>,
    private readonly retry: CommandRetry = noRetry,
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

  /** Whether the daemon has the image (under this name). */
  async hasImage(image: string): Promise<boolean> {
    const res = await this.runner.run('docker', ['image', 'inspect', '--format', '{{.Id}}', image], {
      env: this.env,
      silent: true,
    })
    return res.exitCode === 0
  }

  /** Pulls an image, again after a transient failure (by default any; `transient` narrows it). */
  async pull(image: string, transient: Transient = anyTransient): Promise<void> {
    await this.retry.run(`Pulling ${image}`, () => this.run(['pull', '--quiet', image]), transient)
  }

  /** Gives the image another name (`docker tag`). */
  async tag(image: string, target: string): Promise<void> {
    await this.run(['tag', image, target])
  }

  async installEmulators(image: string, emulators: readonly Emulator[]): Promise<void> {
    await this.retry.run(
      'Installing the QEMU emulators',
      () => this.run(binfmtArgs(image, emulators), {}, false),
      (e) => transientFailure(e, [DOCKER_RUN_OWN_FAILURE]),
    )
  }

  /**
   * `docker buildx create`, booting the builder in the same call (`bootstrap`) or not (nodes are appended first).
   * A boot that failed for a transient reason leaves the builder's entry behind: the next attempt boots that one.
   */
  async createBuilder(
    s: BuildSettings,
    name: string,
    configFile: string | undefined,
    opts: { bootstrap: boolean },
  ): Promise<void> {
    let attempts = 0
    await this.retry.run(
      opts.bootstrap ? 'Creating and booting the builder' : 'Creating the builder',
      async () => {
        const created = attempts++ > 0 && opts.bootstrap && (await this.builderExists(name))
        return this.run(
          created ? bootstrapArgs(name) : createBuilderArgs(s, name, configFile, opts.bootstrap),
          {},
          false,
        )
      },
      anyTransient,
    )
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
    const res = await this.retry.run(
      'Booting the builder',
      () => this.run(bootstrapArgs(name), {}, false),
      anyTransient,
    )
    return parseInspectPlatforms(res.stdout)
  }

  /**
   * Runs a build with its output shown in the log (`silent`: only captured, for builds that run side by side);
   * returns buildx's progress output (stderr). A build that failed while pushing (not in a build step) for a
   * transient reason runs again: the builder's cache holds every step, so it only pushes again.
   */
  async build(args: string[], extraEnv: Record<string, string>, silent = false): Promise<string> {
    const pushed = (e: { stderr: string }) => {
      const failure = pushFailure(e.stderr)
      return failure === undefined ? undefined : transientReason(failure)
    }
    return (await this.retry.run('The push', () => this.run(args, extraEnv, silent), pushed)).stderr
  }
}
