/** What build mode asks of publishing, and what it gets back. */
import type { Platform } from '../oci/platform.js'
import type { Digest } from '../oci/types.js'
import type { Attestation, ComposePart } from './compose.js'

export interface PublishRequest {
  strategy: 'registry' | 'layout'
  images: string[]
  tags: string[]
  digest: Digest
  /** Media type of the built manifest (an index for multi-platform builds). */
  mediaType: string
  layoutDir: string
  platforms: Platform[]
}

export interface PublishResult {
  digest: Digest
  platforms: Platform[]
  platformDigests: Partial<Record<Platform, Digest>>
  /** Every image:tag that now points at the index. */
  tagged: string[]
  /** The attestation manifests of the pushed index (provenance, SBOM), for the summary. */
  attestations: Attestation[]
}

/** The builds of a multi-node build, each pushed by digest, to join into one index. */
export interface ComposeRequest {
  images: string[]
  parts: ComposePart[]
  /** Index annotations. */
  annotations?: Record<string, string>
}

/** Pushes (layout strategy), verifies the index in every image, then moves the tags. */
export interface Publisher {
  publish(req: PublishRequest): Promise<PublishResult>
  /** Joins the builds of a multi-node build into one index, pushed by digest only (no tag). */
  compose(req: ComposeRequest): Promise<{ digest: Digest; mediaType: string }>
}
