// The rows of the confirm page's table: the card as the payment keeps it (masked number, expiry,
// name), the billing address if one was collected (the country by its English name, as on the
// real pages), and the email the confirmation goes to. The labels are the page's language's.
import type { PaymentRecord, ServiceSettings } from '../../../simulator/model/types.ts'
import { countryName } from '../../../simulator/rules/card-form/countries.ts'
import type { Messages } from '../i18n/messages-en.ts'

export interface ConfirmRow {
  label: string
  id: string
  value: string
}

/** Twelve black circles, then the last 4 digits: "●●●●●●●●●●●●1111". */
export const maskedCardNumber = (lastDigits: string | null): string => `${'●'.repeat(12)}${lastDigits ?? ''}`

export function confirmRows(payment: PaymentRecord, settings: ServiceSettings, { confirmDetails }: Messages): ConfirmRow[] {
  const card = payment.cardDetails
  const rows: ConfirmRow[] = [
    { label: confirmDetails.card, id: 'card-number', value: maskedCardNumber(card?.lastDigits ?? null) },
    { label: confirmDetails.expiry, id: 'expiry-date', value: card?.expiryDate ?? '' },
    { label: confirmDetails.name, id: 'cardholder-name', value: card?.cardholderName ?? '' },
  ]
  const address = card?.billingAddress
  if (address) {
    const parts = [address.line1, address.line2, address.city, address.postcode, address.country ? countryName(address.country) : undefined]
    rows.push({ label: confirmDetails.address, id: 'address', value: parts.filter((part) => part && part.trim() !== '').join(', ') })
  }
  const mode = settings.emailCollectionMode
  if (mode === 'MANDATORY' || (mode === 'OPTIONAL' && payment.email)) {
    rows.push({ label: confirmDetails.email, id: 'email', value: payment.email ?? '' })
  }
  return rows
}
