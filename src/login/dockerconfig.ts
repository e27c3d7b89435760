/**
 * The Docker client configuration (config.json) that logs this action's commands in: `auths` entries with
 * base64(username:password), on top of the user's own configuration. Pure.
 */
import { DOCKER_HUB_SERVER } from '../oci/credentials.js'
import { parseReference } from '../oci/reference.js'
import { type Credential, DOCKER_HUB, registryHost } from './credentials.js'

/** What docker, buildx and crane read from $DOCKER_CONFIG/config.json (the parts this module touches). */
export interface DockerConfig {
  auths?: Record<string, { auth?: string }>
  credsStore?: string
  credHelpers?: Record<string, string>
  [key: string]: unknown
}

export const GHCR = 'ghcr.io'

/** The key Docker uses in `auths`: Docker Hub's is historical, the others are the host. */
export function authKey(registry: string): string {
  const host = registryHost(registry)
  return host === DOCKER_HUB ? DOCKER_HUB_SERVER : host
}

export function basicAuth(c: Credential): string {
  return Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64')
}

/** The registry of an image reference (`ghcr.io/o/app:1` -> ghcr.io, `o/app` -> docker.io), as Docker reads it. */
export function registryOfImage(image: string): string {
  return registryHost(parseReference(image).registry)
}

/**
 * Adds a ghcr.io login with the workflow token when an image goes to ghcr.io and no credentials were given for
 * it (docker/login-action's usual `username: github.actor, password: secrets.GITHUB_TOKEN`).
 */
export function withGithubToken(
  creds: readonly Credential[],
  images: readonly string[],
  githubToken: string,
  actor: string,
): Credential[] {
  const wantsGhcr = images.some((i) => registryOfImage(i) === GHCR)
  if (!wantsGhcr || githubToken === '' || creds.some((c) => c.registry === GHCR)) return [...creds]
  return [...creds, { registry: GHCR, username: actor || 'github-actions', password: githubToken }]
}

/**
 * The configuration to write: `base` (the user's config.json) with our auths. `credsStore` is dropped and the
 * `credHelpers` of our registries removed, since either would take precedence over `auths`.
 */
export function buildDockerConfig(creds: readonly Credential[], base: DockerConfig = {}): DockerConfig {
  const auths = { ...(base.auths ?? {}) }
  const ours = new Set(
    creds.flatMap((c) => [registryHost(c.registry), ...(c.registry === DOCKER_HUB ? ['index.docker.io'] : [])]),
  )
  const helpers = Object.fromEntries(Object.entries(base.credHelpers ?? {}).filter(([host]) => !ours.has(host)))
  for (const c of creds) auths[authKey(c.registry)] = { auth: basicAuth(c) }
  const config: DockerConfig = { ...base, auths }
  delete config.credsStore
  if (base.credHelpers) config.credHelpers = helpers
  return config
}

/** Every string a log must never show: the passwords and the encoded auths. */
export function secretsOf(creds: readonly Credential[]): string[] {
  return creds.flatMap((c) => [c.password, basicAuth(c)])
}
