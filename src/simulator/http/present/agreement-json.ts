// An agreement as the API shows it (pay-publicapi's Agreement, NON_NULL): null fields are left out,
// except in the instrument's card details, which always carry all seven keys (CardDetailsFromResponse
// is ALWAYS). The status is lower case.
import type { CardDetailsRecord } from '../../model/types.ts'
import type { AgreementView } from '../../services/agreements.ts'
import { toIsoMillis } from '../../services/clock.ts'

function cardDetailsJson(card: CardDetailsRecord) {
  return {
    last_digits_card_number: card.lastDigits,
    first_digits_card_number: card.firstDigits,
    cardholder_name: card.cardholderName,
    expiry_date: card.expiryDate,
    billing_address: card.billingAddress ? { ...card.billingAddress } : null,
    card_brand: card.brandLabel === '' ? null : card.brandLabel,
    card_type: card.cardType,
  }
}

export function agreementJson({ agreement, instrument }: AgreementView): Record<string, unknown> {
  const body: Record<string, unknown> = {
    agreement_id: agreement.id,
    reference: agreement.reference,
    description: agreement.description,
    status: agreement.status,
    created_date: toIsoMillis(agreement.createdAt),
  }
  if (instrument) {
    body.payment_instrument = {
      card_details: cardDetailsJson(instrument.cardDetails),
      created_date: toIsoMillis(instrument.createdAt),
      type: 'card',
    }
  }
  if (agreement.userIdentifier !== undefined) body.user_identifier = agreement.userIdentifier
  if (agreement.cancelledAt !== undefined) body.cancelled_date = toIsoMillis(agreement.cancelledAt)
  return body
}
