/** The build's context and Dockerfile, checked before anything runs (bad paths are bad input too). */
import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { InputError } from '../../errors.js'
import type { BuildSettings } from '../../settings.js'

export async function checkPaths(s: Pick<BuildSettings, 'context' | 'file'>, cwd: string): Promise<void> {
  if (/^[a-z]+:\/\//i.test(s.context) || s.context.startsWith('git@')) return // a remote context: buildx fetches it
  const context = resolve(cwd, s.context)
  await access(context, constants.R_OK).catch(() => {
    throw new InputError('context', `expected a readable directory, '${s.context}' is not readable or does not exist`)
  })
  const file = s.file ? resolve(cwd, s.file) : join(context, 'Dockerfile')
  await access(file, constants.R_OK).catch(() => {
    throw new InputError(
      'file',
      `expected a readable Dockerfile, '${s.file ?? join(s.context, 'Dockerfile')}' is not readable or does not exist`,
    )
  })
}
