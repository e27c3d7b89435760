import { describe, expect, it } from '@jest/globals'
import moment from 'moment-timezone'
import { formatDate } from '../../../src/meta/dateformat.js'
import { isTimeZone, NAMES, utc } from '../../../src/meta/zoned.js'

const D = new Date('2020-01-10T00:30:00.000Z')

// The examples of metadata-action's README (type=schedule and the {{date}} / {{commit_date}} expressions)
describe('formatDate: README examples', () => {
  it.each<[string, string | undefined, string]>([
    ['YYYYMMDD', undefined, '20200110'],
    ['YYYYMMDD-HHmmss', 'Asia/Tokyo', '20200110-093000'],
    ['YYYYMMDD-hhmmss', 'Asia/Tokyo', '20200110-093000'],
    ['YYYY-MM-DDTHH:mm:ss.SSS[Z]', undefined, '2020-01-10T00:30:00.000Z'],
    ['dddd, MMMM Do YYYY, h:mm:ss a', undefined, 'Friday, January 10th 2020, 12:30:00 am'],
    ['dddd, MMMM Do YYYY, h:mm:ss a', 'America/New_York', 'Thursday, January 9th 2020, 7:30:00 pm'],
  ])('%j tz=%s -> %j', (format, tz, expected) => {
    expect(formatDate(D, format, tz)).toBe(expected)
  })

  it("without a format gives moment's default, Z at offset 0", () => {
    expect(formatDate(D, undefined)).toBe('2020-01-10T00:30:00Z')
    expect(formatDate(D, '', 'Asia/Tokyo')).toBe('2020-01-10T09:30:00+09:00')
  })
})

// Differential check against moment-timezone itself (a devDependency, used only here): every format token,
// localized formats, literals and escapes, in zones with odd offsets and around year and DST boundaries.
describe('formatDate matches moment-timezone', () => {
  const formats = [
    'M Mo MM MMM MMMM Q Qo D Do DD DDD DDDo DDDD d do dd ddd dddd e E w wo ww W Wo WW',
    'YY YYYY YYYYY YYYYYY Y y yo yy yyy yyyy N NN NNN NNNN NNNNN gg gggg ggggg GG GGGG GGGGG',
    'a A H HH h hh k kk hmm hmmss Hmm Hmmss m mm s ss S SS SSS SSSS SSSSSSSSS X x Z ZZ',
    'LT LTS L LL LLL LLLL l ll lll llll',
    '[today is] dddd \\Y [unclosed w| YYY',
    '',
  ]
  const zones = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Etc/GMT+12']
  const dates = [
    '2020-01-10T00:30:00.000Z',
    '2024-02-29T23:59:59.999Z',
    '2021-01-01T04:00:00.007Z',
    '2019-12-30T12:00:00Z',
    '2027-01-01T00:00:00Z',
    '2024-03-10T07:30:00Z',
  ]
  it.each(zones)('%s', (zone) => {
    for (const iso of dates) {
      const date = new Date(iso)
      for (const format of formats) {
        expect([iso, format, formatDate(date, format, zone)]).toEqual([
          iso,
          format,
          moment(date).tz(zone).format(format),
        ])
      }
    }
  })
})

describe('isTimeZone', () => {
  it.each([
    ['Asia/Tokyo', true],
    ['UTC', true],
    ['Etc/GMT+9', true],
    ['asia/tokyo', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
  ])('%j -> %s', (tz, expected) => {
    expect(isTimeZone(tz)).toBe(expected)
  })
})

describe('NAMES', () => {
  it("are what Intl's en-US gives for every month and weekday", () => {
    const month = (style: 'long' | 'short') => new Intl.DateTimeFormat('en-US', { month: style, timeZone: 'UTC' })
    const weekday = (style: 'long' | 'short') => new Intl.DateTimeFormat('en-US', { weekday: style, timeZone: 'UTC' })
    expect(NAMES.months).toEqual(Array.from({ length: 12 }, (_, i) => month('long').format(utc(2000, i + 1, 1))))
    expect(NAMES.monthsShort).toEqual(Array.from({ length: 12 }, (_, i) => month('short').format(utc(2000, i + 1, 1))))
    // 2000-01-02 was a Sunday
    expect(NAMES.weekdays).toEqual(Array.from({ length: 7 }, (_, i) => weekday('long').format(utc(2000, 1, 2 + i))))
    expect(NAMES.weekdaysShort).toEqual(
      Array.from({ length: 7 }, (_, i) => weekday('short').format(utc(2000, 1, 2 + i))),
    )
  })
})
