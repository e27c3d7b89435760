/**
 * The Actions artifact client (`@actions/artifact`, the bundle's largest chunk), loaded on the first call: a merge
 * given `digests`, or a build that hands nothing off, never loads it.
 */
import type { ArtifactFunctions } from '../handoff/store.js'

async function client(): Promise<ArtifactFunctions> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  return new DefaultArtifactClient()
}

export const lazyArtifactClient: ArtifactFunctions = {
  uploadArtifact: async (name, files, rootDirectory, options) =>
    (await client()).uploadArtifact(name, files, rootDirectory, options),
  listArtifacts: async () => (await client()).listArtifacts(),
  downloadArtifact: async (artifactId, options) => (await client()).downloadArtifact(artifactId, options),
}
