// The fee for paying with a corporate card (connector's FixedCorporateCardSurchargeCalculator): the
// service's credit or debit fee for a corporate card that is not prepaid, its prepaid debit fee for
// a corporate prepaid debit card, and nothing otherwise (a card that may be either, or unknown).
import type { CorporateSurcharges } from '../../model/account-features.ts'
import type { CardInformation } from './card-information.ts'

export function corporateSurcharge(card: CardInformation | undefined, fees: CorporateSurcharges): number {
  if (!card?.corporate) return 0
  if (card.prepaid === 'NOT_PREPAID') return card.type === 'credit' ? fees.credit : card.type === 'debit' ? fees.debit : 0
  if (card.prepaid === 'PREPAID' && card.type === 'debit') return fees.prepaidDebit
  return 0
}
