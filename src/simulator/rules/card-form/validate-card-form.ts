// The whole card details form checked against a service's settings: the same rules run in the
// page (on submit, and on blur for a field already in error) and again in hosted-session's
// authorisePayment, as the real pages check on the server too.
import type { AcceptedCardType, EmailCollectionMode } from '../../model/types.ts'
import {
  checkAddressCity,
  checkAddressCountry,
  checkAddressLine1,
  checkAddressLine2,
  checkAddressPostcode,
} from './billing-address.ts'
import { checkCardholderName, checkSecurityCode } from './cardholder-details.ts'
import { checkCardNumber } from './card-number.ts'
import { checkEmail } from './email.ts'
import { type CalendarMonth, checkExpiry } from './expiry.ts'
import { type CardForm, type CardFormField, FIELD_ORDER, type FieldError } from './fields.ts'

/** What the rules depend on besides the form: the service's settings and the current month. */
export interface CardFormContext {
  acceptedCardTypes: readonly AcceptedCardType[]
  collectBillingAddress: boolean
  emailCollectionMode: EmailCollectionMode
  today: CalendarMonth
}

const ADDRESS_FIELDS: ReadonlySet<CardFormField> = new Set([
  'addressLine1',
  'addressLine2',
  'addressCity',
  'addressCountry',
  'addressPostcode',
])

/** Whether the page shows the field at all for this service. */
export function fieldApplies(field: CardFormField, context: CardFormContext): boolean {
  if (ADDRESS_FIELDS.has(field)) return context.collectBillingAddress
  if (field === 'email') return context.emailCollectionMode !== 'OFF'
  return true
}

/** The message for one field, or undefined when it is fine (or not on the form). */
export function checkField(field: CardFormField, form: CardForm, context: CardFormContext): string | undefined {
  if (!fieldApplies(field, context)) return undefined
  switch (field) {
    case 'cardNo':
      return checkCardNumber(form.cardNo, context.acceptedCardTypes)
    case 'expiryMonth':
      return checkExpiry(form.expiryMonth, form.expiryYear, context.today)
    case 'cardholderName':
      return checkCardholderName(form.cardholderName)
    case 'cvc':
      return checkSecurityCode(form.cvc)
    case 'addressLine1':
      return checkAddressLine1(form.addressLine1)
    case 'addressLine2':
      return checkAddressLine2(form.addressLine2)
    case 'addressCity':
      return checkAddressCity(form.addressCity)
    case 'addressCountry':
      return checkAddressCountry(form.addressCountry)
    case 'addressPostcode':
      return checkAddressPostcode(form.addressPostcode, form.addressCountry)
    case 'email':
      return checkEmail(form.email, context.emailCollectionMode === 'MANDATORY')
  }
}

/** Every error on the form, in the order of the fields. An empty list means the form can be submitted. */
export function validateCardForm(form: CardForm, context: CardFormContext): FieldError[] {
  const errors: FieldError[] = []
  for (const field of FIELD_ORDER) {
    const message = checkField(field, form, context)
    if (message !== undefined) errors.push({ field, message })
  }
  return errors
}
