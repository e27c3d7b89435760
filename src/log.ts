import { workflow } from './workflow/commands.js'

/** The logging seam: one group per phase, annotations for warnings and errors. */
export interface Log {
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
  error(message: string): void
  debug(message: string): void
}

/** The runner's log: workflow commands on stdout (src/workflow/commands.ts). */
export const actionsLog: Log = {
  group: (name, fn) => workflow.group(name, fn),
  info: (m) => {
    workflow.info(m)
  },
  notice: (m) => {
    workflow.notice(m)
  },
  warning: (m) => {
    workflow.warning(m)
  },
  error: (m) => {
    workflow.error(m)
  },
  debug: (m) => {
    workflow.debug(m)
  },
}
