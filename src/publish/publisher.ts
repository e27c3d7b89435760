/** Verify-then-tag publishing with the registry client: no tag moves before the index is verified everywhere. */
import { throwFirstRejection } from '../errors.js'
import type { Log } from '../log.js'
import type { Publisher, PublishRequest, PublishResult } from './types.js'
import { attestationsOf, composeParts } from './compose.js'
import { RegistryClient } from '../oci/client.js'
import { DockerConfigCredentials, nodeDockerConfigDeps } from '../oci/credentials.js'
import { describeVerification, verifyIndex, type IndexVerification } from '../oci/index.js'
import { parseReference, withDigest, withTag, type Reference } from '../oci/reference.js'
import { decodeConfigPlatform, type Manifest } from '../oci/decode.js'
import type { Platform } from '../oci/platform.js'
import type { Digest } from '../oci/types.js'
import { pushFromLayout } from './layout.js'
import { verifySingleImage } from './verify.js'

/** What publishing needs of the registry client (a RegistryClient, or a fake in tests). */
export type PublishRegistry = Pick<
  RegistryClient,
  'getManifest' | 'putManifest' | 'copyManifest' | 'getBlob' | 'blobExists' | 'pushBlob'
>

export interface Verified {
  bytes: Uint8Array
  mediaType: string
  manifest: Manifest
  verification: IndexVerification
}

/** An index is checked entry by entry; a single image by the platform its config names. */
async function verificationOf(
  client: PublishRegistry,
  repo: Reference,
  digest: Digest,
  manifest: Manifest,
  platforms: readonly Platform[],
): Promise<IndexVerification> {
  if (manifest.kind === 'index') return verifyIndex(manifest.index, platforms)
  if (manifest.kind !== 'image') {
    throw new Error(`${repo.registry}/${repo.repository}@${digest} is a '${manifest.mediaType}', not an image or index`)
  }
  const bytes = await client.getBlob(repo, manifest.image.config.digest)
  const platform = decodeConfigPlatform(bytes, `${repo.registry}/${repo.repository}@${digest} config`)
  return verifySingleImage(platform, digest, platforms)
}

/**
 * Reads the index back from every repository (at once) and checks its bytes (by digest) and its platforms; the
 * first repository, in the order given, that fails is the error.
 */
export async function verifyPushed(
  client: PublishRegistry,
  repos: readonly Reference[],
  digest: Digest,
  platforms: readonly Platform[],
): Promise<Verified> {
  const read = async (repo: Reference) => {
    const fetched = await client.getManifest(withDigest(repo, digest))
    return { fetched, verification: await verificationOf(client, repo, digest, fetched.manifest, platforms) }
  }
  const settled = await Promise.allSettled(repos.map(read))
  let first: Verified | undefined
  for (const [i, repo] of repos.entries()) {
    const result = settled[i]
    if (result?.status !== 'fulfilled') throw result?.reason
    const { fetched, verification } = result.value
    if (!verification.ok) {
      throw new Error(
        `the pushed index ${repo.registry}/${repo.repository}@${digest} does not hold the requested platforms: ` +
          `${describeVerification(verification)}; no tag was moved`,
      )
    }
    first ??= {
      bytes: fetched.bytes,
      mediaType: fetched.descriptor.mediaType,
      manifest: fetched.manifest,
      verification,
    }
  }
  if (!first) throw new Error('no image to verify')
  return first
}

/**
 * Puts the verified index under every tag of every repository, all at once (each is a round trip to the
 * registry); returns the image:tag names in the order given. `said` hears each tag that moved, in that order, also
 * when another failed: then the first failure in that order is thrown.
 */
export async function tagAll(
  client: PublishRegistry,
  repos: readonly Reference[],
  tags: readonly string[],
  v: Verified,
  said: (name: string) => void = () => undefined,
): Promise<string[]> {
  const all = repos.flatMap((repo) => tags.map((tag) => ({ repo, tag })))
  const settled = await Promise.allSettled(
    all.map(({ repo, tag }) => client.putManifest(withTag(repo, tag), v.bytes, v.mediaType)),
  )
  const names = all.map(({ repo, tag }) => `${repo.registry}/${repo.repository}:${tag}`)
  names.forEach((name, i) => {
    if (settled[i]?.status === 'fulfilled') said(name)
  })
  throwFirstRejection(settled)
  return names
}

export async function publishWith(client: PublishRegistry, req: PublishRequest, log: Log): Promise<PublishResult> {
  const repos = req.images.map((i) => parseReference(i))
  const [first, ...rest] = repos
  if (!first) throw new Error('no image to publish to')
  if (req.strategy === 'layout') {
    log.info(`Pushing ${req.digest} from the OCI layout to ${first.registry}/${first.repository}`)
    await pushFromLayout(client, req.layoutDir, first, req.digest, req.mediaType)
    await Promise.all(rest.map((repo) => client.copyManifest(withDigest(first, req.digest), repo)))
  }
  const verified = await verifyPushed(client, repos, req.digest, req.platforms)
  log.info(`Verified ${req.digest}: ${verified.verification.platforms.join(', ')}`)
  const attestations = await attestationsOf(client, first, verified.manifest)
  await tagAll(client, repos, req.tags, verified, (t) => {
    log.info(`Tagged ${t}`)
  })
  // as the user named the images (the registry client's names are normalised: docker.io/library/...)
  const tagged = req.images.flatMap((image) => req.tags.map((tag) => `${image}:${tag}`))
  return {
    digest: req.digest,
    platforms: verified.verification.platforms,
    platformDigests: verified.verification.platformDigests,
    tagged,
    attestations,
  }
}

/** `env` decides the Docker config the credentials come from (DOCKER_CONFIG). */
export function registryPublisher(opts: {
  env: Record<string, string | undefined>
  log: Log
  insecureRegistries: string[]
}): Publisher {
  return {
    async publish(req) {
      const credentials = new DockerConfigCredentials({ ...nodeDockerConfigDeps(), env: opts.env })
      const client = new RegistryClient({ credentials, insecureRegistries: opts.insecureRegistries })
      try {
        return await publishWith(client, req, opts.log)
      } finally {
        client.close()
      }
    },
    async compose(req) {
      const credentials = new DockerConfigCredentials({ ...nodeDockerConfigDeps(), env: opts.env })
      const client = new RegistryClient({ credentials, insecureRegistries: opts.insecureRegistries })
      try {
        return await composeParts(client, req.images, req.parts, req.annotations)
      } finally {
        client.close()
      }
    },
  }
}
