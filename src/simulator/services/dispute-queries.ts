// Reading disputes for the pages: a service's disputes, a payment's dispute, and the recent
// payments that could be disputed (for the simulator tools to offer).
import type { DisputeRecord } from '../model/dispute-types.ts'
import type { PaymentRecord } from '../model/types.ts'
import { whyNotDisputable } from './disputes.ts'
import { database, inTransaction } from './runtime.ts'

export interface DisputeWithPayment {
  dispute: DisputeRecord
  /** The disputed payment (undefined only if it has gone since). */
  payment: PaymentRecord | undefined
}

/** The service's disputes, newest first, each with its payment. */
export function listDisputes(serviceId: string): Promise<DisputeWithPayment[]> {
  return inTransaction(async () => {
    const db = database()
    const disputes = await db.disputes.where('[serviceId+createdAt]').between([serviceId, -Infinity], [serviceId, Infinity]).reverse().toArray()
    const payments = await db.payments.bulkGet(disputes.map((dispute) => dispute.paymentId))
    return disputes.map((dispute, index) => ({ dispute, payment: payments[index] }))
  })
}

/** The dispute on a payment of `serviceId`, if it has one (a payment is disputed at most once). */
export async function disputeOfPayment(serviceId: string, paymentId: string): Promise<DisputeRecord | undefined> {
  const disputes = await database().disputes.where('paymentId').equals(paymentId).toArray()
  return disputes.find((dispute) => dispute.serviceId === serviceId)
}

/** The service's newest successful payments that can still be disputed, at most `max`. */
export function disputablePayments(serviceId: string, max: number): Promise<PaymentRecord[]> {
  return database()
    .payments.where('[serviceId+state+createdAt]')
    .between([serviceId, 'success', -Infinity], [serviceId, 'success', Infinity])
    .reverse()
    .filter((payment) => whyNotDisputable(payment) === undefined)
    .limit(max)
    .toArray()
}
