/**
 * The registry client others use: manifests, blobs, and copying between repositories and registries.
 * Wires the node transport, auth and retries together; everything is injectable for tests.
 */
import type { Readable } from 'node:stream'
import { blobExists, copyBlob, getBlob, mountBlob, openBlob, pushBlob } from './blobs.js'
import { copyManifest, DEFAULT_CONCURRENCY } from './copy.js'
import { anonymous, type CredentialSource } from './credentials.js'
import { getManifest, headManifest, putManifest, type FetchedManifest } from './manifests.js'
import type { Reference } from './reference.js'
import type { Clock, RetryPolicy } from './retry.js'
import { RegistrySession } from './session.js'
import { nodeTransport, type Transport } from './transport.js'
import type { Descriptor, Digest } from './types.js'

export interface RegistryClientOptions {
  /** Default: anonymous. Use DockerConfigCredentials for the Docker client's config. */
  credentials?: CredentialSource
  /** Registry hosts (host[:port]) that may be reached over plain HTTP; loopback ones always may. */
  insecureRegistries?: string[]
  /** Extra trusted CA certificates (PEM) for HTTPS registries. */
  caCertificates?: string[]
  retry?: RetryPolicy
  /** Idle timeout per request (ms). */
  timeoutMs?: number
  /** Replaces the node:http(s) transport (caCertificates and timeoutMs then do not apply). */
  transport?: Transport
  /** Time and sleep for the retry loop and token expiry. */
  clock?: Clock
  /** Blobs and child manifests copied at once. */
  concurrency?: number
}

export class RegistryClient {
  private readonly session: RegistrySession
  private readonly transport: Transport
  private readonly concurrency: number

  constructor(opts: RegistryClientOptions = {}) {
    this.transport =
      opts.transport ??
      nodeTransport({ caCertificates: opts.caCertificates ?? [], timeoutMs: opts.timeoutMs ?? 60_000 })
    this.concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY
    this.session = new RegistrySession({
      transport: this.transport,
      credentials: opts.credentials ?? anonymous,
      insecureRegistries: opts.insecureRegistries ?? [],
      ...(opts.retry ? { retry: opts.retry } : {}),
      ...(opts.clock ? { clock: opts.clock } : {}),
    })
  }

  /** The manifest's descriptor, or undefined when the registry does not know it (404). */
  headManifest(ref: Reference): Promise<Descriptor | undefined> {
    return headManifest(this.session, ref)
  }

  /** The manifest's bytes, parsed JSON and descriptor; the digest is verified when the reference has one. */
  getManifest(ref: Reference): Promise<FetchedManifest> {
    return getManifest(this.session, ref)
  }

  /** Stores a manifest or index under the reference's digest, else its tag (`latest` without either). */
  putManifest(ref: Reference, bytes: Uint8Array, mediaType: string): Promise<Digest> {
    return putManifest(this.session, ref, bytes, mediaType)
  }

  blobExists(ref: Reference, digest: Digest): Promise<boolean> {
    return blobExists(this.session, ref, digest)
  }

  /** A small blob's bytes (e.g. an image config), verified against the digest. */
  getBlob(ref: Reference, digest: Digest): Promise<Uint8Array> {
    return getBlob(this.session, ref, digest)
  }

  /** A blob as it arrives, and its size; the caller checks the bytes against the digest. */
  openBlob(ref: Reference, digest: Digest): Promise<{ stream: Readable; size: number }> {
    return openBlob(this.session, ref, digest)
  }

  /** Mounts a blob from another repository of the same registry; false when the registry refuses (202). */
  mountBlob(target: Reference, digest: Digest, fromRepository: string): Promise<boolean> {
    return mountBlob(this.session, target, digest, fromRepository)
  }

  /** Copies a blob: nothing if present, a mount within a registry, a streamed download and upload otherwise. */
  copyBlob(from: Reference, to: Reference, digest: Digest): Promise<void> {
    return copyBlob(this.session, from, to, digest)
  }

  /** Uploads bytes as a blob unless present; returns the digest. */
  pushBlob(to: Reference, bytes: Uint8Array): Promise<Digest> {
    return pushBlob(this.session, to, bytes)
  }

  /**
   * Makes a manifest (and, recursively, its config/layers or child manifests) available in target's
   * repository: mount within a registry, copy across; then PUT it by digest.
   */
  copyManifest(from: Reference, to: Reference): Promise<Descriptor> {
    return copyManifest(this.session, from, to, this.concurrency)
  }

  /** Closes idle connections. */
  close(): void {
    this.transport.close?.()
  }
}
