// A card details form as the hosted pages send it to the service, and the same details as the
// card form's rules check them: what was left out is filled in from the payment's own details.
import type { BillingAddress, PaymentRecord, ServiceSettings } from '../model/types.ts'
import { calendarMonthOf } from '../rules/card-form/expiry.ts'
import { emptyCardForm, type CardForm } from '../rules/card-form/fields.ts'
import type { CardFormContext } from '../rules/card-form/validate-card-form.ts'

export interface CardSubmission {
  cardNumber: string
  expiryMonth: string
  expiryYear: string
  cardholderName: string
  /** The card security code: checked, never kept. */
  cvc: string
  /** Left out: the address the payment was created with, if any. */
  billingAddress?: BillingAddress
  /** Left out: the email the payment was created with, if any. */
  email?: string
}

/** The submission as the form's fields, filling what was left out from the payment's own details. */
export function asCardForm(card: CardSubmission, payment: PaymentRecord): CardForm {
  const address = card.billingAddress ?? payment.cardDetails?.billingAddress ?? {}
  return emptyCardForm({
    cardNo: card.cardNumber,
    expiryMonth: card.expiryMonth,
    expiryYear: card.expiryYear,
    cardholderName: card.cardholderName,
    cvc: card.cvc,
    addressLine1: address.line1 ?? '',
    addressLine2: address.line2 ?? '',
    addressCity: address.city ?? '',
    addressCountry: address.country ?? '',
    addressPostcode: address.postcode ?? '',
    email: card.email ?? payment.email ?? '',
  })
}

/** The billing address as kept: trimmed, empty parts left out. */
export function keptAddress(form: CardForm): BillingAddress {
  const address: BillingAddress = {}
  const parts: [keyof BillingAddress, string][] = [
    ['line1', form.addressLine1],
    ['line2', form.addressLine2],
    ['postcode', form.addressPostcode],
    ['city', form.addressCity],
    ['country', form.addressCountry],
  ]
  for (const [name, value] of parts) if (value.trim() !== '') address[name] = value.trim()
  return address
}

/**
 * What the card form's rules need to know about a service at a moment. With the payment, a MOTO
 * payment is not asked for a billing address (pay-frontend's resolve-service: collectBillingAddress
 * && !moto).
 */
export function cardFormContext(settings: ServiceSettings, at: number, payment?: Pick<PaymentRecord, 'moto'>): CardFormContext {
  return {
    acceptedCardTypes: settings.acceptedCardTypes,
    collectBillingAddress: settings.collectBillingAddress && !payment?.moto,
    emailCollectionMode: settings.emailCollectionMode,
    today: calendarMonthOf(at),
  }
}
