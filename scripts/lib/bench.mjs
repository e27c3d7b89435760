// Timing, statistics and the summary table the benchmarks print.
import { loadavg } from 'node:os'
import process from 'node:process'

/** `--runs N` (default 5) and `--mode warm|cold|both` (default both) from argv. */
export function parseArgs(argv, { modes = ['warm', 'cold', 'both'] } = {}) {
  const opts = { runs: 5, mode: modes.at(-1) }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') opts.runs = Number(argv[++i])
    else if (argv[i] === '--mode') opts.mode = argv[++i]
    else throw new Error(`unknown argument '${argv[i]}' (expected --runs N, --mode ${modes.join('|')})`)
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs expects a positive integer')
  if (!modes.includes(opts.mode)) throw new Error(`--mode expects ${modes.join('|')}`)
  return opts
}

/** Seconds fn took (wall clock); fn's own result is dropped. */
export async function timed(fn) {
  const start = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - start) / 1e9
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** The 1-minute load average: other work on the machine skews the figures. */
export const load = () => loadavg()[0].toFixed(2)

/** A run's output, each line prefixed with its arrival in seconds from the run's start (for --logs). */
export function timedLog(t0, parts) {
  const at = (t) => (t - t0).toFixed(3).padStart(7)
  return parts
    .flatMap(([name, r]) => [
      `${at(r.startedAt)} ${name} started`,
      ...r.lines.map((l) => `${at(l.at)} ${l.stream === 'stderr' ? 'E' : 'O'} ${l.text}`),
      `${at(r.exitedAt)} ${name} exited`,
    ])
    .join('\n')
}

/** The cache flags the bare side gets with a cache service: what the action's `cache: auto` picks (type=gha). */
export function bareGhaCacheArgs(scope) {
  return ['--cache-from', `type=gha,scope=${scope}`, '--cache-to', `type=gha,scope=${scope},mode=min,ignore-error=true`]
}

export const min = (xs) => Math.min(...xs)
export const fmt = (seconds) => seconds.toFixed(2)

/** Prints rows (arrays of cells) as an aligned Markdown table. */
export function printTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String))
  const widths = header.map((_, c) => Math.max(...all.map((r) => r[c].length)))
  const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`
  console.log(line(all[0]))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of all.slice(1)) console.log(line(r))
}

/** Runs main(); on a failure prints it and sets a non-zero exit code after cleanup ran. */
export async function runScript(main) {
  try {
    await main()
  } catch (e) {
    console.error(`benchmark failed: ${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 1
  }
}
