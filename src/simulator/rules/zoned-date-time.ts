// Java's ZonedDateTime.parse with ISO_ZONED_DATE_TIME (as the real search validation uses it):
// `2015-08-13T12:35:00Z`, `2015-08-13T12:35+01:00`, `2015-08-13T12:35:00.123Z[Europe/London]`.
// Returns epoch microseconds, or undefined when the text is not such a date-time.

// Java also takes a fraction with no digits (`12:35:00.Z`) and an offset of hours alone (`+01`).
const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{0,9}))?)?(Z|[+-]\d{2}(?::\d{2}(?::\d{2})?)?)(?:\[([^\]]+)\])?$/i

/** Epoch milliseconds of a UTC date-time; unlike Date.UTC, years 0–99 are not taken as 1900–1999. */
function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, 0)
  return date.getTime()
}

const daysInMonth = (year: number, month: number) => new Date(utcMillis(year, month + 1, 0)).getUTCDate()

export function parseZonedDateTime(text: string): bigint | undefined {
  const match = PATTERN.exec(text)
  if (!match) return undefined
  const [, y, mo, d, h, mi, s = '0', fraction = '', offset = 'Z', zone] = match
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const offsetSeconds = parseOffset(offset)
  if (offsetSeconds === undefined) return undefined
  if (zone !== undefined && !isZoneId(zone)) return undefined
  const utc = utcMillis(year, month, day, hour, minute, second) / 1000 - offsetSeconds
  const micros = BigInt(fraction.padEnd(9, '0').slice(0, 6))
  return BigInt(utc) * 1_000_000n + micros
}

function parseOffset(offset: string): number | undefined {
  if (offset.toUpperCase() === 'Z') return 0
  const [hours = 0, minutes = 0, seconds = 0] = offset.slice(1).split(':').map(Number)
  if (hours > 18 || minutes > 59 || seconds > 59) return undefined
  const total = hours * 3600 + minutes * 60 + seconds
  if (total > 18 * 3600) return undefined
  return offset.startsWith('-') ? -total : total
}

function isZoneId(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Java's LocalDate.parse: `YYYY-MM-DD`, a real calendar date. */
export function isLocalDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}
