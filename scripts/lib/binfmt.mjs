// The host's QEMU emulators in binfmt_misc: read them, unregister them, and put them back exactly as they were.
// binfmt_misc is machine-wide: a test or script that unregisters emulators must restore them afterwards (in a
// finally), and only one such test may run at a time. While emulators are away, what was saved is also kept in
// a journal file, so that a run killed half-way is repaired by the next one (restoreFromJournal()).
// Types: binfmt.d.mts.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc'
export const JOURNAL = join(tmpdir(), 'multiarch-publish-binfmt-saved.json')

/**
 * Parses an entry file (`enabled`, `interpreter /usr/bin/qemu-aarch64`, `flags: POCF`, `offset 0`,
 * `magic 7f454c46...`, `mask ffffff...`, or `extension .exe`).
 */
export function parseEntry(name, text) {
  const entry = { name, enabled: false, interpreter: '', flags: '', offset: 0, magic: '', mask: '', extension: '' }
  for (const line of text.split('\n')) {
    const m = /^(\S+?):?\s+(.*)$/.exec(line.trim())
    if (line.trim() === 'enabled') entry.enabled = true
    else if (!m) continue
    else if (m[1] === 'interpreter') entry.interpreter = m[2]
    else if (m[1] === 'flags') entry.flags = m[2].trim()
    else if (m[1] === 'offset') entry.offset = Number(m[2])
    else if (m[1] === 'magic') entry.magic = m[2].trim()
    else if (m[1] === 'mask') entry.mask = m[2].trim()
    else if (m[1] === 'extension') entry.extension = m[2].trim()
  }
  if (!entry.interpreter) throw new Error(`binfmt_misc entry ${name}: no interpreter in ${JSON.stringify(text)}`)
  return entry
}

/** `7f45` -> `\x7f\x45`: every byte escaped, so a `:` or a NUL in the magic cannot end the field. */
const escapeHex = (hex) => hex.replace(/../g, (b) => `\\x${b}`)

/** The line that registers the entry again: `:name:type:offset:magic:mask:interpreter:flags`. */
export function registerLine(e) {
  if (e.extension) return `:${e.name}:E::${e.extension.replace(/^\./, '')}::${e.interpreter}:${e.flags}`
  return `:${e.name}:M:${e.offset}:${escapeHex(e.magic)}:${escapeHex(e.mask)}:${e.interpreter}:${e.flags}`
}

/** The entries whose name starts with prefix (default: every QEMU emulator), sorted by name. */
export function readEntries(prefix = 'qemu-', dir = BINFMT_DIR) {
  if (!existsSync(join(dir, 'register'))) throw new Error(`binfmt_misc is not mounted at ${dir}`)
  return readdirSync(dir)
    .filter((n) => n.startsWith(prefix) && n !== 'register' && n !== 'status')
    .sort()
    .map((n) => parseEntry(n, readFileSync(join(dir, n), 'utf8')))
}

/** Unregisters these entries (by name); an entry already gone is fine. */
export function unregister(names, dir = BINFMT_DIR) {
  for (const name of names) {
    if (existsSync(join(dir, name))) writeFileSync(join(dir, name), '-1')
  }
}

/** Registers an entry as it was read, disabled again if it was. */
export function register(e, dir = BINFMT_DIR) {
  writeFileSync(join(dir, 'register'), registerLine(e))
  if (!e.enabled) writeFileSync(join(dir, e.name), '0')
}

/**
 * Saves every QEMU entry (in memory and in the journal), then unregisters them all. Returns what was saved, for
 * restoreEntries().
 */
export function unregisterEmulators(dir = BINFMT_DIR) {
  if (existsSync(JOURNAL)) {
    throw new Error(`QEMU emulators are already unregistered by another run (${JOURNAL}); restoreFromJournal() first`)
  }
  const saved = readEntries('qemu-', dir)
  writeFileSync(JOURNAL, JSON.stringify(saved))
  unregister(
    saved.map((e) => e.name),
    dir,
  )
  return saved
}

/**
 * Puts the QEMU entries back as saved: whatever qemu-* entries exist now (e.g. ones the binfmt image registered
 * with its own interpreter and flags) are unregistered, the saved ones registered again. Then drops the journal.
 */
export function restoreEntries(saved, dir = BINFMT_DIR) {
  unregister(
    readEntries('qemu-', dir).map((e) => e.name),
    dir,
  )
  for (const e of saved) register(e, dir)
  rmSync(JOURNAL, { force: true })
}

/** If a run died with emulators unregistered, puts them back from the journal. Returns whether it did. */
export function restoreFromJournal(dir = BINFMT_DIR) {
  if (!existsSync(JOURNAL)) return false
  restoreEntries(JSON.parse(readFileSync(JOURNAL, 'utf8')), dir)
  return true
}

/** Runs fn with no QEMU emulator registered, and restores the host's entries afterwards, whatever happens. */
export async function withoutEmulators(fn, dir = BINFMT_DIR) {
  const saved = unregisterEmulators(dir)
  try {
    return await fn(saved)
  } finally {
    restoreEntries(saved, dir)
  }
}
