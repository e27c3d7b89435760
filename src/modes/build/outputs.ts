/** Step outputs and the job summary (pure: they return values; main writes them). */
import type { BuildResult } from './run.js'

export function buildOutputs(r: BuildResult): Record<string, string> {
  return {
    digest: r.digest ?? '',
    platforms: r.platforms.join(','),
    'platform-digests': JSON.stringify(r.platformDigests),
    image: r.image ?? '',
    metadata: r.metadata.raw,
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|')

export function summaryMarkdown(r: BuildResult): string {
  const tags = r.tagged.length > 0 ? r.tagged.map((t) => `\`${t}\``).join('<br>') : 'none'
  const rows = r.platforms.map(
    (p) =>
      `| ${cell(p)} | ${r.platformDigests[p] ? `\`${r.platformDigests[p]}\`` : 'not pushed'} | ${tags} | ${r.buildSeconds.toFixed(1)} s | ${r.cache.kind} |`,
  )
  return [
    '### multiarch-publish',
    '',
    r.digest ? `Index \`${r.image}\`` : 'Built without pushing.',
    '',
    '| Platform | Digest | Tags | Build time | Cache |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}
