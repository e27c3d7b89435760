/** One binfmt_misc entry as its file shows it (magic and mask as hex, no escapes). */
export interface BinfmtEntry {
  name: string
  enabled: boolean
  interpreter: string
  /** e.g. POCF */
  flags: string
  offset: number
  magic: string
  mask: string
  /** for extension entries (type E); empty for magic ones */
  extension: string
}
export const BINFMT_DIR: string
export const JOURNAL: string
export function parseEntry(name: string, text: string): BinfmtEntry
export function registerLine(entry: BinfmtEntry): string
export function readEntries(prefix?: string, dir?: string): BinfmtEntry[]
export function unregister(names: readonly string[], dir?: string): void
export function register(entry: BinfmtEntry, dir?: string): void
export function unregisterEmulators(dir?: string): BinfmtEntry[]
export function restoreEntries(saved: readonly BinfmtEntry[], dir?: string): void
export function restoreFromJournal(dir?: string): boolean
export function withoutEmulators<T>(fn: (saved: BinfmtEntry[]) => Promise<T>, dir?: string): Promise<T>
