import type { Log } from '../../../src/log.js'

/** A log that records lines, for tests. */
export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    async group(name, fn) {
      lines.push(`::group::${name}`)
      try {
        return await fn()
      } finally {
        lines.push('::endgroup::')
      }
    },
    info: (m) => lines.push(m),
    notice: (m) => lines.push(`notice: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
  }
}
