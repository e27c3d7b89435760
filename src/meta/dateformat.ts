/**
 * Formats a date in a time zone with moment.js's format tokens and its English locale, which is what
 * metadata-action's `{{date 'FORMAT' tz='Zone'}}` and `{{commit_date ...}}` render with (moment-timezone). The
 * tokenizer is moment's own pattern, so unknown letters, `[literal]` and `\x` escapes behave as there. Time zone
 * conversion and names come from the platform's Intl (src/meta/zoned.ts). Pure.
 */
import { NAMES, utc, zonedTime, type ZonedTime } from './zoned.js'

// moment's localFormattingTokens and formattingTokens (src/lib/format/format.js)
const LOCAL_TOKENS = /(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g
const TOKENS =
  /(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g

// moment's English locale (src/locale/en.js and the base config)
const LONG_FORMATS: Readonly<Record<string, string>> = {
  LTS: 'h:mm:ss A',
  LT: 'h:mm A',
  L: 'MM/DD/YYYY',
  LL: 'MMMM D, YYYY',
  LLL: 'MMMM D, YYYY h:mm A',
  LLLL: 'dddd, MMMM D, YYYY h:mm A',
  l: 'M/D/YYYY',
  ll: 'MMM D, YYYY',
  lll: 'MMM D, YYYY h:mm A',
  llll: 'ddd, MMM D, YYYY h:mm A',
}

/** moment's `format()` without a format: ISO 8601 to the second, `Z` when the offset is 0. */
const DEFAULT_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ'
const DEFAULT_FORMAT_UTC = 'YYYY-MM-DDTHH:mm:ss[Z]'

export function formatDate(date: Date, format: string | undefined, timeZone = 'UTC'): string {
  const t = zonedTime(date, timeZone)
  const fmt = format ? expand(format) : t.offset === 0 ? DEFAULT_FORMAT_UTC : DEFAULT_FORMAT
  return (fmt.match(TOKENS) ?? []).map((token) => TOKEN_FUNCTIONS[token]?.(t) ?? literal(token)).join('')
}

function expand(format: string): string {
  let f = format
  for (let i = 5; i >= 0 && new RegExp(LOCAL_TOKENS.source).test(f); i--) {
    f = f.replace(LOCAL_TOKENS, (token) => LONG_FORMATS[token] ?? token)
  }
  return f
}

function literal(token: string): string {
  return /\[[\s\S]/.test(token) ? token.replace(/^\[|\]$/g, '') : token.replace(/\\/g, '')
}

export const pad = (n: number, width: number, sign = false): string => {
  const digits = String(Math.abs(n)).padStart(width, '0')
  return (n >= 0 ? (sign ? '+' : '') : '-') + digits
}

export function ordinal(n: number): string {
  const b = n % 10
  const suffix = Math.trunc((n % 100) / 10) === 1 ? 'th' : b === 1 ? 'st' : b === 2 ? 'nd' : b === 3 ? 'rd' : 'th'
  return `${String(n)}${suffix}`
}

function dayOfYear(t: ZonedTime): number {
  return Math.round((utc(t.year, t.month, t.day) - utc(t.year, 1, 1)) / 864e5) + 1
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

// moment's weekOfYear (src/lib/units/week-calendar-utils.js): locale weeks (en: dow 0, doy 6) and ISO weeks
function firstWeekOffset(year: number, dow: number, doy: number): number {
  const fwd = 7 + dow - doy
  const d = new Date(0)
  d.setUTCFullYear(year, 0, fwd)
  const fwdlw = (7 + d.getUTCDay() - dow) % 7
  return -fwdlw + fwd - 1
}

function weeksInYear(year: number, dow: number, doy: number): number {
  const days = isLeap(year) ? 366 : 365
  return (days - firstWeekOffset(year, dow, doy) + firstWeekOffset(year + 1, dow, doy)) / 7
}

function weekOfYear(t: ZonedTime, dow: number, doy: number): { week: number; year: number } {
  const week = Math.floor((dayOfYear(t) - firstWeekOffset(t.year, dow, doy) - 1) / 7) + 1
  if (week < 1) return { week: week + weeksInYear(t.year - 1, dow, doy), year: t.year - 1 }
  const inYear = weeksInYear(t.year, dow, doy)
  if (week > inYear) return { week: week - inYear, year: t.year + 1 }
  return { week, year: t.year }
}

const localWeek = (t: ZonedTime) => weekOfYear(t, 0, 6)
const isoWeek = (t: ZonedTime) => weekOfYear(t, 1, 4)

function offset(t: ZonedTime, separator: string): string {
  const abs = Math.abs(t.offset)
  return `${t.offset < 0 ? '-' : '+'}${pad(Math.trunc(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`
}

const h12 = (t: ZonedTime) => t.hour % 12 || 12
const yearToken = (t: ZonedTime) => (t.year <= 9999 ? pad(t.year, 4) : `+${String(t.year)}`)

type TokenFn = (t: ZonedTime) => string

const TOKEN_FUNCTIONS: Readonly<Record<string, TokenFn | undefined>> = {
  M: (t) => String(t.month),
  Mo: (t) => ordinal(t.month),
  MM: (t) => pad(t.month, 2),
  MMM: (t) => NAMES.monthsShort[t.month - 1] ?? '',
  MMMM: (t) => NAMES.months[t.month - 1] ?? '',
  Q: (t) => String(Math.ceil(t.month / 3)),
  Qo: (t) => ordinal(Math.ceil(t.month / 3)),
  D: (t) => String(t.day),
  Do: (t) => ordinal(t.day),
  DD: (t) => pad(t.day, 2),
  DDD: (t) => String(dayOfYear(t)),
  DDDo: (t) => ordinal(dayOfYear(t)),
  DDDD: (t) => pad(dayOfYear(t), 3),
  d: (t) => String(t.weekday),
  do: (t) => ordinal(t.weekday),
  dd: (t) => (NAMES.weekdaysShort[t.weekday] ?? '').slice(0, 2),
  ddd: (t) => NAMES.weekdaysShort[t.weekday] ?? '',
  dddd: (t) => NAMES.weekdays[t.weekday] ?? '',
  e: (t) => String(t.weekday),
  E: (t) => String(t.weekday || 7),
  w: (t) => String(localWeek(t).week),
  wo: (t) => ordinal(localWeek(t).week),
  ww: (t) => pad(localWeek(t).week, 2),
  W: (t) => String(isoWeek(t).week),
  Wo: (t) => ordinal(isoWeek(t).week),
  WW: (t) => pad(isoWeek(t).week, 2),
  Y: yearToken,
  YY: (t) => pad(t.year % 100, 2),
  YYYY: (t) => pad(t.year, 4),
  YYYYY: (t) => pad(t.year, 5),
  YYYYYY: (t) => pad(t.year, 6, true),
  y: (t) => String(t.year),
  yo: (t) => ordinal(t.year),
  yy: (t) => pad(t.year, 2),
  yyy: (t) => pad(t.year, 3),
  yyyy: (t) => pad(t.year, 4),
  N: () => 'AD',
  NN: () => 'AD',
  NNN: () => 'AD',
  NNNN: () => 'Anno Domini',
  NNNNN: () => 'AD',
  gg: (t) => pad(localWeek(t).year % 100, 2),
  gggg: (t) => pad(localWeek(t).year, 4),
  ggggg: (t) => pad(localWeek(t).year, 5),
  GG: (t) => pad(isoWeek(t).year % 100, 2),
  GGGG: (t) => pad(isoWeek(t).year, 4),
  GGGGG: (t) => pad(isoWeek(t).year, 5),
  a: (t) => (t.hour > 11 ? 'pm' : 'am'),
  A: (t) => (t.hour > 11 ? 'PM' : 'AM'),
  H: (t) => String(t.hour),
  HH: (t) => pad(t.hour, 2),
  h: (t) => String(h12(t)),
  hh: (t) => pad(h12(t), 2),
  k: (t) => String(t.hour || 24),
  kk: (t) => pad(t.hour || 24, 2),
  hmm: (t) => `${String(h12(t))}${pad(t.minute, 2)}`,
  hmmss: (t) => `${String(h12(t))}${pad(t.minute, 2)}${pad(t.second, 2)}`,
  Hmm: (t) => `${String(t.hour)}${pad(t.minute, 2)}`,
  Hmmss: (t) => `${String(t.hour)}${pad(t.minute, 2)}${pad(t.second, 2)}`,
  m: (t) => String(t.minute),
  mm: (t) => pad(t.minute, 2),
  s: (t) => String(t.second),
  ss: (t) => pad(t.second, 2),
  ...fractions(),
  X: (t) => String(Math.floor(t.epoch / 1000)),
  x: (t) => String(t.epoch),
  Z: (t) => offset(t, ':'),
  ZZ: (t) => offset(t, ''),
  z: (t) => t.zoneName,
  zz: (t) => t.zoneName,
}

/** S..SSSSSSSSS: tenths of a second to nanoseconds (moment only knows milliseconds). */
function fractions(): Record<string, TokenFn> {
  const out: Record<string, TokenFn> = {}
  for (let n = 1; n <= 9; n++) {
    out['S'.repeat(n)] = (t) =>
      pad(Math.floor((t.millisecond * 10 ** Math.max(n - 3, 0)) / 10 ** Math.max(3 - n, 0)), n)
  }
  return out
}
