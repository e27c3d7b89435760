/** Builds small single-platform images from blobs with the client under test (no Docker needed). */
import { randomBytes } from 'node:crypto'
import type { RegistryClient } from '../../../src/oci/client.js'
import { withTag, type Reference } from '../../../src/oci/reference.js'
import { MediaType, type Descriptor } from '../../../src/oci/types.js'

const utf8 = (v: unknown) => new TextEncoder().encode(JSON.stringify(v))

/** Pushes a config and one random layer, then the manifest under `tag`; returns its descriptor with platform. */
export async function pushTinyImage(
  client: RegistryClient,
  repo: Reference,
  platform: string,
  tag: string,
): Promise<Descriptor> {
  const [os, architecture, variant] = platform.split('/') as [string, string, string | undefined]
  const layer = randomBytes(2048 + Math.floor(Math.random() * 1024))
  const layerDigest = await client.pushBlob(repo, layer)
  const config = utf8({
    architecture,
    os,
    ...(variant ? { variant } : {}),
    rootfs: { type: 'layers', diff_ids: [layerDigest] },
  })
  const configDigest = await client.pushBlob(repo, config)
  const manifest = utf8({
    schemaVersion: 2,
    mediaType: MediaType.OCI_MANIFEST,
    config: { mediaType: MediaType.OCI_CONFIG, digest: configDigest, size: config.length },
    layers: [{ mediaType: MediaType.OCI_LAYER_GZIP, digest: layerDigest, size: layer.length }],
  })
  const digest = await client.putManifest(withTag(repo, tag), manifest, MediaType.OCI_MANIFEST)
  return {
    mediaType: MediaType.OCI_MANIFEST,
    digest,
    size: manifest.length,
    platform: { os, architecture, ...(variant ? { variant } : {}) },
  }
}
