// Authorising a moto_api payment with card details sent to POST /v1/auth (connector's
// CardResource.authorise): the one-time token is checked and used up, the card is checked against
// the service (refused: the payment fails), then authorised by the sandbox, and captured at once.
// What was changed stays changed whatever the answer, so the result is returned, not thrown.
import type { InternalStatus } from '../model/payment-status.ts'
import type { PaymentRecord } from '../model/types.ts'
import type { MotoCard } from '../rules/moto-authorisation-request.ts'
import { brandLabel } from '../rules/cards/card-brands.ts'
import { sandboxOutcome } from '../rules/cards/sandbox-cards.ts'
import { afterAuthorisation } from './capture.ts'
import { type CardAcceptance, type CardRefusal, checkCard, isRefusal } from './card-checks.ts'
import { now } from './clock.ts'
import { advance } from './payment-lifecycle.ts'
import { findPayment } from './payments.ts'
import { database, inTransaction } from './runtime.ts'

export type MotoAuthorisation =
  | { kind: 'authorised' }
  | { kind: 'token-unknown' }
  | { kind: 'token-used' }
  | { kind: 'not-moto-api' }
  | { kind: 'wrong-state'; paymentId: string }
  | ({ kind: 'refused' } & CardRefusal)
  | { kind: 'declined' }
  | { kind: 'error' }

/** connector locks a payment for authorisation only from these statuses. */
const AUTHORISABLE: readonly InternalStatus[] = ['CREATED', 'ENTERING CARD DETAILS']

function keepCard(payment: PaymentRecord, card: MotoCard, brand: string, type: 'credit' | 'debit' | null): void {
  const digits = card.cardNumber
  payment.cardDetails = {
    lastDigits: digits.slice(-4),
    firstDigits: digits.slice(0, 6),
    cardholderName: card.cardholderName,
    expiryDate: card.expiryDate,
    billingAddress: null,
    brandLabel: brandLabel(brand),
    cardType: type,
  }
  payment.lastDigits = digits.slice(-4)
  payment.firstDigits = digits.slice(0, 6)
}

export function authoriseMotoPayment(card: MotoCard): Promise<MotoAuthorisation> {
  return inTransaction(async () => {
    const db = database()
    const [token, at] = await Promise.all([db.tokens.get(card.oneTimeToken), now()])
    if (!token) return { kind: 'token-unknown' }
    if (token.used) return { kind: 'token-used' }
    const payment = await findPayment(token.paymentId)
    if (!payment || payment.authorisationMode !== 'moto_api') return { kind: 'not-moto-api' }
    await db.tokens.put({ ...token, used: true })
    if (!AUTHORISABLE.includes(payment.status)) return { kind: 'wrong-state', paymentId: payment.id }
    const service = await db.services.get(payment.serviceId)
    const verdict: CardAcceptance | CardRefusal = service ? checkCard(card.cardNumber, service.settings) : { reason: 'invalid-card' }
    if (isRefusal(verdict)) {
      await advance(payment, ['AUTHORISATION REJECTED'], at)
      await db.payments.put(payment)
      return { kind: 'refused', ...verdict }
    }
    keepCard(payment, card, verdict.information.brand, verdict.information.type)
    const outcome = sandboxOutcome(card.cardNumber)
    if (outcome === 'authorised') payment.providerId = crypto.randomUUID()
    const result: InternalStatus = outcome === 'authorised' ? 'AUTHORISATION SUCCESS' : outcome === 'declined' ? 'AUTHORISATION REJECTED' : 'AUTHORISATION ERROR'
    await advance(payment, ['AUTHORISATION READY', result], at)
    if (outcome === 'authorised') await afterAuthorisation(payment, at)
    await db.payments.put(payment)
    return outcome === 'authorised' ? { kind: 'authorised' } : { kind: outcome }
  })
}
