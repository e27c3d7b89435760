import * as core from '@actions/core'

/** The logging seam: one group per phase, annotations for warnings and errors. */
export interface Log {
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
}

export const actionsLog: Log = {
  group: (name, fn) => core.group(name, fn),
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  debug: (m) => core.debug(m),
}

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
