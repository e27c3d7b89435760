/** The build's context and Dockerfile, checked before anything runs (bad paths are bad input too). */
import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { InputError } from '../../errors.js'
import type { BuildSettings } from '../../settings.js'

/** A context buildx fetches itself (a Git or HTTP URL): nothing of it can be read here. */
export function isRemoteContext(context: string): boolean {
  return /^[a-z]+:\/\//i.test(context) || context.startsWith('git@')
}

/** The Dockerfile's path on this machine; undefined for a remote context. */
export function dockerfilePath(s: Pick<BuildSettings, 'context' | 'file'>, cwd: string): string | undefined {
  if (isRemoteContext(s.context)) return undefined
  return s.file ? resolve(cwd, s.file) : join(resolve(cwd, s.context), 'Dockerfile')
}

export async function checkPaths(s: Pick<BuildSettings, 'context' | 'file'>, cwd: string): Promise<void> {
  const file = dockerfilePath(s, cwd)
  if (file === undefined) return
  await access(resolve(cwd, s.context), constants.R_OK).catch(() => {
    throw new InputError('context', `expected a readable directory, '${s.context}' is not readable or does not exist`)
  })
  await access(file, constants.R_OK).catch(() => {
    throw new InputError(
      'file',
      `expected a readable Dockerfile, '${s.file ?? join(s.context, 'Dockerfile')}' is not readable or does not exist`,
    )
  })
}
