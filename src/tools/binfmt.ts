import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc'

/** Names of the enabled binfmt_misc entries (e.g. qemu-aarch64). An unmounted binfmt_misc has none. */
export async function registeredEmulators(dir = BINFMT_DIR): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const out: string[] = []
  for (const name of names) {
    if (name === 'register' || name === 'status') continue
    const text = await readFile(join(dir, name), 'utf8').catch(() => '')
    if (text.split('\n')[0]?.trim() === 'enabled') out.push(name)
  }
  return out
}
