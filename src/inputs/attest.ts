/** `provenance`, `sbom` and `attests`, checked against what BuildKit's attestations take. */
import { attestArgs, attestationType, workflowRunUrl } from '../buildx/attest.js'
import { InputError } from '../errors.js'
import type { MetaContext } from '../meta/context.js'
import { keyValue } from '../text/lines.js'
import { lineError, listInput } from './build-options.js'
import { optional, type InputGetter } from './read.js'

const BOOL = /^(?:true|false)$/i

/** Options per attestation type (docs.docker.com/build/metadata/attestations), with a check of the value. */
const OPTIONS: Record<string, Record<string, RegExp>> = {
  provenance: {
    mode: /^(?:min|max)$/,
    'builder-id': /^\S+$/,
    'inline-only': BOOL,
    reproducible: BOOL,
    version: /^v(?:0\.2|1)$/,
    disabled: BOOL,
  },
  sbom: { generator: /^\S+$/, disabled: BOOL },
}

/** Why `attrs` (fields of one attestation type) is not valid, or undefined. */
function problem(type: string, attrs: readonly string[]): string | undefined {
  const known = OPTIONS[type]
  if (!known) return `unknown attestation type '${type}' (provenance or sbom)`
  for (const f of attrs) {
    if (BOOL.test(f)) continue
    const kv = keyValue(f)
    const check = kv ? known[kv[0]] : undefined
    if (!kv || !check) return `unknown ${type} option '${f}' (${Object.keys(known).join(', ')}, or true/false)`
    if (!check.test(kv[1])) return `invalid value in '${f}'`
  }
  return undefined
}

const split = (s: string) =>
  s
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '')

function typedInput(get: InputGetter, name: 'provenance' | 'sbom'): string | undefined {
  const v = optional(get, name)
  if (v === undefined || BOOL.test(v)) return v
  const why = problem(name, split(v))
  if (why) throw new InputError(name, why)
  return v
}

function attestsInput(get: InputGetter): string[] {
  return listInput(get, 'attests', { ignoreComma: true }).map((item) => {
    const type = attestationType(item.value)
    if (type === undefined) throw lineError('attests', item, `expected type=provenance|sbom,..., got '${item.value}'`)
    const why = problem(
      type,
      split(item.value).filter((f) => !f.startsWith('type=')),
    )
    if (why) throw lineError('attests', item, why)
    return split(item.value).join(',')
  })
}

/** The `--attest` values (src/buildx/attest.ts) for these inputs, this repository and this run. */
export function attestInputs(
  get: InputGetter,
  ctx: MetaContext,
  env: Readonly<Record<string, string | undefined>>,
  dockerExporter: boolean,
): string[] {
  return attestArgs({
    provenance: typedInput(get, 'provenance'),
    sbom: typedInput(get, 'sbom'),
    attests: attestsInput(get),
    privateRepository: ctx.payload.repository?.private === true,
    builderId: workflowRunUrl(ctx.serverUrl, ctx.repository, ctx.runId, env.GITHUB_RUN_ATTEMPT),
    dockerExporter,
  })
}
