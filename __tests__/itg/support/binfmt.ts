// The host's QEMU emulators (binfmt_misc): one implementation, shared with scripts/qemu-order.mjs.
export {
  BINFMT_DIR,
  JOURNAL,
  parseEntry,
  readEntries,
  registerLine,
  restoreEntries,
  withoutEmulators,
} from '../../../scripts/lib/binfmt.mjs'
export type { BinfmtEntry } from '../../../scripts/lib/binfmt.mjs'
