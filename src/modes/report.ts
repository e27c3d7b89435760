/** What every publishing mode tells the user: its notes in the log, and the tag/label outputs. */
import type { Log } from '../log.js'
import { metaOutputs } from '../meta/outputs.js'
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
