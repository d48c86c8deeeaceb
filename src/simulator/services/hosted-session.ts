// The operations the hosted payment pages perform for a paying user: open the one-time link,
// enter and authorise card details with the sandbox provider, confirm, cancel, return to service.
// The card details are checked with the same rules as the page's form before anything changes.
// Only the first 6 and last 4 digits, brand, type, expiry and name of a card are ever kept.
import type { InternalStatus } from '../model/payment-status.ts'
import type { PaymentRecord, ServiceRecord } from '../model/types.ts'
import { brandLabel, detectBrand } from '../rules/cards/card-brands.ts'
import { cardTypeOf, sandboxOutcome } from '../rules/cards/sandbox-cards.ts'
import { cardDigits } from '../rules/card-form/card-number.ts'
import { expiryDate } from '../rules/card-form/expiry.ts'
import type { FieldError } from '../rules/card-form/fields.ts'
import { validateCardForm } from '../rules/card-form/validate-card-form.ts'
import { CardRefusedError, checkCard, isRefusal } from './card-checks.ts'
import { asCardForm, cardFormContext, type CardSubmission, keptAddress } from './card-submission.ts'
import { now } from './clock.ts'
import { advance, cancel } from './payment-lifecycle.ts'
import { linkToAgreement, saveCard } from './payment-instruments.ts'
import { captureNow, findPayment } from './payments.ts'
import { database, inTransaction } from './runtime.ts'

export { cardFormContext, CardRefusedError, type CardSubmission }

export const TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60_000

/** An operation the payment's current status does not allow; the pages show the status instead. */
export class WrongStateError extends Error {
  constructor(readonly payment: PaymentRecord) {
    super(`The payment is ${payment.status}`)
    this.name = 'WrongStateError'
  }
}

export class UnknownPaymentError extends Error {
  override name = 'UnknownPaymentError'
}

/** The card details failed the form's rules; nothing was changed. `errors` are in field order. */
export class CardFormRejectedError extends Error {
  override name = 'CardFormRejectedError'
  constructor(readonly errors: FieldError[]) {
    super(`The card details were refused: ${errors.map((error) => `${error.field} (${error.code})`).join(', ')}`)
  }
}

export type TokenExchange = { kind: 'fresh'; paymentId: string } | { kind: 'used'; paymentId: string } | { kind: 'unknown' }

/** Uses a `next_url` token. Only its first use is `fresh`; the pages tie the payment to the browser then. */
export function exchangeToken(token: string): Promise<TokenExchange> {
  return inTransaction(async () => {
    const record = await database().tokens.get(token)
    if (!record || (await now()) - record.createdAt > TOKEN_LIFETIME_MS) return { kind: 'unknown' }
    if (record.used) return { kind: 'used', paymentId: record.paymentId }
    record.used = true
    await database().tokens.put(record)
    return { kind: 'fresh', paymentId: record.paymentId }
  })
}

export interface HostedPayment {
  payment: PaymentRecord
  service: ServiceRecord
  /** The simulator clock's time when the payment was read. */
  now: number
  /** A payment that sets up an agreement: the agreement's description, which the card page shows. */
  agreementDescription?: string
}

/** The payment with its service (and the agreement it sets up), expiry applied, for rendering a hosted page. */
export function getHostedPayment(paymentId: string): Promise<HostedPayment> {
  return inTransaction(async () => {
    const payment = await findPayment(paymentId)
    const service = payment && (await database().services.get(payment.serviceId))
    if (!payment || !service) throw new UnknownPaymentError(`There is no payment ${paymentId}`)
    const hosted: HostedPayment = { payment, service, now: await now() }
    const agreement = payment.setUpAgreement && payment.agreementId ? await database().agreements.get(payment.agreementId) : undefined
    if (agreement) hosted.agreementDescription = agreement.description
    return hosted
  })
}

/** Runs `change` on a payment allowed to be in one of `allowed`, and saves it. */
function changePayment(
  paymentId: string,
  allowed: readonly InternalStatus[],
  change: (payment: PaymentRecord, at: number) => Promise<void>,
): Promise<PaymentRecord> {
  return inTransaction(async () => {
    const payment = await findPayment(paymentId)
    if (!payment) throw new UnknownPaymentError(`There is no payment ${paymentId}`)
    if (!allowed.includes(payment.status)) throw new WrongStateError(payment)
    await change(payment, await now())
    await database().payments.put(payment)
    return payment
  })
}

