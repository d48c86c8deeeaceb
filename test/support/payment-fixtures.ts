// Payments in a chosen state, in one call, built from the steps in payment-scenarios.ts (services,
// not the HTTP API, so a test can make many without meeting the create-payment rate limit).
import type { PaymentRecord } from '../../src/simulator/model/types.ts'
import { beginCardEntry, cancelByUser, type CardSubmission } from '../../src/simulator/services/hosted-session.ts'
import { cancelPayment } from '../../src/simulator/services/payments.ts'
import { database } from '../../src/simulator/services/runtime.ts'
import {
  authorise,
  currentServiceId,
  DECLINED_CARD,
  ERROR_CARD,
  FORM_ADDRESS,
  FORM_EMAIL,
  makePayment,
  pay,
} from './payment-scenarios.ts'

export { DECLINED_CARD, ERROR_CARD }
/** The Visa card these fixtures pay with (last digits 4242). */
export const VISA_4242 = '4242424242424242'

export type FixtureState =
  | 'created'
  | 'started'
  | 'submitted'
  | 'capturable'
  | 'success'
  | 'declined'
  | 'error'
  | 'cancelled'
  | 'user-cancelled'

export interface FixtureOptions {
  /** defaults to the current service */
  serviceId?: string
  amount?: number
  returnUrl?: string
}

/** A complete card form for the default service (which collects an address and an email). */
export function card(cardNumber: string, extra: Partial<CardSubmission> = {}): CardSubmission {
  return {
    cardNumber,
    expiryMonth: '12',
    expiryYear: '2030',
    cardholderName: 'Ms J Bloggs',
    cvc: '123',
    billingAddress: FORM_ADDRESS,
    email: FORM_EMAIL,
    ...extra,
  }
}

/** A new payment moved to `state` the way a paying user (or the service) would move it. */
export async function paymentIn(state: FixtureState, options: FixtureOptions = {}): Promise<PaymentRecord> {
  const serviceId = options.serviceId ?? (await currentServiceId())
  const payment = await makePayment(
    {
      reference: 'REF-FIXTURE',
      description: 'A fixture payment',
      amount: options.amount ?? 1000,
      returnUrl: options.returnUrl ?? 'https://your.service.gov.uk/completed',
      delayedCapture: state === 'capturable',
    },
    serviceId,
  )
  const id = payment.id
  const asPaid = { cardNumber: VISA_4242, expiryMonth: '12', cardholderName: 'Ms J Bloggs' }
  switch (state) {
    case 'created':
      return payment
    case 'cancelled':
      await cancelPayment(serviceId, id)
      return reload(id)
    case 'started':
      return beginCardEntry(id)
    case 'user-cancelled':
      await beginCardEntry(id)
      return cancelByUser(id)
    case 'declined':
      return authorise(id, { ...asPaid, cardNumber: DECLINED_CARD })
    case 'error':
      return authorise(id, { ...asPaid, cardNumber: ERROR_CARD })
    case 'submitted':
      return authorise(id, asPaid)
    default:
      return pay(id, asPaid)
  }
}

async function reload(paymentId: string): Promise<PaymentRecord> {
  const payment = await database().payments.get(paymentId)
  if (!payment) throw new Error(`fixture payment ${paymentId} vanished`)
  return payment
}
