import { parseBuildInputs, type BuildSettings } from '../../../src/inputs/build.js'
import type { MetaContext } from '../../../src/meta/context.js'

/** A run with no ref to tag (workflow_dispatch outside a branch), so default tag rules yield nothing. */
export const CTX: MetaContext = {
  eventName: 'workflow_dispatch',
  ref: '',
  sha: '0f3a1b2c3d4e5f60718293a4b5c6d7e8f9012345',
  payload: {},
  runId: 7,
  repository: 'acme/app',
  serverUrl: 'https://github.com',
  now: new Date('2026-11-25T01:00:00Z'),
}

/** OCI labels for CTX with no version, as `key=value`. */
export const CTX_LABELS = [
  'org.opencontainers.image.created=2026-11-25T01:00:00.000Z',
  'org.opencontainers.image.description=',
  'org.opencontainers.image.licenses=',
  'org.opencontainers.image.revision=0f3a1b2c3d4e5f60718293a4b5c6d7e8f9012345',
  'org.opencontainers.image.source=https://github.com/acme/app',
  'org.opencontainers.image.title=app',
  'org.opencontainers.image.url=https://github.com/acme/app',
  'org.opencontainers.image.version=',
]

/** Build settings as parseBuildInputs makes them from the given inputs (action.yml defaults for the rest). */
export function settings(inputs: Record<string, string> = {}, ctx: MetaContext = CTX): BuildSettings {
  return parseBuildInputs((name) => inputs[name] ?? '', ctx)
}

/** The same without the context's OCI labels and annotations (the user's labels stay), for argv tables. */
export function bareSettings(inputs: Record<string, string> = {}): BuildSettings {
  const s = settings(inputs)
  return { ...s, labels: s.labels.filter((l) => !CTX_LABELS.includes(l)), annotations: [] }
}

export const IMAGE = 'ghcr.io/acme/app'
