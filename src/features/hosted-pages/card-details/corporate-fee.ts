// The corporate card fee a checked card adds, and its message as the real pages word it: "There is
// a fee of £2.50 for using a corporate credit card" for a credit card, the debit message for any
// other (a corporate prepaid debit card included).
import { penceToPoundsText } from '../../../lib/money.ts'
import { fillIn } from '../../../lib/i18n.ts'
import { isRefusal } from '../../../simulator/services/card-checks.ts'
import type { Messages } from '../i18n/messages-en.ts'
import type { CardVerdict } from './use-card-check.ts'

export interface CorporateFee {
  /** The fee, in pence. */
  pence: number
  card: 'credit' | 'debit'
}

export function corporateFeeOf(verdict: CardVerdict | undefined): CorporateFee | undefined {
  if (verdict === undefined || isRefusal(verdict) || verdict.surcharge <= 0) return undefined
  return { pence: verdict.surcharge, card: verdict.information.type === 'credit' ? 'credit' : 'debit' }
}

export function corporateFeeMessage({ cardDetails }: Messages, fee: CorporateFee): string {
  const template = fee.card === 'credit' ? cardDetails.corporateCreditCardSurchargeMessage : cardDetails.corporateDebitCardSurchargeMessage
  return fillIn(template, penceToPoundsText(fee.pence))
}
