/** buildx --metadata-file parsing (pure). */
import { parseDigest, type Digest, type Descriptor } from '../oci/types.js'

export interface BuildMetadata {
  /** Digest of the image (an index for multi-platform builds), when an image was produced. */
  digest?: Digest
  descriptor?: Descriptor
  /** `image.name` as buildx reports it (comma-separated for several names). */
  imageName?: string
  /** `containerimage.config.digest`: the image config (a one-platform image's ID). */
  configDigest?: Digest
  /** `buildx.build.ref`: builder/node/ref, to find the build in history. */
  buildRef?: string
  /** The whole file, as JSON text, for the `metadata` output. */
  raw: string
}

export function parseBuildMetadata(text: string): BuildMetadata {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new Error(`buildx metadata file is not JSON: ${text.slice(0, 200)}`)
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error('buildx metadata file is not a JSON object')
  }
  const m = json as Record<string, unknown>
  const str = (k: string) => (typeof m[k] === 'string' ? m[k] : undefined)
  const digestText = str('containerimage.digest')
  const configText = str('containerimage.config.digest')
  const descriptor = m['containerimage.descriptor'] as Descriptor | undefined
  return {
    digest: digestText ? parseDigest(digestText) : undefined,
    descriptor: descriptor && typeof descriptor === 'object' ? descriptor : undefined,
    configDigest: configText ? parseDigest(configText) : undefined,
    imageName: str('image.name'),
    buildRef: str('buildx.build.ref'),
    raw: JSON.stringify(json),
  }
}

/**
 * The `imageid` output as build-push-action gives it (buildx's --iidfile): the config digest of a one-platform
 * image, else the image's (the index's) digest.
 */
export function imageId(m: Pick<BuildMetadata, 'configDigest' | 'digest'>): Digest | undefined {
  return m.configDigest ?? m.digest
}

/** The node a build ran on, from `buildx.build.ref` (builder/node/ref). */
export function buildNode(m: Pick<BuildMetadata, 'buildRef'>): string | undefined {
  return m.buildRef?.split('/')[1]
}
