/**
 * Formats a date in UTC with the moment.js tokens metadata-action users write in `{{date '...'}}`:
 * YYYY YY MM M DD D HH H mm m ss s SSS, and `[literal]`. Other characters are copied. Pure.
 */

const TOKENS = /\[([^\]]*)\]|YYYY|YY|SSS|MM|M|DD|D|HH|H|mm|m|ss|s/g

const pad = (n: number, width: number) => String(n).padStart(width, '0')

export function formatDate(date: Date, format: string): string {
  const parts: Record<string, string> = {
    YYYY: pad(date.getUTCFullYear(), 4),
    YY: pad(date.getUTCFullYear() % 100, 2),
    MM: pad(date.getUTCMonth() + 1, 2),
    M: String(date.getUTCMonth() + 1),
    DD: pad(date.getUTCDate(), 2),
    D: String(date.getUTCDate()),
    HH: pad(date.getUTCHours(), 2),
    H: String(date.getUTCHours()),
    mm: pad(date.getUTCMinutes(), 2),
    m: String(date.getUTCMinutes()),
    ss: pad(date.getUTCSeconds(), 2),
    s: String(date.getUTCSeconds()),
    SSS: pad(date.getUTCMilliseconds(), 3),
  }
  return format.replace(TOKENS, (token: string, literal: string | undefined) => literal ?? parts[token] ?? token)
}
