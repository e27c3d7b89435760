/**
 * Registry failures as docker, containerd and BuildKit report them on stderr: which are transient, that is worth
 * trying again (a rate limit, a 5xx, a reset or refused connection, a timeout), and which are not (anything else:
 * a missing image, denied access, a build step that failed). The one place that reads a command's stderr for this;
 * the registry client judges its own HTTP errors with the same statuses (RegistryError.temporary). Pure.
 */
import { stderrTail } from '../text/lines.js'

/** HTTP statuses worth retrying (as go-containerregistry's retry.Backoff does); RegistryError uses them too. */
export const TEMPORARY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504])

/** What a failed command left: its exit code and its stderr. */
export interface CommandFailure {
  exitCode: number
  stderr: string
}

/** The reason given for a rate limit (any 429; Docker Hub's `toomanyrequests` or its message). */
export const RATE_LIMITED = 'rate limited (HTTP 429)'

/**
 * Messages of the transient failures, first match wins; each gives the reason logged with a retry. Some programs
 * drop the status: dockerd's containerd image store turns a registry's error body into `error from registry:
 * <message>` (Docker Hub: `You have reached your pull rate limit`), containerd into `<code>: <message>`, or the
 * code alone when the message is the code's own (`toomanyrequests: ...`, `unavailable`: distribution's codes for
 * 429 and 503).
 */
const TRANSIENT: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/toomanyrequests|too many requests|pull rate limit/i, () => RATE_LIMITED],
  [
    /\b(50[0234]) (?:internal server error|bad gateway|service unavailable|gateway timeout)\b/i,
    (m) => `HTTP ${m[1] ?? ''}`,
  ],
  [/\b(?:status(?: code)?|http status)[:= ]+(50[0234])\b/i, (m) => `HTTP ${m[1] ?? ''}`],
  [/(?:^|[\s:])unavailable: |:\s*unavailable\s*$|\bservice unavailable\b/im, () => 'HTTP 503'],
  [/\b408 request timeout\b/i, () => 'HTTP 408'],
  [/connection reset by peer/i, () => 'connection reset'],
  [/connection refused/i, () => 'connection refused'],
  [/tls handshake timeout/i, () => 'TLS handshake timeout'],
  [/i\/o timeout/i, () => 'i/o timeout'],
  [/client\.timeout exceeded while awaiting headers/i, () => 'timeout awaiting response headers'],
]

/** Why this text reports a transient registry or network failure; undefined when it reports none. */
export function transientReason(text: string): string | undefined {
  for (const [re, reason] of TRANSIENT) {
    const m = re.exec(text)
    if (m) return reason(m)
  }
  return undefined
}

/**
 * Why a failed command is worth running again, from its exit code and the tail of its stderr; undefined when it is
 * not. `exitCodes` limits the exit codes that may be transient: `docker run` exits 125 for its own failures (such
 * as pulling the image) and with the container's code otherwise, which says nothing about a registry.
 */
export function transientFailure(f: CommandFailure, exitCodes?: readonly number[]): string | undefined {
  if (f.exitCode === 0) return undefined
  if (exitCodes && !exitCodes.includes(f.exitCode)) return undefined
  return transientReason(stderrTail(f.stderr))
}
