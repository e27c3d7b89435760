/**
 * An image the cache does not hold yet, fetched by the action from its registry for the runner's platform: the
 * reference's manifest (by the digest a HEAD gave, so the snapshot is of that image), the platform's manifest, and
 * its blobs written to files, each checked against its digest. The two manifest GETs are what the daemon's own pull
 * would have asked (one pull, to Docker Hub's count); the daemon then pulls the image from these files.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { RegistryClient } from '../../oci/client.js'
import { mapLimit } from '../../oci/copy.js'
import type { Manifest } from '../../oci/decode.js'
import { withDigest, type Reference } from '../../oci/reference.js'
import type { Digest } from '../../oci/types.js'
import { platformManifest, snapshotOf, type ImageSnapshot, type SnapshotManifest } from './image-snapshot.js'

export interface FetchedImage {
  snapshot: ImageSnapshot
  /** Each blob's file. */
  files: Map<Digest, string>
}

/** Blobs downloaded at once (as dockerd does). */
const CONCURRENCY = 3

type Client = Pick<RegistryClient, 'getManifest' | 'openBlob'>

/** The manifest as served, and decoded. */
async function manifest(client: Client, ref: Reference, digest: Digest): Promise<[SnapshotManifest, Manifest]> {
  const m = await client.getManifest(withDigest(ref, digest))
  return [{ digest, mediaType: m.descriptor.mediaType, bytes: m.bytes }, m.manifest]
}

/** Writes the blob to `file`; throws when its bytes are not its digest, or not the size its descriptor says. */
async function download(client: Client, ref: Reference, blob: { digest: Digest; size: number }, file: string) {
  const { stream } = await client.openBlob(ref, blob.digest)
  const hash = createHash('sha256')
  let size = 0
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    },
  })
  await pipeline(stream, count, createWriteStream(file))
  const digest = `sha256:${hash.digest('hex')}`
  if (digest !== blob.digest || size !== blob.size)
    throw new Error(`the blob ${blob.digest} arrived as ${size} bytes of ${digest} (expected ${blob.size} bytes)`)
}

export async function fetchImage(
  client: Client,
  ref: Reference,
  digest: Digest,
  arch: string,
  dir: string,
): Promise<FetchedImage> {
  const [top, decoded] = await manifest(client, ref, digest)
  const platform = platformManifest(decoded, arch)
  if (decoded.kind === 'index' && !platform) throw new Error(`${digest} has no image for linux/${arch}`)
  const snapshot = snapshotOf(top, platform && (await manifest(client, ref, platform.digest))[0])
  const files = new Map(snapshot.blobs.map((b) => [b.digest, join(dir, b.digest.replace(':', '-'))]))
  await mapLimit(snapshot.blobs, CONCURRENCY, (blob) => download(client, ref, blob, files.get(blob.digest) as string))
  return { snapshot, files }
}
