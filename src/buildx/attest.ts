/**
 * The `--attest` values of a build, as docker/build-push-action decides them (docker/actions-toolkit's
 * Build.getProvenanceInput, resolveProvenanceAttrs, resolveAttestationAttrs): provenance by default (mode=max for
 * a public repository, mode=min,inline-only=true for a private one) with the run's URL as builder id, unless the
 * image goes to the docker exporter (load), which keeps no attestation; `provenance` and `sbom` win over the same
 * type in `attests`. Pure.
 */

export interface AttestInput {
  /** The `provenance` input: true, false or attributes (mode=max,...); undefined for the default. */
  provenance?: string
  /** The `sbom` input: true, false or attributes (generator=...). */
  sbom?: string
  /** The `attests` input, one `type=...,...` per entry. */
  attests: readonly string[]
  /** The repository is private (the event payload's repository.private). */
  privateRepository: boolean
  /** `${server}/${repository}/actions/runs/${run id}/attempts/${attempt}`; undefined outside a workflow run. */
  builderId?: string
  /** load: true or a type=docker output: the docker exporter stores no attestation. */
  dockerExporter: boolean
}

const BOOL = /^(?:true|false)$/i

/** The fields of a `k=v,k=v` attestation spec. Specs here come from checked inputs: no quoting. */
const fields = (spec: string): string[] =>
  spec
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '')

export function attestationType(spec: string): string | undefined {
  return fields(spec)
    .map((f) => /^type=(.*)$/.exec(f)?.[1])
    .find((t) => t !== undefined)
}

/** A bare true/false field is buildx's shorthand for disabled=false/true. */
function resolveAttrs(spec: string): string {
  return fields(spec)
    .map((f) => (BOOL.test(f) ? `disabled=${String(f.toLowerCase() !== 'true')}` : f))
    .join(',')
}

function withBuilderId(spec: string, builderId: string | undefined): string {
  if (builderId === undefined || fields(spec).some((f) => f.startsWith('builder-id='))) return spec
  return spec === '' ? `builder-id=${builderId}` : `${spec},builder-id=${builderId}`
}

/** What the `provenance` input gives (build-push-action's getProvenanceInput). */
function provenanceAttrs(input: string, builderId: string | undefined): string {
  if (BOOL.test(input)) return input.toLowerCase() === 'true' ? withBuilderId('', builderId) : 'false'
  return withBuilderId(input, builderId)
}

export function attestArgs(a: AttestInput): string[] {
  const out: string[] = []
  const join = (type: string, attrs: string) => resolveAttrs(attrs === '' ? `type=${type}` : `type=${type},${attrs}`)
  const attestsProvenance = a.attests.some((s) => attestationType(s) === 'provenance')
  if (a.provenance !== undefined) {
    out.push(join('provenance', provenanceAttrs(a.provenance, a.builderId)))
  } else if (!attestsProvenance && !a.dockerExporter) {
    const mode = a.privateRepository ? 'mode=min,inline-only=true' : 'mode=max'
    out.push(`type=provenance,${withBuilderId(mode, a.builderId)}`)
  }
  if (a.sbom !== undefined) out.push(join('sbom', a.sbom))
  for (const spec of a.attests) {
    const type = attestationType(spec)
    if (type === 'provenance') {
      if (a.provenance === undefined) out.push(withBuilderId(spec, a.builderId))
    } else if (type === 'sbom') {
      if (a.sbom === undefined) out.push(spec)
    } else {
      out.push(resolveAttrs(spec))
    }
  }
  return out
}

/** The run's URL, the builder id build-push-action gives provenance; undefined outside a workflow run. */
export function workflowRunUrl(
  serverUrl: string,
  repository: string,
  runId: number,
  attempt: string | undefined,
): string | undefined {
  if (!/^[^/]+\/[^/]+$/.test(repository) || !Number.isInteger(runId) || runId <= 0) return undefined
  const run = `${serverUrl || 'https://github.com'}/${repository}/actions/runs/${String(runId)}`
  return attempt ? `${run}/attempts/${attempt}` : run
}
