/**
 * WWW-Authenticate parsing (RFC 7235 section 4.1; the token flow of distribution's docs/spec/auth/token.md).
 * Pure. A header may carry several challenges: `Basic realm="r", Bearer realm="https://a/token",service="s"`.
 */

export interface Challenge {
  /** Lower-cased scheme: basic, bearer, ... */
  scheme: string
  /** Parameters with lower-cased names: realm, service, scope, error. */
  params: Record<string, string>
}

/** Parses every challenge of a WWW-Authenticate header; unknown syntax is skipped rather than thrown. */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = []
  let current: Challenge | undefined
  let i = 0
  const skip = (re: RegExp) => {
    while (i < header.length && re.test(header[i] as string)) i++
  }
  while (i < header.length) {
    skip(/[\s,]/)
    const start = i
    skip(/[^\s,=]/)
    const token = header.slice(start, i)
    if (token === '') {
      i++
      continue
    }
    skip(/[ \t]/)
    if (header[i] === '=' && current) {
      i++
      skip(/[ \t]/)
      const { value, end } = readValue(header, i)
      current.params[token.toLowerCase()] = value
      i = end
    } else if (header[i] === '=') {
      skip(/=/) // token68 without a scheme: ignore
    } else {
      current = { scheme: token.toLowerCase(), params: {} }
      out.push(current)
    }
  }
  return out
}

function readValue(s: string, i: number): { value: string; end: number } {
  if (s[i] !== '"') {
    let end = i
    while (end < s.length && !/[\s,]/.test(s[end] as string)) end++
    return { value: s.slice(i, end), end }
  }
  let value = ''
  let j = i + 1
  while (j < s.length && s[j] !== '"') {
    if (s[j] === '\\' && j + 1 < s.length) j++
    value += s[j] ?? ''
    j++
  }
  return { value, end: j + 1 }
}

/** The challenge to answer: Bearer preferred over Basic; undefined when neither is offered. */
export function pickChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic')
}

/** `repository:<name>:<actions>` scope strings (distribution token scope grammar). */
export function repositoryScope(repository: string, actions: readonly string[]): string {
  return `repository:${repository}:${actions.join(',')}`
}
