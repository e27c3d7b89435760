import { parseInputs } from '../../../src/inputs/index.js'
import type { BuildSettings } from '../../../src/settings.js'
import { runnerInputs } from './inputs.js'
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

/** Build settings as parseInputs makes them from the given inputs (action.yml defaults for the rest). */
export function settings(inputs: Record<string, string> = {}, ctx: MetaContext = CTX): BuildSettings {
  const s = parseInputs(runnerInputs(inputs), ctx, {})
  if (s.mode !== 'build' && s.mode !== 'build-platform') throw new Error(`expected a build mode, got ${s.mode}`)
  return s
}

/** The same without the context's OCI labels and annotations (the user's labels stay), for argv tables. */
export function bareSettings(inputs: Record<string, string> = {}): BuildSettings {
  const s = settings(inputs)
  const labels = Object.fromEntries(Object.entries(s.labels).filter(([k, v]) => !CTX_LABELS.includes(`${k}=${v}`)))
  return { ...s, labels, annotations: {} }
}

export const IMAGE = 'ghcr.io/acme/app'
