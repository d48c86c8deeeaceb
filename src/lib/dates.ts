// Simulator-clock times (milliseconds) as the admin site shows them, in UK time (Europe/London).

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// GOV.UK style abbreviates September as "Sept".
const GOVUK_MONTHS = MONTHS.map((month) => (month === 'Sep' ? 'Sept' : month))

interface LondonTime {
  day: string
  month: number
  year: string
  hour: string
  minute: string
  second: string
}

function londonTime(at: number): LondonTime {
  const parts: Record<string, string> = {}
  for (const part of PARTS.formatToParts(new Date(at))) parts[part.type] = part.value
  return {
    day: parts.day ?? '',
    month: Number(parts.month),
    year: parts.year ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
  }
}

/** The transactions format, with an em dash: "05 Mar 2026 — 14:03:22". */
export function formatDateTime(at: number): string {
  const t = londonTime(at)
  return `${t.day} ${MONTHS[t.month - 1]} ${t.year} — ${t.hour}:${t.minute}:${t.second}`
}

/** A date with the time to the minute, as the API keys pages show it: "5 Sept 2024 - 11:52". */
export function formatDateAndMinutes(at: number): string {
  const t = londonTime(at)
  return `${Number(t.day)} ${GOVUK_MONTHS[t.month - 1]} ${t.year} - ${t.hour}:${t.minute}`
}
