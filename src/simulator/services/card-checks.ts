// What the service does with a card before authorising it, beyond the card form's own rules: the
// prepaid check (the account's block_prepaid_cards), the accepted card types, and the corporate card
// fee. The card page shows the fee and the refusal messages from these (its wording is the page's);
// the MOTO API refuses with them (402 P0010).
import { accountFeatures } from '../model/account-features.ts'
import type { ServiceSettings } from '../model/types.ts'
import { type CardInformation, cardInformation } from '../rules/cards/card-information.ts'
import { corporateSurcharge } from '../rules/cards/corporate-surcharge.ts'
import { passesLuhn } from '../rules/cards/luhn.ts'

/** Why a card is refused before authorisation. `card-type` names it as card-ID does ("visa debit"). */
export type CardRefusal = { reason: 'invalid-card' } | { reason: 'prepaid' } | { reason: 'card-type'; cardType: string }

/** A card the service would take, what card-ID says of it, and the corporate card fee it adds (pence, 0 for none). */
export interface CardAcceptance {
  information: CardInformation
  surcharge: number
}

/** Thrown by the card page's authorisation when the service refuses the card; nothing has changed. */
export class CardRefusedError extends Error {
  override name = 'CardRefusedError'
  constructor(readonly refusal: CardRefusal) {
    super(`The card was refused: ${refusal.reason}`)
  }
}

/** The service's verdict on a card number (digits only), in connector's order (MotoApiCardNumberValidationService). */
export function checkCard(digits: string, settings: ServiceSettings): CardAcceptance | CardRefusal {
  const information = passesLuhn(digits) ? cardInformation(digits) : undefined
  if (!information) return { reason: 'invalid-card' }
  const features = accountFeatures(settings)
  if (features.blockPrepaidCards && information.prepaid === 'PREPAID') return { reason: 'prepaid' }
  const type = information.type?.toUpperCase()
  const accepted = settings.acceptedCardTypes.some((card) => card.brand === information.brand && (type === undefined || card.type === type))
  if (!accepted) return { reason: 'card-type', cardType: information.type ? `${information.brand} ${information.type}` : information.brand }
  return { information, surcharge: corporateSurcharge(information, features.surcharges) }
}

export const isRefusal = (verdict: CardAcceptance | CardRefusal): verdict is CardRefusal => 'reason' in verdict
