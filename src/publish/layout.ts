/** Pushes an image from an OCI layout directory (buildx `type=oci,tar=false`) into a repository, by digest. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RegistryClient } from '../oci/client.js'
import { withDigest, type Reference } from '../oci/reference.js'
import { childrenOf, decodeManifest } from '../oci/decode.js'
import { digestOf, MANIFEST_ACCEPT, type Digest } from '../oci/types.js'

export function blobPath(layoutDir: string, digest: Digest): string {
  const [algorithm, hex] = digest.split(':') as [string, string]
  return join(layoutDir, 'blobs', algorithm, hex)
}

async function readBlob(layoutDir: string, digest: Digest): Promise<Uint8Array> {
  const bytes = await readFile(blobPath(layoutDir, digest))
  if (digestOf(bytes) !== digest) throw new Error(`OCI layout ${layoutDir}: blob ${digest} does not match its digest`)
  return bytes
}

/** Pushes the manifest `digest` (and everything it refers to, children first) from the layout into `repo`. */
export async function pushFromLayout(
  client: Pick<RegistryClient, 'blobExists' | 'pushBlob' | 'putManifest'>,
  layoutDir: string,
  repo: Reference,
  digest: Digest,
  mediaType: string,
): Promise<void> {
  const bytes = await readBlob(layoutDir, digest)
  const manifest = decodeManifest(bytes, mediaType, `OCI layout ${layoutDir}: ${digest}`)
  for (const child of childrenOf(manifest)) {
    const d = child.digest
    if (MANIFEST_ACCEPT.includes(child.mediaType)) {
      await pushFromLayout(client, layoutDir, repo, d, child.mediaType)
    } else if (!(await client.blobExists(repo, d))) {
      await client.pushBlob(repo, await readBlob(layoutDir, d))
    }
  }
  await client.putManifest(withDigest(repo, digest), bytes, mediaType)
}
