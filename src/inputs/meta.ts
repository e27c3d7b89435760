/** Tags, labels, annotations and registry logins from the inputs and the GitHub context. */
import type { MetaContext } from '../meta/context.js'
import { parseFlavor } from '../meta/flavor.js'
import {
  computeAnnotations,
  computeLabels,
  parseAnnotations,
  parseLabels,
  type AnnotationLevel,
  type Annotations,
  type Labels,
} from '../meta/labels.js'
import { parseRules } from '../meta/rules.js'
import { computeTags } from '../meta/tags.js'
import { parseCredentials, type Credential } from '../login/credentials.js'
import { validateTag } from './names.js'
import type { InputGetter } from './read.js'

export interface MetaSettings {
  /** Bare tags, version first. */
  tags: string[]
  version: string
  /** Labels for every image, merged: OCI labels from the context, the user's win. */
  labels: Labels
  /** The levels asked for, each with the OCI annotations merged with the user's. */
  annotations: Annotations
  /** Things the user may want to know (e.g. a tag rule skipped for a ref that is not semver). */
  warnings: string[]
  credentials: Credential[]
}

export function parseMetaInputs(
  get: InputGetter,
  ctx: MetaContext,
  env: Readonly<Record<string, string | undefined>>,
  annotationLevels: readonly AnnotationLevel[] = ['index', 'manifest'],
): MetaSettings {
  const computed = computeTags(parseRules(get('tags')), parseFlavor(get('flavor')), ctx)
  const tags = computed.tags.map((t) => validateTag('tags', t))
  const labels = computeLabels(ctx, computed.version, parseLabels(get('labels')))
  const userAnnotations = parseAnnotations(get('annotations'))
  const annotations = computeAnnotations(ctx, computed.version, userAnnotations, annotationLevels)
  const dropped = userAnnotations.filter((a) => a.level !== undefined && !annotationLevels.includes(a.level))
  const warnings = [
    ...computed.warnings,
    ...dropped.map(
      (a) =>
        `annotations: '${a.level ?? ''}:${a.key}' is not applied: this step annotates ${annotationLevels.join(' and ')} only`,
    ),
  ]
  const credentials = parseCredentials(
    { registry: get('registry'), username: get('username'), password: get('password'), logins: get('logins') },
    env,
  )
  return { tags, version: computed.version, labels, annotations, warnings, credentials }
}
