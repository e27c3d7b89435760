/** Inputs that several modes read: images, platforms, insecure registries. */
import { InputError } from '../errors.js'
import { parsePlatformList, PlatformError, type Platform } from '../oci/platform.js'
import { items } from '../text/lines.js'
import { imageNames, parseImages } from '../meta/images.js'
import { validateImageName } from './names.js'
import { required, type InputGetter } from './read.js'

export function platformsInput(get: InputGetter): Platform[] {
  try {
    return parsePlatformList(required(get, 'platforms', 'platforms like linux/amd64,linux/arm64'))
  } catch (e) {
    if (e instanceof PlatformError) throw new InputError('platforms', e.message)
    throw e
  }
}

/**
 * The image repositories: one per line or comma-separated, or metadata-action's `name=...,enable=...` lines.
 * Lowercased as metadata-action does (Docker needs lowercase repositories; each change gives a notice), then
 * checked with the registry client's reference grammar.
 */
export function imagesInput(get: InputGetter, requiredWhen: string): { images: string[]; notices: string[] } {
  const text = get('images')
  const entries = text.includes('=') ? parseImages(text) : items(text).map((name) => ({ name, enable: true }))
  const enabled = entries.filter((e) => e.enable)
  for (const e of enabled) validateImageName('images', e.name.toLowerCase(), e.name)
  if (requiredWhen && enabled.length === 0)
    throw new InputError('images', `expected at least one image repository ${requiredWhen}`)
  const { names, notices } = imageNames(enabled)
  return { images: names, notices }
}

/** Registries (host[:port]) the registry client may reach over plain HTTP; loopback ones always may. */
export function insecureRegistriesInput(get: InputGetter): string[] {
  return items(get('insecure-registries')).map((host) => {
    if (!/^(?:[a-zA-Z0-9.-]+|\[[0-9a-fA-F:]+\])(?::\d+)?$/.test(host)) {
      throw new InputError('insecure-registries', `expected host[:port] entries, got '${host}'`)
    }
    return host
  })
}
