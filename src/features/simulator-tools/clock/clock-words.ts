// Reading the "move the clock forward" form, and durations in words.

export type ClockUnit = 'minutes' | 'hours' | 'days'

export const CLOCK_UNITS: readonly { value: ClockUnit; label: string; ms: number }[] = [
  { value: 'minutes', label: 'Minutes', ms: 60_000 },
  { value: 'hours', label: 'Hours', ms: 3_600_000 },
  { value: 'days', label: 'Days', ms: 86_400_000 },
]

const MAX_ADVANCE_MS = 365 * 86_400_000

export interface ClockAdvanceRequest {
  by: { minutes?: number; hours?: number; days?: number }
  ms: number
  words: string
}

export type ClockFormResult = { ok: true; request: ClockAdvanceRequest } | { ok: false; error: string }

const one = (count: number, unit: ClockUnit) => `${count.toLocaleString('en-GB')} ${count === 1 ? unit.slice(0, -1) : unit}`

export function readClockForm(amountText: string, unit: ClockUnit): ClockFormResult {
  const text = amountText.trim().replace(/,/g, '')
  if (text === '') return { ok: false, error: 'Enter how far to move the clock forward' }
  if (!/^\d+$/.test(text)) return { ok: false, error: 'How far to move the clock must be a whole number, like 90' }
  const amount = Number(text)
  if (amount < 1) return { ok: false, error: 'How far to move the clock must be 1 or more' }
  const ms = amount * CLOCK_UNITS.find((candidate) => candidate.value === unit)!.ms
  if (ms > MAX_ADVANCE_MS) return { ok: false, error: 'You can move the clock forward by up to 365 days at a time' }
  return { ok: true, request: { by: { [unit]: amount }, ms, words: one(amount, unit) } }
}

/** A duration as "2 days, 3 hours and 5 minutes", to the minute. */
export function durationInWords(ms: number): string {
  let minutes = Math.round(ms / 60_000)
  const days = Math.floor(minutes / 1440)
  minutes -= days * 1440
  const hours = Math.floor(minutes / 60)
  minutes -= hours * 60
  const parts = [
    days > 0 ? one(days, 'days') : '',
    hours > 0 ? one(hours, 'hours') : '',
    minutes > 0 ? one(minutes, 'minutes') : '',
  ].filter((part) => part !== '')
  if (parts.length === 0) return 'less than a minute'
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}