/** The card details page is shown: a new payment becomes `started`. */
export function beginCardEntry(paymentId: string): Promise<PaymentRecord> {
  return changePayment(paymentId, ['CREATED', 'ENTERING CARD DETAILS'], async (payment, at) => {
    if (payment.status === 'CREATED') await advance(payment, ['ENTERING CARD DETAILS'], at)
  })
}

/**
 * Checks the card details with the form's rules for the payment's service (throwing
 * CardFormRejectedError), then authorises the card with the sandbox provider: the card number
 * decides the outcome.
 */
export function authorisePayment(paymentId: string, card: CardSubmission): Promise<PaymentRecord> {
  return changePayment(paymentId, ['ENTERING CARD DETAILS'], async (payment, at) => {
    const service = await database().services.get(payment.serviceId)
    if (!service) throw new UnknownPaymentError(`The payment ${paymentId} has no service`)
    const form = asCardForm(card, payment)
    const context = cardFormContext(service.settings, at, payment)
    const errors = validateCardForm(form, context)
    if (errors.length > 0) throw new CardFormRejectedError(errors)
    const digits = cardDigits(form.cardNo)
    // The service's own checks: a prepaid card it blocks is refused, a corporate card may add a fee.
    const verdict = checkCard(digits, service.settings)
    if (isRefusal(verdict) && verdict.reason === 'prepaid') throw new CardRefusedError(verdict)
    if (!isRefusal(verdict) && verdict.surcharge > 0) payment.corporateSurcharge = verdict.surcharge
    payment.cardDetails = {
      lastDigits: digits.slice(-4),
      firstDigits: digits.slice(0, 6),
      cardholderName: form.cardholderName.trim(),
      expiryDate: expiryDate(form.expiryMonth, form.expiryYear),
      billingAddress: context.collectBillingAddress ? keptAddress(form) : null,
      brandLabel: brandLabel(detectBrand(digits) ?? ''),
      cardType: cardTypeOf(digits),
    }
    payment.lastDigits = digits.slice(-4)
    payment.firstDigits = digits.slice(0, 6)
    if (service.settings.emailCollectionMode !== 'OFF' && form.email.trim() !== '') payment.email = form.email.trim()
    const outcome = sandboxOutcome(digits)
    if (outcome === 'authorised') payment.providerId = crypto.randomUUID()
    const result: InternalStatus =
      outcome === 'authorised' ? 'AUTHORISATION SUCCESS' : outcome === 'declined' ? 'AUTHORISATION REJECTED' : 'AUTHORISATION ERROR'
    await advance(payment, ['AUTHORISATION READY', result], at)
    // A set-up payment's card is saved once it is authorised (agreement set up on confirm).
    if (outcome === 'authorised' && payment.setUpAgreement) await saveCard(payment, payment.cardDetails, at)
  })
}

/** The user confirms: the payment is captured, or waits for capture if it uses delayed capture. */
export function confirmPayment(paymentId: string): Promise<PaymentRecord> {
  return changePayment(paymentId, ['AUTHORISATION SUCCESS'], async (payment, at) => {
    if (payment.delayedCapture) await advance(payment, ['AWAITING CAPTURE REQUEST'], at)
    else await captureNow(payment, at)
    // A set-up payment confirmed: its card becomes the agreement's, and the agreement is active.
    if (payment.setUpAgreement) await linkToAgreement(payment, at)
  })
}

/** The user presses "Cancel payment": the payment fails with P0030. */
export function cancelByUser(paymentId: string): Promise<PaymentRecord> {
  return changePayment(paymentId, ['ENTERING CARD DETAILS', 'AUTHORISATION SUCCESS'], (payment, at) =>
    cancel(payment, 'user', at),
  )
}

const RETURN_CANCELS: readonly InternalStatus[] = [
  'CREATED',
  'ENTERING CARD DETAILS',
  'AUTHORISATION READY',
  'AUTHORISATION SUCCESS',
]

/** Going back to the service cancels a payment still open; returns where to go. */
export async function returnToService(paymentId: string): Promise<{ payment: PaymentRecord; returnUrl: string }> {
  const payment = await inTransaction(async () => {
    const found = await findPayment(paymentId)
    if (!found) throw new UnknownPaymentError(`There is no payment ${paymentId}`)
    if (RETURN_CANCELS.includes(found.status)) {
      await cancel(found, 'user', await now())
      await database().payments.put(found)
    }
    return found
  })
  return { payment, returnUrl: payment.returnUrl }
}
