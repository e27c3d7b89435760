/**
 * The meta step: docker/metadata-action's outputs (version, tags, tag-names, labels, annotations, json) and its
 * bake files, written to a directory of the runner's temp folder that outlives the step (a later step reads
 * them). No Docker, no registry, no post work: it runs on any runner OS.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BakeFiles } from '../../meta/bake.js'
import type { MetaModeSettings } from '../../settings.js'
import type { StepDeps } from '../deps.js'

export async function metaStep(s: MetaModeSettings, d: Pick<StepDeps, 'log' | 'env'>): Promise<Record<string, string>> {
  const m = s.metadata
  for (const n of m.notices) d.log.notice(n)
  for (const w of m.warnings) d.log.warning(w)
  d.log.info(`Version: ${m.version || '(none)'}`)
  for (const t of m.tags) d.log.info(`Tag: ${t}`)
  const dir = await mkdtemp(join(d.env.RUNNER_TEMP || tmpdir(), 'multiarch-publish-meta-'))
  const bake: Record<string, string> = {}
  for (const output of Object.keys(m.bakeFiles) as (keyof BakeFiles)[]) {
    const file = m.bakeFiles[output]
    const path = join(dir, file.fileName)
    await writeFile(path, file.content)
    bake[output] = path
  }
  return { ...m.outputs, ...bake }
}
