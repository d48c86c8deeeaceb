// UK civil time (Europe/London, GMT in winter and BST in summer) for the admin site's dates: which
// calendar day an instant falls on, and the instant a UK date and time names.

export interface CivilDate {
  year: number
  /** 1–12 */
  month: number
  day: number
}

export interface CivilDateTime extends CivilDate {
  hour: number
  minute: number
  second: number
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
})

/** The UK date and time at an instant (epoch milliseconds). */
export function londonDateTime(at: number): CivilDateTime {
  const parts: Record<string, number> = {}
  for (const part of LONDON.formatToParts(new Date(at))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

/** Milliseconds of a date-time read as if it were UTC (years 0–99 are not moved to the 1900s). */
function asUtc({ year, month, day, hour = 0, minute = 0, second = 0 }: CivilDate & Partial<CivilDateTime>): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, 0)
  return date.getTime()
}

/** How far UK time is ahead of UTC at an instant: 0 in winter, an hour during BST. */
export function londonOffsetMs(at: number): number {
  const wholeSecond = Math.floor(at / 1000) * 1000
  return asUtc(londonDateTime(wholeSecond)) - wholeSecond
}

/**
 * The instant a UK date and time names. A time the clocks skip in spring (01:00–01:59 on the last
 * Sunday of March) is read as the hour after it; a time they repeat in autumn is its first, BST,
 * instance.
 */
export function londonInstant(civil: CivilDate & Partial<CivilDateTime>): number {
  const local = asUtc(civil)
  for (const offset of [3_600_000, 0]) {
    const instant = local - offset
    if (londonOffsetMs(instant) === offset) return instant
  }
  return local - londonOffsetMs(local - 6 * 3_600_000)
}

/** The UK calendar day `days` after `date` (negative for before). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(asUtc(date) + days * 86_400_000)
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() }
}

/** Whether the numbers name a real calendar date. */
export function isRealDate({ year, month, day }: CivilDate): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(asUtc({ year, month: month + 1, day: 1 }) - 86_400_000).getUTCDate()
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** `DD/MM/YYYY`, as the admin site's date fields take and show dates. */
export const formatSlashDate = ({ year, month, day }: CivilDate): string => `${pad(day)}/${pad(month)}/${pad(year, 4)}`

/** `HH:mm:ss`. */
export const formatClockTime = ({ hour, minute, second }: Pick<CivilDateTime, 'hour' | 'minute' | 'second'>): string =>
  `${pad(hour)}:${pad(minute)}:${pad(second)}`
