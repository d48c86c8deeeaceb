// What the store keeps of a payment's status history (inside the payment record), for tests that
// check each step was recorded exactly once.
import type { InternalStatus } from '../../src/simulator/model/payment-status.ts'
import type { PaymentHistoryEntry } from '../../src/simulator/model/types.ts'
import { database } from '../../src/simulator/services/runtime.ts'

/** The stored history of a payment, oldest first. */
export async function storedHistory(paymentId: string): Promise<PaymentHistoryEntry[]> {
  const payment = await database().payments.get(paymentId)
  if (!payment) throw new Error(`There is no stored payment ${paymentId}`)
  return payment.history
}

/** The statuses a payment has been in, oldest first. */
export async function storedStatuses(paymentId: string): Promise<InternalStatus[]> {
  return (await storedHistory(paymentId)).map((entry) => entry.status)
}

/** How many times a payment has entered `status`. */
export async function timesEntered(paymentId: string, status: InternalStatus): Promise<number> {
  return (await storedStatuses(paymentId)).filter((entry) => entry === status).length
}
