/** The merge step: legs from the Actions cache handoff (or the digests input) -> one verified index, tagged. */
import * as cache from '@actions/cache'
import * as fs from 'node:fs/promises'
import { handoffStoreFromEnv } from '../../handoff/env.js'
import { explicitLegSource } from '../../handoff/explicit.js'
import { imageTags } from '../../meta/outputs.js'
import type { MergeSettings } from '../../settings.js'
import { runMerge } from './run.js'
import { RegistryClient } from '../../oci/client.js'
import { DockerConfigCredentials, nodeDockerConfigDeps } from '../../oci/credentials.js'
import type { StepDeps } from '../deps.js'
import { logNotes, publishOutputs } from '../report.js'
import { prepareWorkspace, removeWorkspace } from '../workspace.js'

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
        : handoffStoreFromEnv(d.env, cache, fs, (m) => {
            d.log.info(m)
          })
      const result = await runMerge(
        { images: s.images, tags: s.tags, platforms: s.platforms, annotations: s.annotations.index },
        { legs, registry: client, log: d.log },
      )
      // every image has every tag, or the merge failed
      return {
        ...publishOutputs(s, imageTags(s.images, s.tags)),
        digest: result.digest,
        platforms: result.platforms.join(','),
        'platform-digests': JSON.stringify(result.platformDigests),
        image: result.image,
      }
    } finally {
      client.close()
    }
  } finally {
    await removeWorkspace(ws, d.log)
  }
}
