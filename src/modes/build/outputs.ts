/** Step outputs and the job summary (pure: they return values; main writes them). */
import type { Platform } from '../../oci/platform.js'
import type { Attestation } from '../../publish/compose.js'
import { cell, indexOutputs } from '../report.js'
import type { BuildResult } from './run.js'

export function buildOutputs(r: BuildResult): Record<string, string> {
  return { ...indexOutputs(r), imageid: r.imageId ?? '', metadata: r.metadata.raw }
}

/** in-toto predicate types, as people call them. */
const PREDICATES: Record<string, string> = {
  'https://slsa.dev/provenance/v0.2': 'provenance (SLSA v0.2)',
  'https://slsa.dev/provenance/v1': 'provenance (SLSA v1)',
  'https://spdx.dev/Document': 'SBOM (SPDX)',
}

/** `provenance (SLSA v0.2) for linux/amd64, linux/arm64; SBOM (SPDX) for linux/amd64, linux/arm64`, or `none`. */
export function attestationSummary(attestations: readonly Attestation[]): string {
  const by = new Map<string, Platform[]>()
  for (const a of attestations) {
    for (const t of a.predicateTypes) {
      const name = PREDICATES[t] ?? t
      by.set(name, [...(by.get(name) ?? []), ...(a.platform ? [a.platform] : [])])
    }
  }
  if (by.size === 0) return 'none'
  return [...by]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
    .map(([name, ps]) => (ps.length > 0 ? `${name} for ${ps.join(', ')}` : name))
    .join('; ')
}

function headline(r: BuildResult): string {
  if (r.call !== undefined) return `\`call: ${r.call}\`: no problem found; nothing was built or pushed.`
  return r.digest ? `Index \`${r.image ?? ''}\`` : 'Built without pushing.'
}

export function summaryMarkdown(r: BuildResult): string {
  const tags = r.tagged.length > 0 ? r.tagged.map((t) => `\`${t}\``).join('<br>') : 'none'
  const rows = r.platforms.map(
    (p) =>
      `| ${cell(p)} | ${r.platformDigests[p] ? `\`${r.platformDigests[p]}\`` : 'not pushed'} | ${tags} | ${r.buildSeconds.toFixed(1)} s | ${r.cache.kind} |`,
  )
  const nodes =
    r.nodes.length > 1
      ? [`Nodes: ${r.nodes.map((n) => `${n.platforms.join(', ')} on \`${n.node ?? '?'}\``).join('; ')}`, '']
      : []
  const attested = r.digest ? [`Attestations pushed: ${attestationSummary(r.attestations)}`, ''] : []
  return [
    '### multiarch-publish',
    '',
    headline(r),
    '',
    ...(r.call !== undefined
      ? []
      : ['| Platform | Digest | Tags | Build time | Cache |', '| --- | --- | --- | --- | --- |', ...rows, '']),
    ...attested,
    ...nodes,
  ].join('\n')
}
