/**
 * The runner's protocol, written directly: inputs from `INPUT_*`, outputs and state through the `GITHUB_OUTPUT` and
 * `GITHUB_STATE` files, log lines and annotations as workflow commands on stdout. It writes what `@actions/core`
 * writes for the same calls (a unit test compares the two), without loading it: `@actions/core` pulls in its
 * HTTP client (undici, about 1 MB of the bundle) before the first line, which is most of a short step's start.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { appendFile } from 'node:fs/promises'
import { EOL } from 'node:os'

export type Env = Readonly<Record<string, string | undefined>>

/** A command's message, escaped the way the runner unescapes it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A command property's value: like a message, plus the separators of properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::command key=value,...::message`; properties with an empty value are left out. */
export function formatCommand(command: string, message: string, properties: Record<string, string> = {}): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',')
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`
}

/** A `GITHUB_OUTPUT` / `GITHUB_STATE` entry in heredoc form; the delimiter must occur in neither key nor value. */
export function fileCommandEntry(key: string, value: string, delimiter: string): string {
  if (key.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`unexpected input: the name or value of '${key}' contains the delimiter ${delimiter}`)
  }
  return `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}

/** The variable the runner sets for an input (`build-args` -> `INPUT_BUILD-ARGS`). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** An input as the action received it, trimmed; '' when unset. */
export function getInput(env: Env, name: string): string {
  return (env[inputVariable(name)] ?? '').trim()
}

/** What the main step saved under `name`, read by the post step. */
export function getState(env: Env, name: string): string {
  return env[`STATE_${name}`] ?? ''
}

function issue(command: string, message: string, properties?: Record<string, string>): void {
  process.stdout.write(formatCommand(command, message, properties) + EOL)
}

/** A file command, or its stdout form outside a runner (no such file). */
function keyValue(env: Env, file: 'GITHUB_OUTPUT' | 'GITHUB_STATE', command: string, key: string, value: string) {
  const path = env[file]
  if (path) {
    appendFileSync(path, fileCommandEntry(key, value, `ghadelimiter_${randomUUID()}`), 'utf8')
    return
  }
  if (command === 'set-output') process.stdout.write(EOL)
  issue(command, value, { name: key })
}

export const workflow = {
  info(message: string): void {
    process.stdout.write(message + EOL)
  },
  debug(message: string): void {
    issue('debug', message)
  },
  notice(message: string): void {
    issue('notice', message)
  },
  warning(message: string): void {
    issue('warning', message)
  },
  error(message: string): void {
    issue('error', message)
  },
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    issue('group', name)
    try {
      return await fn()
    } finally {
      issue('endgroup', '')
    }
  },
  /** Masks `secret` in the rest of the job's log. */
  setSecret(secret: string): void {
    issue('add-mask', secret)
  },
  setOutput(name: string, value: string, env: Env = process.env): void {
    keyValue(env, 'GITHUB_OUTPUT', 'set-output', name, value)
  },
  saveState(name: string, value: string, env: Env = process.env): void {
    keyValue(env, 'GITHUB_STATE', 'save-state', name, value)
  },
  /** Fails the step: exit code 1 and an error annotation. */
  setFailed(message: string): void {
    process.exitCode = 1
    issue('error', message)
  },
  /** Appends markdown to the job summary (`GITHUB_STEP_SUMMARY`), as core.summary.addRaw(...).write() does. */
  async appendSummary(markdown: string, env: Env = process.env): Promise<void> {
    const path = env.GITHUB_STEP_SUMMARY
    if (!path)
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
      )
    await appendFile(path, markdown, 'utf8')
  },
}
