// A paying user's journey on the hosted pages, without a browser, through the same services the
// pages call: open the one-time link (the token exchange), show the card page, authorise the card
// with the sandbox provider, confirm.
import { externalState } from '../simulator/model/payment-status.ts'
import type { PaymentRecord } from '../simulator/model/types.ts'
import { now } from '../simulator/services/clock.ts'
import {
  authorisePayment,
  beginCardEntry,
  type CardSubmission,
  confirmPayment,
  exchangeToken,
  WrongStateError,
} from '../simulator/services/hosted-session.ts'
import { TEST_CARDS } from './test-cards.ts'
import type { CardJourneyOptions, CompletedPayment } from './types.ts'

const DEFAULT_ADDRESS = { line1: '1 Test Street', city: 'London', postcode: 'SW1A 1AA', country: 'GB' }
const DEFAULT_EMAIL = 'paying.user@example.org'

/** The token of a `next_url` (`…#/secure/<token>` or `…/secure/<token>`), or undefined for anything else. */
export function secureToken(paymentIdOrNextUrl: string): string | undefined {
  return /\/secure\/([^/?#]+)\/?$/.exec(paymentIdOrNextUrl)?.[1]
}

/** A `next_url` is used as the hosted pages use it; anything else is taken as a payment id. */
async function paymentIdOf(paymentIdOrNextUrl: string): Promise<string> {
  const token = secureToken(paymentIdOrNextUrl)
  if (token === undefined) return paymentIdOrNextUrl
  const exchange = await exchangeToken(decodeURIComponent(token))
  if (exchange.kind === 'unknown') throw new Error(`${paymentIdOrNextUrl} is not the next_url of a payment in this playground, or it has expired`)
  // A link used before is this same "browser" coming back: the journey goes on.
  return exchange.paymentId
}

async function cardSubmission(options: CardJourneyOptions, payment: PaymentRecord): Promise<CardSubmission> {
  const year = new Date(await now()).getUTCFullYear() + 3
  return {
    cardNumber: options.card ?? TEST_CARDS.success,
    expiryMonth: options.expiryMonth ?? '12',
    expiryYear: options.expiryYear ?? String(year),
    cardholderName: options.cardholderName ?? 'J Bloggs',
    cvc: options.cvc ?? '123',
    billingAddress: options.billingAddress ?? DEFAULT_ADDRESS,
    email: options.email ?? payment.email ?? DEFAULT_EMAIL,
  }
}

/**
 * Takes a payment through the card journey. A card the form refuses throws CardFormRejectedError,
 * whose `errors` name each field and the form's code for its problem (the pages word those codes in
 * the payment's language); a payment past the card page throws, naming its state.
 */
export async function completeCardJourney(paymentIdOrNextUrl: string, options: CardJourneyOptions = {}): Promise<CompletedPayment> {
  const paymentId = await paymentIdOf(paymentIdOrNextUrl)
  try {
    const started = await beginCardEntry(paymentId)
    let payment = await authorisePayment(paymentId, await cardSubmission(options, started))
    if (payment.status === 'AUTHORISATION SUCCESS' && options.confirm !== false) payment = await confirmPayment(paymentId)
    return { paymentId, state: externalState(payment.status) }
  } catch (error) {
    if (!(error instanceof WrongStateError)) throw error
    const state = externalState(error.payment.status)
    throw new Error(`The payment ${paymentId} is ${state.status}${state.code ? ` (${state.code})` : ''}, so its card journey cannot run`, {
      cause: error,
    })
  }
}
