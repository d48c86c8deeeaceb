// Refunds. A refund is checked and recorded in the same transaction that reads the amount left,
// so refunds racing each other can never take back more than the payment.
import { invalidAttribute } from '../model/errors.ts'
import { newId } from '../model/ids.ts'
import { refundBlockedByDispute, refundSummary } from '../model/refund-availability.ts'
import type { PaymentRecord, RefundRecord } from '../model/types.ts'
import { MAX_AMOUNT } from '../rules/create-payment-constraints.ts'
import { operationError } from '../operations/errors/build.ts'
import { createRefund as operation } from '../operations/refunds/create-refund.ts'
import type { RefundRequest } from '../rules/refund-request.ts'
import { findServicePayment, readServicePayment, refundsOfPayment } from './payments.ts'
import { database, inTransaction } from './runtime.ts'
import { writeRefundMessages } from './webhook-outbox.ts'

/** P0603, named by the refund status that stops the refund: pending, unavailable, full or amount_not_available (or disputed). */
const notAvailable = (status: string) => operationError(operation, 'P0603', status)

function checkAmount(amount: number): void {
  if (!Number.isInteger(amount)) throw invalidAttribute(400, 'P0602', 'amount', 'Must be a valid numeric format')
  if (amount < 1) throw invalidAttribute(422, 'P0602', 'amount', 'Must be greater than or equal to 1')
  if (amount > MAX_AMOUNT) throw invalidAttribute(422, 'P0602', 'amount', `Must be less than or equal to ${MAX_AMOUNT}`)
}

/**
 * Refunds part or all of a payment of `serviceId`. Returns undefined when the payment is unknown.
 * The sandbox completes refunds at once, so a new refund is already `success`.
 */
export async function createRefund(
  serviceId: string,
  paymentId: string,
  request: RefundRequest,
): Promise<{ payment: PaymentRecord; refund: RefundRecord } | undefined> {
  checkAmount(request.amount) // async, so a bad amount rejects the promise rather than throwing
  return inTransaction(async () => {
    const db = database()
    const { payment, at } = await readServicePayment(serviceId, paymentId)
    if (!payment) return undefined
    const summary = refundSummary(payment)
    // Connector names the dispute when that is what makes the payment unavailable.
    if (summary.status === 'unavailable' && refundBlockedByDispute(payment)) throw operationError(operation, 'P0603', 'disputed')
    if (summary.status !== 'available') throw notAvailable(summary.status)
    if (request.refundAmountAvailable !== undefined && request.refundAmountAvailable !== summary.amount_available) {
      throw operationError(operation, 'P0604')
    }
    if (request.amount > summary.amount_available) throw notAvailable('amount_not_available')

    // Submitted and, the sandbox being immediate, succeeded at the same moment.
    const refund: RefundRecord = {
      id: newId(),
      paymentId,
      serviceId,
      amount: request.amount,
      status: 'success',
      createdAt: at,
      history: [
        { status: 'submitted', at },
        { status: 'success', at },
      ],
    }
    payment.refundedAmount += refund.amount
    payment.updatedAt = at
    await Promise.all([db.refunds.add(refund), db.payments.put(payment), writeRefundMessages(payment, at)])
    return { payment, refund }
  })
}

/** A payment's refunds, oldest first; undefined when the payment is unknown. */
export function listRefunds(
  serviceId: string,
  paymentId: string,
): Promise<{ payment: PaymentRecord; refunds: RefundRecord[] } | undefined> {
  return inTransaction(async () => {
    const [payment, refunds] = await Promise.all([findServicePayment(serviceId, paymentId), refundsOfPayment(paymentId)])
    if (!payment) return undefined
    return { payment, refunds }
  })
}

export async function getRefund(serviceId: string, paymentId: string, refundId: string): Promise<RefundRecord | undefined> {
  const refund = await database().refunds.get(refundId)
  return refund && refund.serviceId === serviceId && refund.paymentId === paymentId ? refund : undefined
}
