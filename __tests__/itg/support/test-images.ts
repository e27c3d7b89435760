/**
 * The real BuildKit and binfmt images (../shared/images), which global-setup pushed into a registry on loopback,
 * and what the docker-container tests need around them: the action run with them, and the builders it leaves.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { runAction, type ActionRun } from '../../../scripts/run-action.mjs'

type RunOptions = NonNullable<Parameters<typeof runAction>[0]>
import { IMAGE_ENV, STATE } from './global-setup.mjs'
import { dockerEnv } from './images.js'
import { itgSkipReason } from './tools.js'

export interface TestImages {
  /** e.g. 127.0.0.1:PORT/moby/buildkit:buildx-stable-1 */
  buildkit: string
  /** e.g. 127.0.0.1:PORT/tonistiigi/binfmt:latest */
  binfmt: string
}

/** The images' references, from the environment global-setup set, else from its state file. */
export function testImages(): TestImages | undefined {
  const buildkit = process.env[IMAGE_ENV.buildkit]
  const binfmt = process.env[IMAGE_ENV.binfmt]
  if (buildkit && binfmt) return { buildkit, binfmt }
  if (!existsSync(STATE)) return undefined
  return (JSON.parse(readFileSync(STATE, 'utf8')) as { images?: TestImages }).images
}

/**
 * Why the docker-container suites cannot run here, or undefined. As for tools: in CI a missing piece is a
 * failure, never a skip.
 */
export function containerSkipReason(): string | undefined {
  const tools = itgSkipReason()
  if (tools) return tools
  if (testImages()) return undefined
  const msg = 'the BuildKit and binfmt test images are not in the test registry (../shared/images; see global-setup)'
  if (process.env.CI) throw new Error(msg)
  return msg
}

/**
 * Runs the bundled action (main + post) as a user on a GitHub runner would, with the action.yml defaults (driver
 * docker-container, qemu auto), the images from the test registry, and `network=host` for the builder (the test
 * daemon has no bridge network).
 */
export function runContainer(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  opts: Pick<RunOptions, 'post' | 'beforePost'> = {},
): Promise<ActionRun> {
  const images = testImages()
  if (!images) throw new Error('no test images (containerSkipReason() should have skipped this suite)')
  return runAction({
    inputs: {
      'buildkit-image': images.buildkit,
      'binfmt-image': images.binfmt,
      'driver-opts': 'network=host',
      ...inputs,
    },
    env: { DOCKER_HOST: dockerEnv().DOCKER_HOST as string, ...env },
    echo: !!process.env.MP_ECHO,
    ...opts,
  })
}

function docker(...args: string[]): string {
  return execFileSync('docker', args, { env: dockerEnv(), stdio: ['ignore', 'pipe', 'pipe'] }).toString()
}

/**
 * What a docker-container builder leaves on the daemon: its containers, volumes and buildx entries, and the local
 * tags its image ran under (127.0.0.1:0/multiarch-publish/..., any builder's: runs go one at a time).
 */
export interface BuilderTraces {
  containers: string[]
  volumes: string[]
  builders: string[]
  tags: string[]
}

/** The local tags the action gives the BuildKit image of a builder it creates (see localBuilderImage). */
export const LOCAL_TAG_PREFIX = '127.0.0.1:0/multiarch-publish/'

/**
 * The traces of the builder named `name` (buildx names its container buildx_buildkit_<name>0 and the volume
 * buildx_buildkit_<name>0_state). With `prefix`, of every builder whose name starts with `name`.
 */
export function builderTraces(name: string, { prefix = false } = {}): BuilderTraces {
  const lines = (s: string) => s.split('\n').filter(Boolean)
  const ours = (n: string) => (prefix ? n.startsWith(name) : n === name)
  const filter = ['--filter', `name=buildx_buildkit_${name}`]
  return {
    containers: lines(docker('ps', '-a', ...filter, '--format', '{{.Names}}')),
    volumes: lines(docker('volume', 'ls', ...filter, '--format', '{{.Name}}')),
    builders: lines(docker('buildx', 'ls', '--format', '{{.Name}}')).filter(ours),
    tags: lines(docker('image', 'ls', '--format', '{{.Repository}}:{{.Tag}}')).filter((t) =>
      t.startsWith(LOCAL_TAG_PREFIX),
    ),
  }
}

/** The unique builder name the action chose, from its `docker buildx create --name <name>` command line. */
export function builderName(stdout: string): string | undefined {
  return /buildx create --name (\S+)/.exec(stdout)?.[1]
}

/**
 * What the action's builder left behind: that builder's traces, or, when the action created none (it stopped
 * earlier), those of any builder named like the action's (multiarch-publish-...).
 */
export function leftBehind(stdout: string): BuilderTraces {
  const name = builderName(stdout)
  return name ? builderTraces(name) : builderTraces('multiarch-publish-', { prefix: true })
}
