/**
 * The secret values the runner must mask (core.setSecret): `secrets`, the values of `secret-envs`, the text of
 * `secret-files`, and the GitHub token. A value of several lines is masked line by line too (the runner masks
 * within one line of the log).
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { BuildSettings } from '../../settings.js'

/** Secret files larger than this are not read to be masked (a key or a token file is far smaller). */
const MASK_FILE_LIMIT = 64 * 1024

export function maskTargets(value: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  return [...new Set([value.trim(), ...(lines.length > 1 ? lines : [])])].filter((v) => v !== '')
}

export async function secretValues(
  s: Pick<BuildSettings, 'secrets' | 'secretEnvs' | 'secretFiles' | 'gitAuth'>,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<string[]> {
  const values = [...s.secrets.map((x) => x.value), ...s.secretEnvs.map((x) => env[x.env] ?? '')]
  if (s.gitAuth) values.push(s.gitAuth.token)
  for (const f of s.secretFiles) {
    const bytes = await readFile(resolve(cwd, f.path))
    if (bytes.length <= MASK_FILE_LIMIT) values.push(bytes.toString('utf8'))
  }
  return values.flatMap(maskTargets)
}
