/** The merge's step outputs and job summary (pure: they return values; the step writes them). */
import { CREATED } from '../../meta/labels.js'
import { cell, indexOutputs } from '../report.js'
import type { MergeResult } from './run.js'

export function mergeOutputs(r: MergeResult): Record<string, string> {
  return indexOutputs(r)
}

const code = (s: string) => `\`${cell(s)}\``

/** Platforms, digests, the run attempt each leg came from, and the tags: moved, or already there. */
export function mergeSummaryMarkdown(r: MergeResult, handoffId: string | undefined): string {
  const rows = r.legs.map((leg) => {
    const inIndex = r.platformDigests[leg.platform]
    return `| ${cell(leg.platform)} | ${inIndex ? code(inIndex) : leg.digest ? code(leg.digest) : 'not pushed'} | ${leg.attempt === undefined ? 'digests input' : String(leg.attempt)} |`
  })
  const tags = [
    ...r.moved.map((t) => `| ${code(t)} | moved to the index |`),
    ...r.unchanged.map((t) => `| ${code(t)} | already the index: not moved |`),
  ]
  return [
    '### multiarch-publish: merge',
    '',
    r.digest
      ? `Index \`${cell(r.image ?? r.digest)}\`${r.annotations[CREATED] ? `, created ${r.annotations[CREATED]}` : ''}`
      : 'push: false: every platform has its leg; nothing was pushed, no tag moved.',
    ...(handoffId === undefined ? [] : ['', `Handoff-id \`${cell(handoffId)}\``]),
    '',
    '| Platform | Digest | Leg from run attempt |',
    '| --- | --- | --- |',
    ...rows,
    '',
    ...(tags.length > 0 ? ['| Tag | |', '| --- | --- |', ...tags, ''] : r.digest ? ['No tags.', ''] : []),
  ].join('\n')
}
