// Puts payments into the states the search, get and events tests need, through the same services
// the hosted pages and the API use (creating through the service avoids the create-payment rate
// limit when a test needs many payments). Shared by the simulator's unit tests.
import type { PaymentRecord, RefundRecord } from '../../src/simulator/model/types.ts'
import type { CreatePaymentRequest } from '../../src/simulator/rules/create-payment-request.ts'
import { createApiKey } from '../../src/simulator/services/api-keys.ts'
import { advanceClock } from '../../src/simulator/services/clock.ts'
import { authorisePayment, beginCardEntry, confirmPayment } from '../../src/simulator/services/hosted-session.ts'
import { createPayment } from '../../src/simulator/services/payment-creation.ts'
import { createRefund } from '../../src/simulator/services/refunds.ts'
import { createService, ensureCurrentService } from '../../src/simulator/services/service-accounts.ts'

export const GOOD_CARD = '4444333322221111'
export const DECLINED_CARD = '4000000000000002'
export const ERROR_CARD = '4000000000000119'

export async function currentServiceId(): Promise<string> {
  return (await ensureCurrentService()).id
}

/** A second service with an API key of its own. */
export async function otherService(): Promise<{ serviceId: string; key: string }> {
  const service = await createService('Another service')
  const { key } = await createApiKey(service.id, 'other key')
  return { serviceId: service.id, key }
}

/** Creates a web payment for the current service (or `serviceId`) and returns its record. */
export async function makePayment(overrides: Partial<CreatePaymentRequest> = {}, serviceId?: string): Promise<PaymentRecord> {
  const request: CreatePaymentRequest = {
    amount: 1000,
    reference: 'REF-1',
    description: 'A test payment',
    returnUrl: 'https://example.service.gov.uk/done',
    ...overrides,
  }
  const { payment } = await createPayment(serviceId ?? (await currentServiceId()), request)
  return payment
}

/** Moves the simulated clock on by whole minutes, so the next record is strictly newer. */
export async function tick(minutes = 1): Promise<void> {
  await advanceClock({ minutes })
}

export interface CardOptions {
  cardNumber?: string
  cardholderName?: string
  email?: string
  expiryMonth?: string
  expiryYear?: string
}

/** A billing address and email that pass the card form's rules, for a form that must have them. */
export const FORM_ADDRESS = { line1: '1 Test Street', city: 'London', postcode: 'SW1A 1AA', country: 'GB' }
export const FORM_EMAIL = 'paying.user@example.net'

/**
 * Opens the card page and submits a card: `submitted` for a good card, failed or error otherwise.
 * The form is complete for the default service: a security code, an address, and an email unless
 * the payment was created with one.
 */
export async function authorise(paymentId: string, options: CardOptions = {}): Promise<PaymentRecord> {
  const started = await beginCardEntry(paymentId)
  return authorisePayment(paymentId, {
    cardNumber: options.cardNumber ?? GOOD_CARD,
    expiryMonth: options.expiryMonth ?? '3',
    expiryYear: options.expiryYear ?? '2030',
    cardholderName: options.cardholderName ?? 'J Bloggs',
    cvc: '123',
    billingAddress: FORM_ADDRESS,
    email: options.email ?? started.email ?? FORM_EMAIL,
  })
}

/** Takes a payment all the way: `success`, or `capturable` when it uses delayed capture. */
export async function pay(paymentId: string, options: CardOptions = {}): Promise<PaymentRecord> {
  await authorise(paymentId, options)
  return confirmPayment(paymentId)
}

/** Refunds `amount` of a successful payment of the current service. */
export async function refund(paymentId: string, amount: number, serviceId?: string): Promise<RefundRecord> {
  const result = await createRefund(serviceId ?? (await currentServiceId()), paymentId, { amount })
  if (!result) throw new Error(`There is no payment ${paymentId}`)
  return result.refund
}
