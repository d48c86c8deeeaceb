// Raising a dispute on a payment and moving it on, for the simulator tools: the real sandbox never
// raises one (only Stripe does), so this is how a service sees what disputes look like. Each change
// writes the dispute and its payment's `disputeStatus` in one transaction.
import { canMove, EVIDENCE_DUE_AFTER_MS, moved } from '../model/dispute-lifecycle.ts'
import { DISPUTE_REASONS, type DisputeReason, type DisputeRecord, type DisputeStatus } from '../model/dispute-types.ts'
import { newId } from '../model/ids.ts'
import { totalAmount } from '../model/refund-availability.ts'
import type { PaymentRecord } from '../model/types.ts'
import { now } from './clock.ts'
import { readServicePayment } from './payments.ts'
import { database, inTransaction } from './runtime.ts'

/** A dispute that cannot be raised or moved; the message says why, to the person who asked. */
export class DisputeRefusedError extends Error {
  override name = 'DisputeRefusedError'
}

/** Why the payment cannot be disputed, or undefined when it can. */
export function whyNotDisputable(payment: PaymentRecord): string | undefined {
  if (payment.state !== 'success') {
    return `Payment ${payment.id} cannot be disputed: its status is ${payment.state}, and only a successful payment can be disputed.`
  }
  if (payment.disputeStatus !== undefined) return `Payment ${payment.id} has already been disputed: a payment can be disputed only once.`
  if (payment.refundedAmount >= totalAmount(payment)) {
    return `Payment ${payment.id} has been refunded in full, so there is nothing left to dispute.`
  }
  return undefined
}

const isReason = (reason: string): reason is DisputeReason => (DISPUTE_REASONS as readonly string[]).includes(reason)

/**
 * The paying user's bank disputes a successful payment of `serviceId`: the whole amount paid, with
 * evidence due a week later on the simulator clock.
 */
export function raiseDispute(serviceId: string, paymentId: string, reason: string): Promise<DisputeRecord> {
  return inTransaction(async () => {
    if (!isReason(reason)) throw new DisputeRefusedError(`“${reason}” is not a dispute reason. Choose one of: ${DISPUTE_REASONS.join(', ')}.`)
    const id = paymentId.trim()
    const { payment, at } = await readServicePayment(serviceId, id)
    if (!payment) throw new DisputeRefusedError(`This service has no payment with the ID ${id}.`)
    const refusal = whyNotDisputable(payment)
    if (refusal) throw new DisputeRefusedError(refusal)
    const dispute: DisputeRecord = {
      id: newId(),
      serviceId,
      paymentId: payment.id,
      amount: totalAmount(payment),
      reason,
      status: 'needs_response',
      createdAt: at,
      evidenceDueAt: at + EVIDENCE_DUE_AFTER_MS,
      history: [{ status: 'needs_response', at }],
    }
    payment.disputeStatus = dispute.status
    await Promise.all([database().disputes.add(dispute), database().payments.put(payment)])
    return dispute
  })
}

/** Moves a dispute of `serviceId` on: evidence submitted (under_review), won or lost. */
export function moveDispute(serviceId: string, disputeId: string, to: DisputeStatus): Promise<DisputeRecord> {
  return inTransaction(async () => {
    const db = database()
    const [dispute, at] = await Promise.all([db.disputes.get(disputeId), now()])
    if (!dispute || dispute.serviceId !== serviceId) throw new DisputeRefusedError(`This service has no dispute with the ID ${disputeId}.`)
    if (!canMove(dispute.status, to)) {
      throw new DisputeRefusedError(`The dispute on payment ${dispute.paymentId} is ${dispute.status}, so it cannot become ${to}.`)
    }
    const payment = await db.payments.get(dispute.paymentId)
    if (!payment) throw new DisputeRefusedError(`The payment ${dispute.paymentId} this dispute is about no longer exists.`)
    const next = moved(dispute, to, at)
    payment.disputeStatus = to
    await Promise.all([db.disputes.put(next), db.payments.put(payment)])
    return next
  })
}
