/** The merge step: legs from the artifact handoff (or the digests input) -> one verified index, tagged. */
import * as fs from 'node:fs/promises'
import { handoffStoreFromEnv } from '../../handoff/env.js'
import { explicitLegSource } from '../../handoff/explicit.js'
import { imageTags } from '../../meta/outputs.js'
import type { MergeSettings } from '../../settings.js'
import { runMerge } from './run.js'
import { RegistryClient } from '../../oci/client.js'
import { DockerConfigCredentials, nodeDockerConfigDeps } from '../../oci/credentials.js'
import { lazyArtifactClient } from '../artifacts.js'
import type { StepDeps } from '../deps.js'
import { logNotes, publishOutputs } from '../report.js'
import { workflow } from '../../workflow/commands.js'
import { prepareWorkspace, removeWorkspace } from '../workspace.js'
import { mergeOutputs, mergeSummaryMarkdown } from './outputs.js'

export async function mergeStep(s: MergeSettings, d: StepDeps): Promise<Record<string, string>> {
  logNotes(s, d.log)
  const ws = await prepareWorkspace({ ...s, actor: d.actor }, d, false)
  try {
    const client = new RegistryClient({
      credentials: new DockerConfigCredentials({ ...nodeDockerConfigDeps(), env: ws.env }),
      insecureRegistries: s.insecureRegistries,
    })
    try {
      const legs = s.digests
        ? explicitLegSource(s.digests, client)
        : handoffStoreFromEnv(d.env, lazyArtifactClient, fs, {
            handoffId: s.handoff.id,
            tempRoot: ws.workDir,
            info: (m) => {
              d.log.info(m)
            },
          })
      const handoffId = s.digests ? undefined : s.handoff.id
      const result = await runMerge(
        {
          images: s.images,
          tags: s.tags,
          platforms: s.platforms,
          annotations: s.annotations.index,
          push: s.push,
          ...(handoffId === undefined ? {} : { handoffId }),
          ...(s.commitDate ? { commitDate: s.commitDate } : {}),
        },
        { legs, registry: client, log: d.log },
      )
      if (s.summary && d.env.GITHUB_STEP_SUMMARY) {
        await workflow.appendSummary(mergeSummaryMarkdown(result, handoffId), d.env)
      }
      // every image has every tag, or the merge failed (push: false tags nothing)
      const tagged = result.digest ? imageTags(s.images, s.tags) : []
      return {
        ...publishOutputs({ ...s, annotations: { index: result.annotations } }, tagged),
        ...mergeOutputs(result),
      }
    } finally {
      client.close()
    }
  } finally {
    await removeWorkspace(ws, d.log)
  }
}
