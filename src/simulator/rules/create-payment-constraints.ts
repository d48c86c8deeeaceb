// Steps 2 and 3 of creating a payment: length and range limits on the parsed request, then the
// Idempotency-Key header. Each gives 422; only the first broken rule is reported (§3.1).
import { invalidAttribute, PayApiError } from '../model/errors.ts'
import type { CreatePaymentRequest } from './create-payment-request.ts'

export const MAX_AMOUNT = 10_000_000

const tooLong = (max: number) => `Must be less than or equal to ${max} characters length`

interface LengthRule {
  name: string
  max: number
  value: (request: CreatePaymentRequest) => string | null | undefined
}

const LENGTH_RULES: LengthRule[] = [
  { name: 'reference', max: 255, value: (r) => r.reference },
  { name: 'description', max: 255, value: (r) => r.description },
  { name: 'email', max: 254, value: (r) => r.email },
  { name: 'return_url', max: 2000, value: (r) => r.returnUrl },
  { name: 'cardholder_name', max: 255, value: (r) => r.cardholderName },
  { name: 'line1', max: 255, value: (r) => r.billingAddress?.line1 },
  { name: 'line2', max: 255, value: (r) => r.billingAddress?.line2 },
  { name: 'city', max: 255, value: (r) => r.billingAddress?.city },
  { name: 'postcode', max: 25, value: (r) => r.billingAddress?.postcode },
]

export function checkCreatePaymentConstraints(request: CreatePaymentRequest): void {
  const violation = (name: string, message: string) => invalidAttribute(422, 'P0102', name, message)
  if (request.amount < 0) throw violation('amount', 'Must be greater than or equal to 1')
  if (request.amount > MAX_AMOUNT) throw violation('amount', `Must be less than or equal to ${MAX_AMOUNT}`)
  for (const rule of LENGTH_RULES.slice(0, 4)) {
    const value = rule.value(request)
    if (value != null && value.length > rule.max) throw violation(rule.name, tooLong(rule.max))
  }
  for (const name of ['set_up_agreement', 'agreement_id'] as const) {
    const value = name === 'set_up_agreement' ? request.setUpAgreement : request.agreementId
    if (value != null && value.length !== 26) throw violation(name, `Field [${name}] length must be 26`)
  }
  for (const rule of LENGTH_RULES.slice(4)) {
    const value = rule.value(request)
    if (value != null && value.length > rule.max) throw violation(rule.name, tooLong(rule.max))
  }
}

export function checkIdempotencyKey(value: string | null): void {
  if (value === null) return
  const headerError = (message: string) =>
    new PayApiError(422, 'P0102', `Header [Idempotency-Key] ${message}`, undefined, 'Idempotency-Key')
  if (value.length < 1 || value.length > 255) throw headerError('can have a size between 1 and 255')
  if (!/^[a-zA-Z0-9-]*$/.test(value)) throw headerError('can only contain alphanumeric characters and hyphens')
}
