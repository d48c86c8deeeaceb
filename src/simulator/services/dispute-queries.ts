// Reading disputes for the pages: a service's disputes, a payment's dispute, and the recent
// payments that could be disputed (for the simulator tools to offer).
import type { DisputeRecord } from '../model/dispute-types.ts'
import type { PaymentRecord } from '../model/types.ts'
import { whyNotDisputable } from './disputes.ts'
import { database } from './runtime.ts'

/** The service's disputes, newest first. */
export function listDisputes(serviceId: string): Promise<DisputeRecord[]> {
  return database().disputes.where('[serviceId+createdAt]').between([serviceId, -Infinity], [serviceId, Infinity]).reverse().toArray()
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
