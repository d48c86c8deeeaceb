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
import { type CardForm, type CardFormField, FIELD_ORDER, type FieldError, type FieldErrorCodes } from './fields.ts'

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

/** A field's error from its check's code, when there is one. */
const failed = <F extends CardFormField>(field: F, code: FieldErrorCodes[F] | undefined): FieldError | undefined =>
  code === undefined ? undefined : ({ field, code } as FieldError)

/** One field's error, or undefined when it is fine (or not on the form). */
export function checkField(field: CardFormField, form: CardForm, context: CardFormContext): FieldError | undefined {
  if (!fieldApplies(field, context)) return undefined
  switch (field) {
    case 'cardNo': {
      const problem = checkCardNumber(form.cardNo, context.acceptedCardTypes)
      return problem && { field, ...problem }
    }
    case 'expiryMonth':
      return failed(field, checkExpiry(form.expiryMonth, form.expiryYear, context.today))
    case 'cardholderName':
      return failed(field, checkCardholderName(form.cardholderName))
    case 'cvc':
      return failed(field, checkSecurityCode(form.cvc))
    case 'addressLine1':
      return failed(field, checkAddressLine1(form.addressLine1))
    case 'addressLine2':
      return failed(field, checkAddressLine2(form.addressLine2))
    case 'addressCity':
      return failed(field, checkAddressCity(form.addressCity))
    case 'addressCountry':
      return failed(field, checkAddressCountry(form.addressCountry))
    case 'addressPostcode':
      return failed(field, checkAddressPostcode(form.addressPostcode, form.addressCountry))
    case 'email':
      return failed(field, checkEmail(form.email, context.emailCollectionMode === 'MANDATORY'))
  }
}

/** Every error on the form, in the order of the fields. An empty list means the form can be submitted. */
export function validateCardForm(form: CardForm, context: CardFormContext): FieldError[] {
  return FIELD_ORDER.map((field) => checkField(field, form, context)).filter((error) => error !== undefined)
}
