// A refund asked for on the detail page, checked as the real admin site checks it, then made by
// the same service the API's POST /v1/payments/{id}/refunds uses. Failures come back in the admin
// site's words.
import { parsePoundsToPence } from '../../../lib/money.ts'
import { PayApiError } from '../../../simulator/model/errors.ts'
import { createRefund } from '../../../simulator/services/refunds.ts'

export const REFUND_MESSAGES = {
  unparseable: 'Enter an amount to refund in pounds and pence using digits and a decimal point. For example “10.50”',
  alreadySubmitted: 'This refund request has already been submitted.',
  tooMuch: 'The amount you tried to refund is greater than the amount available to be refunded. Please try again.',
  tooLow: 'The amount you tried to refund is too low. Please try again.',
  other: 'We couldn’t process this refund. Please try again or contact support.',
} as const

export type RefundChoice = { kind: 'full' } | { kind: 'partial'; amountText: string }

export type RefundResult = { ok: true; amount: number } | { ok: false; message: string; field?: 'amount' }

/** The admin site's message for an error from createRefund. */
export function refundFailureMessage(error: unknown): string {
  if (!(error instanceof PayApiError)) return REFUND_MESSAGES.other
  if (error.code === 'P0604') return REFUND_MESSAGES.alreadySubmitted
  if (error.code === 'P0602' && error.status === 422) {
    return /greater than or equal to/.test(error.description) ? REFUND_MESSAGES.tooLow : REFUND_MESSAGES.tooMuch
  }
  if (error.code === 'P0603') {
    if (error.description.endsWith(': full')) return REFUND_MESSAGES.alreadySubmitted
    if (error.description.endsWith(': amount_not_available')) return REFUND_MESSAGES.tooMuch
  }
  return REFUND_MESSAGES.other
}

/**
 * Refunds a payment of `serviceId`. `available` is what the page showed as left to refund: like the
 * real admin site, the refund is refused if that has changed since (another refund got there first).
 */
export async function requestRefund(
  serviceId: string,
  paymentId: string,
  available: number,
  choice: RefundChoice,
): Promise<RefundResult> {
  const amount = choice.kind === 'full' ? available : parsePoundsToPence(choice.amountText)
  if (amount === undefined) return { ok: false, message: REFUND_MESSAGES.unparseable, field: 'amount' }
  try {
    const result = await createRefund(serviceId, paymentId, { amount, refundAmountAvailable: available })
    return result ? { ok: true, amount } : { ok: false, message: REFUND_MESSAGES.other }
  } catch (error) {
    const message = refundFailureMessage(error)
    return message === REFUND_MESSAGES.tooMuch || message === REFUND_MESSAGES.tooLow
      ? { ok: false, message, field: 'amount' }
      : { ok: false, message }
  }
}
