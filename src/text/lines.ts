/** Multi-line inputs: one item per line, blank lines and `#` comment lines dropped. Pure. */

export interface NumberedLine {
  /** 1-based, counting every line of the input (blank and comment lines too), for error messages. */
  line: number
  /** The line, trimmed. */
  text: string
}

/** Non-blank, non-comment lines with their line numbers. */
export function numberedLines(text: string): NumberedLine[] {
  return text
    .split(/\r?\n/)
    .map((t, i) => ({ line: i + 1, text: t.trim() }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'))
}

/** Non-blank, non-comment lines, trimmed. */
export function lines(text: string): string[] {
  return numberedLines(text).map((l) => l.text)
}

/** Items of an input that takes one per line or comma-separated. */
export function items(text: string): string[] {
  return lines(text)
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** Splits KEY=VALUE; undefined when there is no `=` or the key is empty. The key is trimmed, the value kept. */
export function keyValue(line: string): [string, string] | undefined {
  const i = line.indexOf('=')
  if (i <= 0) return undefined
  return [line.slice(0, i).trim(), line.slice(i + 1)]
}

const TAIL_LINES = 12

/** The last lines of a command's stderr, where buildx, docker and friends say what went wrong. */
export function stderrTail(stderr: string, lines = TAIL_LINES): string {
  return stderr.trimEnd().split('\n').slice(-lines).join('\n')
}
