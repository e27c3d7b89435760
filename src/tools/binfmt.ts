import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc'

interface Entry {
  name: string
  enabled: boolean
  flags: string
}

/** Every binfmt_misc entry, each file read once. An unmounted binfmt_misc has none. */
async function entries(dir: string): Promise<Entry[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  const out: Entry[] = []
  for (const name of names) {
    if (name === 'register' || name === 'status') continue
    const text = await readFile(join(dir, name), 'utf8').catch(() => '')
    const flags = /^flags:\s*(\S*)/m.exec(text)?.[1] ?? ''
    out.push({ name, enabled: text.split('\n')[0]?.trim() === 'enabled', flags })
  }
  return out
}

/** Names of the enabled binfmt_misc entries (e.g. qemu-aarch64). */
export async function registeredEmulators(dir = BINFMT_DIR): Promise<string[]> {
  return (await entries(dir)).filter((e) => e.enabled).map((e) => e.name)
}

/**
 * Names of the enabled binfmt_misc entries registered without the F (fix binary) flag: the kernel looks their
 * interpreter up when a program starts, in the program's own file system, so inside a container (a build's RUN)
 * it is not found.
 */
export async function unfixedEmulators(dir = BINFMT_DIR): Promise<string[]> {
  return (await entries(dir)).filter((e) => e.enabled && !e.flags.includes('F')).map((e) => e.name)
}
