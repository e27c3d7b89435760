/** buildx's plain progress output (what it prints when its output is not a TTY), read for what it says. Pure. */

export interface Step {
  /** `#9` */
  id: string
  /** `[linux/arm64 2/4] RUN ["sh", "-c", "uname -m > /arch"]` */
  title: string
  cached: boolean
  /** The step's ERROR line(s), without the `#N ERROR: ` prefix. */
  errors: string[]
}

/** `#9 [linux/arm64 2/4] RUN ...` opens a step, `#9 CACHED` / `#9 ERROR: ...` report on it. */
export function buildSteps(log: string): Step[] {
  const steps = new Map<string, Step>()
  for (const line of log.split('\n')) {
    const m = /^(#\d+) (.*)$/.exec(line)
    if (!m) continue
    const [, id, rest] = m as unknown as [string, string, string]
    const step = steps.get(id)
    if (!step) steps.set(id, { id, title: rest, cached: rest === 'CACHED', errors: [] })
    else if (rest === 'CACHED') step.cached = true
    else if (rest.startsWith('ERROR: ')) step.errors.push(rest.slice('ERROR: '.length))
  }
  return [...steps.values()]
}

/**
 * Warnings for a GitHub Actions cache that could not be read or written. The build goes on without it
 * (`ignore-error=true` on export; BuildKit skips a failed import), so without a warning the loss is silent.
 */
export function cacheWarnings(log: string): string[] {
  const out: string[] = []
  for (const step of buildSteps(log)) {
    if (step.errors.length === 0) continue
    const error = step.errors[0] as string
    if (step.title.startsWith('importing cache manifest from gha')) {
      out.push(`the GitHub Actions cache could not be read; building without it: ${error}`)
    } else if (step.title.startsWith('exporting to GitHub Actions Cache')) {
      out.push(`the GitHub Actions cache could not be written; the image is unaffected: ${error}`)
    }
  }
  return out
}

/**
 * The step a failed build stopped at, in words: `[linux/arm64 2/2] RUN [...]: process "..." did not complete
 * successfully: exit code: 1`. Undefined when the log names no failed build step (then the caller shows stderr).
 */
export function buildFailure(log: string): string | undefined {
  const failed = buildSteps(log).filter((s) => s.errors.length > 0 && s.title.startsWith('['))
  if (failed.length === 0) return undefined
  return failed.map((s) => `${s.title}: ${s.errors[0] ?? ''}`).join('\n')
}

/**
 * What a failed image export said, when that is where the build stopped (no build step failed): buildx pushing the
 * layers and manifests by digest. Running the same build again re-uses the builder's cache, so it only pushes
 * again. Undefined for any other failure.
 */
export function pushFailure(log: string): string | undefined {
  const steps = buildSteps(log).filter((s) => s.errors.length > 0)
  if (steps.some((s) => s.title.startsWith('['))) return undefined
  const exported = steps.filter((s) => s.title.startsWith('exporting to image'))
  if (exported.length === 0) return undefined
  return exported.flatMap((s) => s.errors).join('\n')
}
