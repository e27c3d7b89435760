/** The handoff-id input: given, or derived from the build's identity (image, Dockerfile, target, build args). */
import { InputError } from '../errors.js'
import { defaultHandoffId, handoffIdProblem, type HandoffIdentity } from '../handoff/id.js'
import { keyValueLines, optional, required, type InputGetter } from './read.js'

/**
 * Build modes and merge read it alike, so a merge given the legs' images, file, target and build-args derives
 * the legs' id. An id that an artifact name or a cache scope cannot hold is an InputError.
 */
export function handoffInput(get: InputGetter, images: readonly string[]): HandoffIdentity {
  const given = optional(get, 'handoff-id')
  if (given !== undefined) {
    const problem = handoffIdProblem(given)
    if (problem) throw new InputError('handoff-id', `expected ${problem}`)
    return { id: given, explicit: true }
  }
  const id = defaultHandoffId({
    image: images[0] ?? '',
    context: required(get, 'context', 'a path or a Git URL'),
    file: optional(get, 'file'),
    target: optional(get, 'target'),
    buildArgs: keyValueLines(get, 'build-args'),
  })
  return { id, explicit: false }
}
