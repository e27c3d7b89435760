/** Input list helpers (pure). */

/** Lines of a multiline input, trimmed, blank lines and `#` comments dropped. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}

/** Items of an input that takes one per line or comma-separated. */
export function items(text: string): string[] {
  return lines(text)
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** Splits KEY=VALUE; returns undefined when there is no `=` or the key is empty. */
export function keyValue(line: string): [string, string] | undefined {
  const i = line.indexOf('=')
  if (i <= 0) return undefined
  return [line.slice(0, i).trim(), line.slice(i + 1)]
}
