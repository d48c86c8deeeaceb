// The simulator clock: real time plus an offset a trainer can push forward. The offset is stored,
// so every tab and every reload sees the same simulated time.
import { database, inTransaction } from './runtime.ts'

/** The meta key of the clock's offset. */
export const CLOCK_OFFSET_META_KEY = 'clockOffsetMs'
const OFFSET_KEY = CLOCK_OFFSET_META_KEY

/** The offset in milliseconds. Call inside a transaction to read it consistently with other data. */
export async function clockOffset(): Promise<number> {
  const record = await database().meta.get(OFFSET_KEY)
  return typeof record?.value === 'number' ? record.value : 0
}

/** Simulated "now" in epoch milliseconds. */
export async function now(): Promise<number> {
  return Date.now() + (await clockOffset())
}

/** Moves the clock forward; returns the new simulated time. */
export async function advanceClock(by: { minutes?: number; hours?: number; days?: number }): Promise<number> {
  const ms = ((by.days ?? 0) * 24 * 60 + (by.hours ?? 0) * 60 + (by.minutes ?? 0)) * 60_000
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock can only move forward by a number of minutes, hours or days')
  return inTransaction(async () => {
    const offset = (await clockOffset()) + ms
    await database().meta.put({ key: OFFSET_KEY, value: offset })
    return Date.now() + offset
  })
}

export const toIsoMillis = (ms: number): string => new Date(ms).toISOString()
export const toIsoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10)
