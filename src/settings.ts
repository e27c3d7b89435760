/**
 * What each mode runs with: the inputs, parsed and checked once at the edge (src/inputs/). Types only, so the
 * pure domains (src/buildx, src/qemu) can read them without depending on how inputs are read.
 */
import type { DigestRef } from './handoff/digests.js'
import type { HandoffIdentity } from './handoff/id.js'
import type { Credential } from './login/credentials.js'
import type { Annotations, Labels } from './meta/labels.js'
import type { Metadata } from './meta/metadata.js'
import type { Platform } from './oci/platform.js'

export type Driver = 'docker-container' | 'docker' | 'remote'
export type CacheChoice = 'auto' | 'gha' | 'none'
export type QemuChoice = 'auto' | 'true' | 'false'

/** What the tag, label and annotation inputs and the login inputs give every publishing mode. */
export interface PublishSettings {
  images: string[]
  /** Bare tags, version first. */
  tags: string[]
  platforms: Platform[]
  version: string
  /** OCI labels from the context merged with the user's (the user's win). */
  labels: Labels
  /** Per level (index, manifest, ...): key -> value. */
  annotations: Annotations
  /** Warnings for the log (e.g. a tag rule that did not apply). */
  warnings: string[]
  /** Notices for the log (e.g. an image name lowercased). */
  notices: string[]
  /** Registry logins (the ghcr.io token default is added when the workspace is prepared). */
  credentials: Credential[]
  /** Registries the registry client may reach over plain HTTP (loopback ones always may). */
  insecureRegistries: string[]
  githubToken: string
  /** Which build the legs and the merge belong to; also the GHA cache scope when given. */
  handoff: HandoffIdentity
  /** Write the job summary. */
  summary: boolean
}

/** build: every platform in this job. build-platform: one leg of a matrix (push by digest, hand off). */
export interface BuildSettings extends PublishSettings {
  mode: 'build' | 'build-platform'
  context: string
  file?: string
  target?: string
  buildArgs: string[]
  push: boolean
  qemu: QemuChoice
  binfmtImage: string
  /** Keep the binfmt and BuildKit images in the Actions cache. */
  cacheImages: boolean
  /** Seconds of retries after a transient failure of a pull, the builder's boot or the push (0: none). */
  retryTimeout: number
  driver: Driver
  endpoint?: string
  buildkitImage?: string
  driverOpts: string[]
  buildkitdConfig?: string
  buildkitdConfigInline?: string
  network?: string
  cache: CacheChoice
  cacheMode: 'min' | 'max'
  cacheFrom: string[]
  cacheTo: string[]
  /** `--attest` values: provenance (build-push-action's default), sbom, attests (src/buildx/attest.ts). */
  attests: string[]
  secrets: SecretValue[]
  secretFiles: SecretFile[]
  secretEnvs: SecretEnv[]
  ssh: SshSpec[]
  /** github-token as the Git credential of a context on the GitHub server; undefined when none is built. */
  gitAuth?: GitAuth
  /** `name=value` (buildx --build-context). */
  buildContexts: string[]
  noCache: boolean
  noCacheFilters: string[]
  pull: boolean
  /** Entitlements (buildx --allow). */
  allow: string[]
  shmSize?: string
  ulimits: string[]
  addHosts: string[]
  /** buildx --call other than build (check, outline, targets): nothing is exported or pushed. */
  call?: string
  /** Also load the image into the runner's Docker (buildx --output type=docker). */
  load: boolean
  /** More exporters (local, tar, oci, docker), next to the push by digest. */
  outputs: string[]
  buildkitdFlags?: string
  /** A builder name of the user's: used if it exists, created otherwise, never removed. */
  builderName?: string
  /** false: the builder is kept after the job. */
  cleanup: boolean
  /** Extra builder nodes (docker buildx create --append). */
  nodes: BuilderNode[]
}

export interface SecretValue {
  id: string
  value: string
}

export interface SecretFile {
  id: string
  /** As given (relative to the workspace), checked before anything runs. */
  path: string
  line: number
}

export interface SecretEnv {
  id: string
  /** The environment variable that holds the value. */
  env: string
}

export interface SshSpec {
  /** As buildx --ssh takes it: default, id=path. */
  spec: string
  line: number
  /** The sockets or key files it names, checked before anything runs. */
  paths: string[]
  /** The agent at SSH_AUTH_SOCK, which buildx reads from its environment. */
  agent: boolean
}

export interface GitAuth {
  /** The Git host the token is for (GIT_AUTH_TOKEN.<host>). */
  host: string
  token: string
}

/** A node appended to the builder; it builds its platforms (and no other node builds them). */
export interface BuilderNode {
  line: number
  endpoint: string
  platforms: Platform[]
  driverOpts: string[]
  buildkitdFlags?: string
  name?: string
}

/** merge: join the legs' digests into one index, under every tag. */
export interface MergeSettings extends PublishSettings {
  mode: 'merge'
  /** The `digests` input; undefined: take the legs from the artifact handoff. */
  digests?: DigestRef[]
  /** false: check the legs (every platform, one handoff-id) and push nothing (a pull request). */
  push: boolean
  /** The index's `created` when the legs' images give none (the pushed commit's time, from the event). */
  commitDate?: Date
}

/**
 * Platform pattern -> runner label, in the order given (the first match wins). A pattern is a platform in which a
 * whole segment may be `*` (`linux/arm/*`), or `*` alone for everything else.
 */
export type RunnerMap = Record<string, string>

/** plan: the matrix for `strategy.matrix`. */
export interface PlanSettings {
  mode: 'plan'
  platforms: Platform[]
  /** The `runner-map` input, parsed; empty for the default map. */
  runnerMap: RunnerMap
}

/** meta: only the tags, labels and annotations (docker/metadata-action's outputs); no Docker, no registry. */
export interface MetaModeSettings {
  mode: 'meta'
  /** Computed at the input edge from the event, the inputs and the DOCKER_METADATA_* variables. */
  metadata: Metadata
}

export type Settings = BuildSettings | MergeSettings | PlanSettings | MetaModeSettings
export type Mode = Settings['mode']
export const MODES = ['build', 'build-platform', 'merge', 'plan', 'meta'] as const satisfies readonly Mode[]
