// Money is integer pence everywhere; these turn it into text and back at the edge (en-GB, GBP).

const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })

/** 123456 → "£1,234.56". */
export function formatPence(pence: number): string {
  return POUNDS.format(pence / 100)
}

/** Pounds and pence without the £ sign or separators, as a form field shows them: 1050 → "10.50". */
export function penceToPoundsText(pence: number): string {
  const sign = pence < 0 ? '-' : ''
  const absolute = Math.abs(pence)
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`
}

// Whole pounds, then optionally a point and one or two digits of pence.
const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/

/**
 * An amount typed in pounds and pence, as pence, zero included: "10.50" → 1050, "10.5" → 1050,
 * "10" → 1000, "0" → 0. Spaces, a "£" sign and thousands commas are allowed ("£1,000.50" is 100050).
 * Anything else — a letter, a minus sign, more than two decimal places — is not an amount: the
 * result is undefined.
 */
export function parsePoundsAndPence(text: string): number | undefined {
  const match = AMOUNT.exec(text.replace(/[\s£,]/g, ''))
  if (!match) return undefined
  const [, pounds = '', pence = ''] = match
  const value = Number(pounds) * 100 + Number(pence.padEnd(2, '0'))
  return Number.isSafeInteger(value) ? value : undefined
}

/**
 * An amount of money to take or refund, typed in pounds and pence, as pence: as
 * parsePoundsAndPence, but zero is not such an amount either. (The real admin site silently drops
 * every character other than digits, "." and "-", so "1e3" would refund £13; the playground
 * refuses such input instead.)
 */
export function parsePoundsToPence(text: string): number | undefined {
  const value = parsePoundsAndPence(text)
  return value !== undefined && value > 0 ? value : undefined
}
