/** What a fetched manifest holds, for tests that know what they fetched (anything else fails the test). */
import type { Manifest } from '../../../src/oci/decode.js'
import type { ImageIndex, ImageManifest } from '../../../src/oci/types.js'

export function indexOf(m: { manifest: Manifest }): ImageIndex {
  if (m.manifest.kind !== 'index') throw new Error(`expected an index, got a '${m.manifest.mediaType}'`)
  return m.manifest.index
}

export function imageOf(m: { manifest: Manifest }): ImageManifest {
  if (m.manifest.kind !== 'image') throw new Error(`expected an image manifest, got a '${m.manifest.mediaType}'`)
  return m.manifest.image
}
