// What the card details form starts with, and what it sends: the details the payment was created
// with (name, address, email) filled in, the service's default country chosen.
import type { PaymentRecord, ServiceSettings } from '../../../simulator/model/types.ts'
import { emptyCardForm, type CardForm } from '../../../simulator/rules/card-form/fields.ts'
import type { CardSubmission } from '../../../simulator/services/hosted-session.ts'

export function initialCardForm(payment: PaymentRecord, settings: ServiceSettings): CardForm {
  const address = payment.cardDetails?.billingAddress ?? {}
  return emptyCardForm({
    cardholderName: payment.cardDetails?.cardholderName ?? '',
    addressLine1: address.line1 ?? '',
    addressLine2: address.line2 ?? '',
    addressCity: address.city ?? '',
    addressCountry: address.country ?? settings.defaultBillingAddressCountry,
    addressPostcode: address.postcode ?? '',
    email: payment.email ?? '',
  })
}

/** What is sent to be authorised: the card, and the address and email where the page asks for them. */
export function toSubmission(form: CardForm, asked: Pick<ServiceSettings, 'collectBillingAddress' | 'emailCollectionMode'>): CardSubmission {
  return {
    cardNumber: form.cardNo,
    expiryMonth: form.expiryMonth,
    expiryYear: form.expiryYear,
    cardholderName: form.cardholderName,
    cvc: form.cvc,
    ...(asked.collectBillingAddress
      ? {
          billingAddress: {
            line1: form.addressLine1,
            line2: form.addressLine2,
            city: form.addressCity,
            postcode: form.addressPostcode,
            country: form.addressCountry,
          },
        }
      : {}),
    ...(asked.emailCollectionMode === 'OFF' ? {} : { email: form.email }),
  }
}
