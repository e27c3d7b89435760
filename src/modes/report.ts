/** What every publishing mode tells the user: its notes in the log, and the tag/label outputs. */
import type { Log } from '../log.js'
import { metaOutputs } from '../meta/outputs.js'
import type { Platform } from '../oci/platform.js'
import type { Digest } from '../oci/types.js'
import type { PublishSettings } from '../settings.js'

export function logNotes(s: Pick<PublishSettings, 'warnings' | 'notices'>, log: Log): void {
  for (const n of s.notices) log.notice(n)
  for (const w of s.warnings) log.warning(w)
}

/** `tags`, `labels`, `annotations`, `version`, `json`: `tagged` is every image:tag that now points at the index. */
export function publishOutputs(
  s: Pick<PublishSettings, 'version' | 'labels' | 'annotations'>,
  tagged: readonly string[],
): Record<string, string> {
  return { ...metaOutputs(tagged, s.version, s.labels, s.annotations) }
}

/** `digest`, `platforms`, `platform-digests`, `image`: what build and merge say of the index they pushed. */
export function indexOutputs(r: {
  digest?: Digest
  platforms: readonly Platform[]
  platformDigests: Partial<Record<Platform, Digest>>
  image?: string
}): Record<string, string> {
  return {
    digest: r.digest ?? '',
    platforms: r.platforms.join(','),
    'platform-digests': JSON.stringify(r.platformDigests),
    image: r.image ?? '',
  }
}

/** Text for a cell of a job-summary table (a `|` would end the cell). */
export const cell = (s: string): string => s.replace(/\|/g, '\\|')
