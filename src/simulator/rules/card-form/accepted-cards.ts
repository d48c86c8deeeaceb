// What the card details page says about the cards a service accepts: the brands to show as logos
// and which line above them about credit and debit cards.
import type { AcceptedCardType } from '../../model/types.ts'
import { CARD_BRANDS, type CardBrandId } from '../cards/card-brands.ts'

/** The brands a service accepts in either variant, in the real pages' logo order. */
export function acceptedBrands(accepted: readonly AcceptedCardType[]): CardBrandId[] {
  return CARD_BRANDS.map((brand) => brand.id).filter((id) => accepted.some((type) => type.brand === id))
}

/** Which line the page shows above the logos: the real pages' `withdrawalText` key. */
export type WithdrawalText = 'debit_credit' | 'debit' | 'credit'

export function withdrawalText(accepted: readonly AcceptedCardType[]): WithdrawalText {
  const debit = accepted.some((type) => type.type === 'DEBIT')
  const credit = accepted.some((type) => type.type === 'CREDIT')
  if (debit && !credit) return 'debit'
  if (credit && !debit) return 'credit'
  return 'debit_credit'
}
