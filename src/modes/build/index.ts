/** The build and build-platform steps: real docker, registry client and (for legs) the artifact handoff. */
import { DefaultArtifactClient } from '@actions/artifact'
import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { handoffStoreFromEnv } from '../../handoff/env.js'
import type { BuildSettings } from '../../settings.js'
import { hostArchitecture } from '../../qemu/emulators.js'
import { registryPublisher } from '../../publish/publisher.js'
import { parseDigest } from '../../oci/types.js'
import { registeredEmulators } from '../../tools/binfmt.js'
import { Docker } from '../../tools/docker.js'
import type { StepDeps } from '../deps.js'
import { logNotes, publishOutputs } from '../report.js'
import { prepareWorkspace } from '../workspace.js'
import { buildOutputs, summaryMarkdown } from './outputs.js'
import { checkPaths, dockerfilePath } from './paths.js'
import { runBuild } from './run.js'
import { secretValues } from './secrets.js'

/** Runs the build; returns the step outputs (tags: the image:tag names that now point at the pushed index). */
export async function buildStep(s: BuildSettings, d: StepDeps): Promise<Record<string, string>> {
  logNotes(s, d.log)
  await checkPaths(s, process.cwd())
  for (const secret of await secretValues(s, d.env, process.cwd())) core.setSecret(secret)
  const ws = await prepareWorkspace({ ...s, actor: d.actor }, d, true)
  // a leg that could not hand off fails before it builds (outside a workflow run, without the artifact service)
  const handoff =
    s.mode === 'build-platform'
      ? handoffStoreFromEnv(d.env, new DefaultArtifactClient(), fs, {
          handoffId: s.handoff.id,
          tempRoot: ws.workDir,
          info: (m) => {
            d.log.info(m)
          },
        })
      : undefined
  const result = await runBuild(s, {
    docker: new Docker(d.runner, ws.env),
    log: d.log,
    state: d.state,
    postState: ws.postState,
    hostArch: hostArchitecture(process.arch),
    registeredEmulators: () => registeredEmulators(),
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
  })
  if (handoff) {
    // push: false hands off too: the merge then checks the legs without pushing (a pull request)
    const digest = result.digest ? parseDigest(result.digest) : undefined
    await d.log.group(`Handing off to the merge (handoff-id ${s.handoff.id})`, async () => {
      for (const platform of result.platforms) {
        await handoff.save({ image: s.images[0] ?? '', platform, ...(digest ? { digest } : {}) })
      }
    })
  }
  if (s.summary && d.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(result)).write()
  // a leg or push: false tags nothing
  return { ...publishOutputs(s, result.tagged), ...buildOutputs(result) }
}
