/** Inputs that several modes read: images, platforms, insecure registries. */
import { InputError } from '../errors.js'
import { parsePlatformList, PlatformError, type Platform } from '../oci/platform.js'
import { items } from '../text/lines.js'
import { imageName } from './names.js'
import { required, type InputGetter } from './read.js'

export function platformsInput(get: InputGetter): Platform[] {
  try {
    return parsePlatformList(required(get, 'platforms', 'platforms like linux/amd64,linux/arm64'))
  } catch (e) {
    if (e instanceof PlatformError) throw new InputError('platforms', e.message)
    throw e
  }
}

/** The image repositories, lowercased where needed (each lowercasing gives a notice). */
export function imagesInput(get: InputGetter, requiredWhen: string): { images: string[]; notices: string[] } {
  const names = items(get('images')).map((img) => imageName('images', img))
  if (requiredWhen && names.length === 0)
    throw new InputError('images', `expected at least one image repository ${requiredWhen}`)
  return { images: names.map((n) => n.name), notices: names.flatMap((n) => (n.notice ? [n.notice] : [])) }
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
