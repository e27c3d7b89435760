/** The build's context and Dockerfile, checked before anything runs (bad paths are bad input too). */
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
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

/** Secret files must be readable files, ssh sockets and keys must exist: checked before anything runs. */
async function checkSecretPaths(s: Pick<BuildSettings, 'secretFiles' | 'ssh'>, cwd: string): Promise<void> {
  for (const f of s.secretFiles) {
    const path = resolve(cwd, f.path)
    const file = await stat(path).catch(() => undefined)
    const readable =
      file?.isFile() &&
      (await access(path, constants.R_OK).then(
        () => true,
        () => false,
      ))
    if (!readable) {
      throw new InputError(
        'secret-files',
        `line ${String(f.line)}: '${f.path}' (id ${f.id}) is not a readable file or does not exist`,
      )
    }
  }
  for (const x of s.ssh) {
    for (const p of x.paths) {
      const found = await stat(resolve(cwd, p)).catch(() => undefined)
      if (!found) {
        const what = x.agent ? `the ssh-agent socket SSH_AUTH_SOCK=${p}` : `'${p}'`
        throw new InputError('ssh', `line ${String(x.line)}: ${what} does not exist`)
      }
    }
  }
}

export async function checkPaths(
  s: Pick<BuildSettings, 'context' | 'file' | 'secretFiles' | 'ssh'>,
  cwd: string,
): Promise<void> {
  await checkSecretPaths(s, cwd)
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
