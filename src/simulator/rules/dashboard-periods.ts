// The dashboard's periods as the real admin site defines them, in UK days: "Today" and "Yesterday"
// are whole days; "Previous 7 days" and "Previous 30 days" start 7 or 30 days ago and end at the end
// of yesterday, so today is not included (pay-pages-and-admin.md §2.3).
import { addDays, type CivilDate, formatSlashDate, londonDateTime, londonInstant, londonOffsetMs } from './london-time.ts'

export const DASHBOARD_PERIODS = [
  { id: 'today', label: 'Today' },
  { id: 'yesterday', label: 'Yesterday' },
  { id: 'previous-seven-days', label: 'Previous 7 days' },
  { id: 'previous-thirty-days', label: 'Previous 30 days' },
] as const

export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number]['id']

export const DEFAULT_DASHBOARD_PERIOD: DashboardPeriod = 'today'

export const isDashboardPeriod = (value: string | null | undefined): value is DashboardPeriod =>
  DASHBOARD_PERIODS.some((period) => period.id === value)

export interface PeriodRange {
  /** The first UK day of the period and the last (inclusive). */
  firstDay: CivilDate
  lastDay: CivilDate
  /** The first instant of the period (inclusive), epoch milliseconds. */
  from: number
  /** The instant the period ends (exclusive): midnight after its last day. */
  to: number
}

const DAYS_BACK: Record<DashboardPeriod, [first: number, last: number]> = {
  today: [0, 0],
  yesterday: [-1, -1],
  'previous-seven-days': [-7, -1],
  'previous-thirty-days': [-30, -1],
}

/** The period as it stands at `now` (simulator-clock milliseconds). */
export function periodRange(period: DashboardPeriod, now: number): PeriodRange {
  const today = londonDateTime(now)
  const [first, last] = DAYS_BACK[period]
  const firstDay = addDays(today, first)
  const lastDay = addDays(today, last)
  return { firstDay, lastDay, from: londonInstant(firstDay), to: londonInstant(addDays(lastDay, 1)) }
}

/** The transactions-list filter for the period: whole days, the last one up to 23:59:59. */
export function periodFilterParams(range: PeriodRange): Record<'fromDate' | 'fromTime' | 'toDate' | 'toTime', string> {
  return {
    fromDate: formatSlashDate(range.firstDay),
    fromTime: '00:00:00',
    toDate: formatSlashDate(range.lastDay),
    toTime: '23:59:59',
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "13 November 2025 at 12:00 am GMT": how the dashboard names the start and end of a period. */
export function formatPeriodInstant(at: number): string {
  const t = londonDateTime(at)
  const hour = t.hour % 12 === 0 ? 12 : t.hour % 12
  const zone = londonOffsetMs(at) === 0 ? 'GMT' : 'BST'
  return `${t.day} ${MONTHS[t.month - 1]} ${t.year} at ${hour}:${String(t.minute).padStart(2, '0')} ${t.hour < 12 ? 'am' : 'pm'} ${zone}`
}
