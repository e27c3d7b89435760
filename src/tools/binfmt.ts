import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc'

/**
 * Names of the enabled binfmt_misc entries registered without the F (fix binary) flag: the kernel looks their
 * interpreter up when a program starts, in the program's own file system, so inside a container (a build's RUN)
 * it is not found.
 */
export async function unfixedEmulators(dir = BINFMT_DIR): Promise<string[]> {
  const out: string[] = []
  for (const name of await registeredEmulators(dir)) {
    const text = await readFile(join(dir, name), 'utf8').catch(() => '')
    const flags = /^flags:\s*(\S*)/m.exec(text)?.[1] ?? ''
    if (!flags.includes('F')) out.push(name)
  }
  return out
}

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
