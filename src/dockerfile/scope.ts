/**
 * The ARGs a FROM line sees, as BuildKit sets them: its automatic platform ARGs (TARGETPLATFORM, TARGETOS,
 * TARGETARCH, TARGETVARIANT for the platform being built, the BUILD* ones for the build platform), then each global
 * ARG (before the first FROM) in order: a build-arg for it wins, else its default expanded with the ARGs before it,
 * else it keeps the automatic value it may have. A build-arg for an ARG the Dockerfile does not declare is not seen.
 * Pure.
 */
import { platformParts, type Platform } from '../oci/platform.js'
import type { GlobalArg } from './stages.js'
import { expandWord, type Scope } from './words.js'

function platformArgs(prefix: 'TARGET' | 'BUILD', p: Platform): [string, string][] {
  const parts = platformParts(p)
  return [
    [`${prefix}PLATFORM`, p],
    [`${prefix}OS`, parts.os],
    [`${prefix}ARCH`, parts.architecture],
    [`${prefix}VARIANT`, parts.variant ?? ''],
  ]
}

export function globalScope(
  args: readonly GlobalArg[],
  buildArgs: Readonly<Record<string, string>>,
  target: Platform,
  build: Platform,
  escape: string,
): Scope {
  const scope = new Map<string, string | null>([...platformArgs('TARGET', target), ...platformArgs('BUILD', build)])
  for (const arg of args) {
    if (Object.hasOwn(buildArgs, arg.name)) {
      scope.set(arg.name, buildArgs[arg.name] ?? '')
    } else if (arg.value !== undefined) {
      const expanded = expandWord(arg.value, scope, escape)
      // a default this analysis cannot expand poisons the ARG: a FROM that uses it cannot be decided
      scope.set(arg.name, expanded.ok ? expanded.value : null)
    }
  }
  return scope
}
