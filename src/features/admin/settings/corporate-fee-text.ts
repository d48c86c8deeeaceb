// A corporate card fee as typed on its settings page, in pounds and pence ("2.50", "0" for none),
// read as the pence the service stores, or the error that says what to type instead. The largest
// fee is the one the settings and the export check take.
import { formatPence, parsePoundsAndPence } from '../../../lib/money.ts'
import { MAX_SURCHARGE } from '../../../simulator/services/service-accounts.ts'

export const FEE_MESSAGES = {
  missing: (card: string) => `Enter a fee for paying with a ${card}, or 0 for no fee`,
  negative: 'A fee cannot be less than 0. Enter 0 for no fee',
  unreadable: 'Enter a fee in pounds and pence, like 2.50',
  tooLarge: `A fee must be ${formatPence(MAX_SURCHARGE)} or less`,
} as const

/** The fee in pence, or why the text is not one; `card` names the card ("corporate credit card"). */
export function readFee(text: string, card: string): { pence: number } | { error: string } {
  const trimmed = text.trim()
  if (trimmed === '') return { error: FEE_MESSAGES.missing(card) }
  if (/^[£\s]*-/.test(trimmed)) return { error: FEE_MESSAGES.negative }
  const pence = parsePoundsAndPence(trimmed)
  if (pence === undefined) return { error: FEE_MESSAGES.unreadable }
  if (pence > MAX_SURCHARGE) return { error: FEE_MESSAGES.tooLarge }
  return { pence }
}
