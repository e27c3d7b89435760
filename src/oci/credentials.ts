/**
 * Where credentials come from: the Docker client config (`$DOCKER_CONFIG/config.json` or
 * `~/.docker/config.json`: `auths`, `credsStore`, `credHelpers` through `docker-credential-<helper> get`),
 * fixed ones, or none. File and process access are injected so the lookup logic is testable.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

export interface Credential {
  username?: string
  password?: string
  /** An OAuth2 refresh token (docker config `identitytoken`; helpers answer Username `<token>`). */
  identityToken?: string
  /** A bearer token to send as is (docker config `registrytoken`). */
  registryToken?: string
}

export interface CredentialSource {
  /** Credentials for a registry host (`docker.io`, `localhost:5000`), or undefined for anonymous access. */
  get(registry: string): Promise<Credential | undefined>
}

export const anonymous: CredentialSource = { get: () => Promise.resolve(undefined) }

/** Fixed credentials per registry host. */
export function staticCredentials(byRegistry: Record<string, Credential>): CredentialSource {
  return { get: (registry) => Promise.resolve(byRegistry[normalizeRegistryKey(registry)] ?? byRegistry[registry]) }
}

/** The first source that knows the registry wins. */
export function chainCredentials(...sources: CredentialSource[]): CredentialSource {
  return {
    async get(registry) {
      for (const s of sources) {
        const c = await s.get(registry)
        if (c) return c
      }
      return undefined
    },
  }
}

const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io'])
/** The key Docker stores Docker Hub credentials under, and the server URL its helpers are asked for. */
export const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/'

/** `https://index.docker.io/v1/` -> docker.io, `https://host:5000/path` -> host:5000. */
export function normalizeRegistryKey(key: string): string {
  const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? ''
  const lower = host.toLowerCase()
  return HUB_ALIASES.has(lower) ? 'docker.io' : lower
}

interface DockerConfig {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; identitytoken?: string; registrytoken?: string }
  >
  credsStore?: string
  credHelpers?: Record<string, string>
}

export interface DockerConfigDeps {
  env: Record<string, string | undefined>
  homedir(): string
  /** The file's text, or undefined when it does not exist. */
  readFile(path: string): string | undefined
  /** Runs `docker-credential-<helper> get` with the server URL on stdin; resolves stdout, undefined if not found. */
  runHelper(helper: string, serverUrl: string): Promise<string | undefined>
}

export class DockerConfigCredentials implements CredentialSource {
  constructor(private readonly deps: DockerConfigDeps = nodeDockerConfigDeps()) {}

  configPath(): string {
    const dir = this.deps.env.DOCKER_CONFIG || join(this.deps.homedir(), '.docker')
    return join(dir, 'config.json')
  }

  async get(registry: string): Promise<Credential | undefined> {
    const text = this.deps.readFile(this.configPath())
    if (text === undefined) return undefined
    const config = JSON.parse(text) as DockerConfig
    const key = normalizeRegistryKey(registry)
    const helper = findByKey(config.credHelpers ?? {}, key) ?? config.credsStore
    if (helper) return this.fromHelper(helper, key)
    const entry = findByKey(config.auths ?? {}, key)
    return entry ? fromAuthEntry(entry) : undefined
  }

  private async fromHelper(helper: string, key: string): Promise<Credential | undefined> {
    const out = await this.deps.runHelper(helper, key === 'docker.io' ? DOCKER_HUB_SERVER : key)
    if (out === undefined) return undefined
    const { Username, Secret } = JSON.parse(out) as { Username?: string; Secret?: string }
    if (!Secret) return undefined
    return Username === '<token>' ? { identityToken: Secret } : { username: Username ?? '', password: Secret }
  }
}

function findByKey<T>(map: Record<string, T>, key: string): T | undefined {
  const k = Object.keys(map).find((k) => normalizeRegistryKey(k) === key)
  return k === undefined ? undefined : map[k]
}

function fromAuthEntry(e: NonNullable<DockerConfig['auths']>[string]): Credential | undefined {
  if (e.identitytoken) return { identityToken: e.identitytoken }
  if (e.registrytoken) return { registryToken: e.registrytoken }
  if (e.auth) {
    const plain = Buffer.from(e.auth, 'base64').toString('utf8')
    const colon = plain.indexOf(':')
    if (colon > 0) return { username: plain.slice(0, colon), password: plain.slice(colon + 1) }
  }
  if (e.username && e.password) return { username: e.username, password: e.password }
  return undefined
}

/** Real files and processes; `env` supplies DOCKER_CONFIG and the PATH the helpers are looked up in. */
export function nodeDockerConfigDeps(env: Record<string, string | undefined> = process.env): DockerConfigDeps {
  return {
    env,
    homedir,
    readFile(path) {
      try {
        return readFileSync(path, 'utf8')
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw e
      }
    },
    runHelper: (helper, serverUrl) => runCredentialHelper(helper, serverUrl, env),
  }
}

/** `docker-credential-<helper> get`; "not found" answers give undefined; other failures name the helper only. */
export function runCredentialHelper(
  helper: string,
  serverUrl: string,
  env: Record<string, string | undefined> = process.env,
): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const opts = { timeout: 30_000, env: env as NodeJS.ProcessEnv }
    const child = execFile(`docker-credential-${helper}`, ['get'], opts, (err, stdout) => {
      if (!err) {
        resolve(stdout)
        return
      }
      if (/credentials not found/i.test(stdout)) {
        resolve(undefined)
        return
      }
      reject(new Error(`credential helper docker-credential-${helper} failed for ${serverUrl}: ${err.message}`))
    })
    child.stdin?.end(serverUrl)
  })
}
