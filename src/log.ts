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
  info: (m) => {
    core.info(m)
  },
  notice: (m) => {
    core.notice(m)
  },
  warning: (m) => {
    core.warning(m)
  },
  error: (m) => {
    core.error(m)
  },
  debug: (m) => {
    core.debug(m)
  },
}
