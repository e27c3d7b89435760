/**
 * Image references, parsed and normalised as Docker does (distribution/reference ParseNormalizedNamed):
 * `alpine` -> docker.io/library/alpine, `user/app` -> docker.io/user/app, `localhost:5000/x` keeps its registry.
 * Pure. No default tag is added: a reference without tag or digest means `latest` to the client.
 */
import { DigestError, parseDigest, type Digest } from './types.js'

export interface Reference {
  /** Host with optional port, e.g. docker.io, ghcr.io, localhost:5000, [::1]:5000 */
  registry: string
  /** Path inside the registry, e.g. library/alpine */
  repository: string
  tag?: string
  digest?: Digest
}

export const DOCKER_HUB = 'docker.io'
const LEGACY_HUB = 'index.docker.io'

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[\w][\w.-]{0,127}$/
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/
const IPV6 = /^\[[a-fA-F0-9:]+\]$/
const MAX_NAME_LENGTH = 255

/** Docker's tag grammar: 1-128 of [A-Za-z0-9_.-], not starting with '.' or '-'. */
export function isValidTag(tag: string): boolean {
  return TAG.test(tag)
}

export class InvalidReferenceError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`invalid image reference '${input}': ${reason}`)
    this.name = 'InvalidReferenceError'
  }
}

/** Parses `[registry/]repository[:tag][@digest]`; throws InvalidReferenceError with the reason. */
export function parseReference(s: string): Reference {
  const input = s.trim()
  if (input === '') throw new InvalidReferenceError(s, 'empty')
  const at = input.indexOf('@')
  const namePart = at === -1 ? input : input.slice(0, at)
  const digest = at === -1 ? undefined : digestPart(s, input.slice(at + 1))
  const { name, tag } = splitTag(s, namePart)
  const { registry, repository } = splitName(s, name)
  const ref: Reference = { registry, repository }
  if (tag !== undefined) ref.tag = tag
  if (digest !== undefined) ref.digest = digest
  return ref
}

function digestPart(input: string, raw: string): Digest {
  try {
    return parseDigest(raw)
  } catch (e) {
    throw new InvalidReferenceError(input, e instanceof DigestError ? e.message : 'bad digest')
  }
}

function splitTag(input: string, namePart: string): { name: string; tag?: string } {
  const colon = namePart.lastIndexOf(':')
  // a colon before the last slash belongs to the registry's port
  if (colon === -1 || colon < namePart.lastIndexOf('/')) return { name: namePart }
  const tag = namePart.slice(colon + 1)
  if (!TAG.test(tag)) throw new InvalidReferenceError(input, `invalid tag '${tag}' (letters, digits, _ . -; max 128)`)
  return { name: namePart.slice(0, colon), tag }
}

function splitName(input: string, name: string): { registry: string; repository: string } {
  const slash = name.indexOf('/')
  const first = slash === -1 ? '' : name.slice(0, slash)
  const hasRegistry = slash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase())
  let registry = hasRegistry ? first : DOCKER_HUB
  let repository = hasRegistry ? name.slice(slash + 1) : name
  if (registry === LEGACY_HUB) registry = DOCKER_HUB
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`
  checkRegistry(input, registry)
  checkRepository(input, repository)
  if (`${registry}/${repository}`.length > MAX_NAME_LENGTH) {
    throw new InvalidReferenceError(input, `name longer than ${MAX_NAME_LENGTH} characters`)
  }
  return { registry, repository }
}

function checkRegistry(input: string, registry: string): void {
  const m = /^(.*?)(?::(\d+))?$/.exec(registry)
  const host = m?.[1] ?? ''
  const ok = IPV6.test(host) || (host !== '' && host.split('.').every((c) => DOMAIN_COMPONENT.test(c)))
  if (!ok) throw new InvalidReferenceError(input, `invalid registry '${registry}'`)
}

function checkRepository(input: string, repository: string): void {
  if (repository === '') throw new InvalidReferenceError(input, 'empty repository name')
  if (repository !== repository.toLowerCase()) {
    throw new InvalidReferenceError(input, 'repository name must be lowercase')
  }
  for (const c of repository.split('/')) {
    if (!COMPONENT.test(c)) throw new InvalidReferenceError(input, `invalid repository path component '${c}'`)
  }
}

/** `registry/repository[:tag][@digest]`, the fully qualified form. */
export function formatReference(r: Reference): string {
  return `${r.registry}/${r.repository}${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`
}

/** The same repository, pointing at a digest (the tag is dropped). */
export function withDigest(r: Reference, digest: Digest): Reference {
  return { registry: r.registry, repository: r.repository, digest }
}

/** The same repository, pointing at a tag (any digest is dropped). */
export function withTag(r: Reference, tag: string): Reference {
  if (!TAG.test(tag)) throw new InvalidReferenceError(tag, `invalid tag '${tag}'`)
  return { registry: r.registry, repository: r.repository, tag }
}

/** What the manifests endpoint is addressed by: the digest if any, else the tag, else `latest`. */
export function manifestIdentifier(r: Reference): string {
  return r.digest ?? r.tag ?? 'latest'
}
