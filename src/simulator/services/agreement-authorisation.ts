// Agreement payments are authorised asynchronously, with the agreement's saved card and without the
// user (connector queues them as AUTHORISATION USER NOT PRESENT QUEUED, external `started`). In the
// playground the queue takes one second of simulator time: the authorisation is applied by the first
// read at or after `authorisesAt` (and by the periodic sweep), and its steps are timed at that
// moment, so what a read shows depends only on the simulator clock (decision 019).
import { newToken } from '../model/ids.ts'
import type { InternalStatus } from '../model/payment-status.ts'
import type { PaymentRecord } from '../model/types.ts'
import { recurringOutcome } from '../rules/cards/recurring-sandbox.ts'
import { afterAuthorisation } from './capture.ts'
import { advance } from './payment-lifecycle.ts'
import { inactivate } from './payment-instruments.ts'
import { database } from './runtime.ts'

export const AGREEMENT_AUTHORISATION_DELAY_MS = 1000

const RESULT: Record<'authorised' | 'declined' | 'error', InternalStatus> = {
  authorised: 'AUTHORISATION SUCCESS',
  declined: 'AUTHORISATION REJECTED',
  error: 'AUTHORISATION ERROR',
}

/** Authorises a queued agreement payment whose time has come (in memory; the caller saves it). Returns true when it changed. */
export async function authoriseIfDue(payment: PaymentRecord, now: number): Promise<boolean> {
  if (payment.authorisesAt === undefined || payment.authorisesAt > now) return false
  const at = payment.authorisesAt
  delete payment.authorisesAt
  const instrument = payment.paymentInstrumentId ? await database().paymentInstruments.get(payment.paymentInstrumentId) : undefined
  const card = instrument?.cardDetails
  // The saved card's details go on the payment, as connector copies them from the instrument.
  if (card) {
    payment.cardDetails = { ...card, billingAddress: card.billingAddress ? { ...card.billingAddress } : null }
    if (card.lastDigits) payment.lastDigits = card.lastDigits
    if (card.firstDigits) payment.firstDigits = card.firstDigits
  }
  const outcome = card ? recurringOutcome(card.firstDigits, card.lastDigits) : 'error'
  if (outcome === 'authorised') payment.providerId = newToken()
  await advance(payment, ['AUTHORISATION READY', RESULT[outcome]], at)
  if (outcome === 'authorised') await afterAuthorisation(payment, at)
  if (outcome === 'declined') {
    // The sandbox declines with DO_NOT_RETRY: the agreement cannot be used again until set up anew.
    payment.canRetry = false
    await inactivate(payment, at)
  }
  return true
}
