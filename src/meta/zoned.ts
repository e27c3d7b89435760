/**
 * Wall-clock fields of an instant in an IANA time zone, from the platform's Intl (its ICU time zone data), and
 * English month and weekday names from the same place. Pure; formatters are cached per zone.
 */

export interface ZonedTime {
  year: number
  /** 1-12 */
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
  /** 0 = Sunday */
  weekday: number
  /** Minutes east of UTC (Asia/Tokyo: 540). */
  offset: number
  /** Short zone name as the platform writes it in English (UTC, EST, GMT+9). */
  zoneName: string
  /** Milliseconds since the epoch. */
  epoch: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      timeZoneName: 'short',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** True when the platform knows the zone (IANA names such as Asia/Tokyo, Etc/GMT+9, UTC). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

export function zonedTime(date: Date, timeZone: string): ZonedTime {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {}
  for (const p of formatter(timeZone).formatToParts(date)) parts[p.type] = p.value
  const num = (type: Intl.DateTimeFormatPartTypes) => Number(parts[type] ?? '0')
  const bc = parts.era === 'BC'
  const year = bc ? 1 - num('year') : num('year')
  const epoch = date.getTime()
  const millisecond = ((epoch % 1000) + 1000) % 1000
  const wall = utc(year, num('month'), num('day'), num('hour'), num('minute'), num('second'), millisecond)
  return {
    year,
    month: num('month'),
    day: num('day'),
    hour: num('hour'),
    minute: num('minute'),
    second: num('second'),
    millisecond,
    weekday: new Date(wall).getUTCDay(),
    offset: Math.round((wall - epoch) / 60000),
    zoneName: parts.timeZoneName ?? '',
    epoch,
  }
}

/** Date.UTC without the 0-99 -> 1900-1999 mapping. */
export function utc(year: number, month: number, day: number, h = 0, m = 0, s = 0, ms = 0): number {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  d.setUTCHours(h, m, s, ms)
  return d.getTime()
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/**
 * English names, index 0 = January / Sunday (what Intl's en-US gives; written out, so that loading this module
 * costs no Intl initialisation before a step's first line).
 */
export const NAMES = {
  months: MONTHS,
  monthsShort: MONTHS.map((m) => m.slice(0, 3)),
  weekdays: WEEKDAYS,
  weekdaysShort: WEEKDAYS.map((d) => d.slice(0, 3)),
} as const
