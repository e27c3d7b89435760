import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Programs the integration tests drive for real. */
export const REQUIRED_TOOLS = JSON.parse(
  readFileSync(join(process.cwd(), '__tests__/itg/support/required-tools.json'), 'utf8'),
) as string[]

export function missingTools(tools: readonly string[] = REQUIRED_TOOLS): string[] {
  return tools.filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0)
}

/**
 * In CI a missing tool is a failure, never a skip. Locally the integration suites skip with the reason.
 * Returns the reason to skip, or undefined to run.
 */
export function itgSkipReason(tools: readonly string[] = REQUIRED_TOOLS): string | undefined {
  const missing = missingTools(tools)
  if (missing.length === 0) return undefined
  const msg = `integration tools missing: ${missing.join(', ')} (run: bash .ci/install.sh)`
  if (process.env.CI) throw new Error(msg)
  return msg
}
