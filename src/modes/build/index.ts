/** The build and build-platform steps: real docker, registry client and (for legs) the artifact handoff. */
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { cacheServiceOf } from '../../cache-service/service.js'
import { handoffStoreFromEnv } from '../../handoff/env.js'
import type { BuildSettings } from '../../settings.js'
import { hostArchitecture } from '../../qemu/emulators.js'
import { registryPublisher } from '../../publish/publisher.js'
import { RegistryClient } from '../../oci/client.js'
import { DockerConfigCredentials, nodeDockerConfigDeps } from '../../oci/credentials.js'
import { parseReference } from '../../oci/reference.js'
import { DEFAULT_RETRY_POLICY } from '../../oci/retry.js'
import { parseDigest } from '../../oci/types.js'
import { startFacade } from '../../registry-facade/server.js'
import { registeredEmulators, unfixedEmulators } from '../../tools/binfmt.js'
import { Docker } from '../../tools/docker.js'
import { commandRetry, commandRetryPolicy } from '../../tools/retry.js'
import { lazyArtifactClient } from '../artifacts.js'
import type { StepDeps } from '../deps.js'
import { logNotes, publishOutputs } from '../report.js'
import { workflow } from '../../workflow/commands.js'
import { prepareWorkspace, type Workspace } from '../workspace.js'
import { actionsImageCache } from './image-cache.js'
import { fetchImage } from './image-fetch.js'
import { imageProvider, type ImageProvider } from './images.js'
import { buildOutputs, summaryMarkdown } from './outputs.js'
import { checkPaths, dockerfilePath } from './paths.js'
import { runBuild } from './run.js'
import { secretValues } from './secrets.js'

/** Where blobs fetched for the Actions cache are written, relative to the workspace. */
const IMAGES_DIR = '.multiarch-publish-images'

/** Whether the daemon runs on this machine (so it can reach a registry of the action's on loopback). */
export function localDaemon(env: Readonly<Record<string, string | undefined>>): boolean {
  const host = env.DOCKER_HOST ?? ''
  return host === '' || host.startsWith('unix://') || host.startsWith('npipe://')
}

/**
 * The binfmt and BuildKit images through the Actions cache (unless `cache-images: false`, the job has no cache
 * service or the daemon is on another machine). The digest for the key comes from a HEAD of the manifest, and an
 * image the cache lacks is fetched by the action, with a few quick retries only: the daemon's pull that follows a
 * failure has the whole retry budget.
 */
function actionImages(s: BuildSettings, ws: Workspace, d: StepDeps, docker: Docker): ImageProvider {
  const service = s.cacheImages ? cacheServiceOf(d.env) : undefined
  const local = localDaemon(ws.env)
  if (service && !local) d.log.info('cache-images: the daemon is on another machine (DOCKER_HOST); images are pulled')
  const cached = service && local
  if (cached) {
    ws.postState.tempDirs.push(resolve(IMAGES_DIR)) // a cancelled step's blobs go with the post step
    d.state.save(ws.postState)
  }
  const client = (quick: boolean) =>
    new RegistryClient({
      credentials: new DockerConfigCredentials({ ...nodeDockerConfigDeps(), env: ws.env }),
      insecureRegistries: s.insecureRegistries,
      retry: {
        ...DEFAULT_RETRY_POLICY,
        maxAttempts: s.retryTimeout === 0 || quick ? 1 : 3,
        totalTimeMs: Math.min(10_000, s.retryTimeout * 1000),
      },
    })
  const using = async <T>(quick: boolean, fn: (c: RegistryClient) => Promise<T>): Promise<T> => {
    const c = client(quick)
    try {
      return await fn(c)
    } finally {
      c.close()
    }
  }
  return imageProvider({
    docker,
    log: d.log,
    ...(cached
      ? {
          cache: actionsImageCache(service, (v) => {
            workflow.setSecret(v)
          }),
        }
      : {}),
    headDigest: (image) => using(false, async (c) => (await c.headManifest(parseReference(image)))?.digest),
    fetchImage: (ref, digest, arch, dir, quick) => using(quick, (c) => fetchImage(c, ref, digest, arch, dir)),
    startFacade,
    untagLater: (name) => {
      ws.postState.untag = [...(ws.postState.untag ?? []), name]
      d.state.save(ws.postState)
    },
    arch: hostArchitecture(process.arch),
    files: fs,
    dir: IMAGES_DIR,
  })
}

/** Runs the build; returns the step outputs (tags: the image:tag names that now point at the pushed index). */
export async function buildStep(s: BuildSettings, d: StepDeps): Promise<Record<string, string>> {
  logNotes(s, d.log)
  await checkPaths(s, process.cwd())
  for (const secret of await secretValues(s, d.env, process.cwd())) workflow.setSecret(secret)
  const ws = await prepareWorkspace({ ...s, actor: d.actor }, d, true)
  // a leg that could not hand off fails before it builds (outside a workflow run, without the artifact service)
  const handoff =
    s.mode === 'build-platform'
      ? handoffStoreFromEnv(d.env, lazyArtifactClient, fs, {
          handoffId: s.handoff.id,
          tempRoot: ws.workDir,
          info: (m) => {
            d.log.info(m)
          },
        })
      : undefined
  const retry = commandRetry({
    policy: commandRetryPolicy(s.retryTimeout),
    log: (m) => {
      d.log.info(m)
    },
  })
  const docker = new Docker(d.runner, ws.env, retry)
  const images = actionImages(s, ws, d, docker)
  const result = await runBuild(s, {
    docker,
    images,
    log: d.log,
    state: d.state,
    postState: ws.postState,
    hostArch: hostArchitecture(process.arch),
    registeredEmulators: () => registeredEmulators(),
    unfixedEmulators: () => unfixedEmulators(),
    readDockerfile: async () => {
      const path = dockerfilePath(s, process.cwd())
      return path === undefined ? undefined : fs.readFile(path, 'utf8')
    },
    writeConfig: async (toml) => {
      const path = join(ws.workDir, 'buildkitd.toml')
      await fs.writeFile(path, toml)
      return path
    },
    uniqueName: `multiarch-publish-${randomBytes(6).toString('hex')}`,
    publisher: registryPublisher({ env: ws.env, log: d.log, insecureRegistries: s.insecureRegistries }),
    env: d.env,
    workDir: ws.workDir,
    readFile: (p) => fs.readFile(p, 'utf8'),
    clock: () => Date.now(),
  }).finally(() => images.finish()) // the images named, and kept in the Actions cache, while the build ran
  if (handoff) {
    // push: false hands off too: the merge then checks the legs without pushing (a pull request)
    const digest = result.digest ? parseDigest(result.digest) : undefined
    await d.log.group(`Handing off to the merge (handoff-id ${s.handoff.id})`, async () => {
      for (const platform of result.platforms) {
        await handoff.save({ image: s.images[0] ?? '', platform, ...(digest ? { digest } : {}) })
      }
    })
  }
  if (s.summary && d.env.GITHUB_STEP_SUMMARY) await workflow.appendSummary(summaryMarkdown(result), d.env)
  // a leg or push: false tags nothing
  return { ...publishOutputs(s, result.tagged), ...buildOutputs(result) }
}
