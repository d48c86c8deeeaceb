// What the detail page shows for a payment id: the payment of the current service with its event
// history and its dispute, if it has one, or why there is nothing to show.
import type { DisputeRecord } from '../../../simulator/model/dispute-types.ts'
import type { PaymentEvent, PaymentRecord, ServiceRecord } from '../../../simulator/model/types.ts'
import { disputeOfPayment } from '../../../simulator/services/dispute-queries.ts'
import { findPayment, getPaymentEvents } from '../../../simulator/services/payments.ts'
import { getService } from '../../../simulator/services/service-accounts.ts'

export type LoadedTransaction =
  | { kind: 'found'; payment: PaymentRecord; events: PaymentEvent[]; dispute?: DisputeRecord }
  /** The payment exists, but belongs to another of this browser's services. */
  | { kind: 'other-service'; owner: ServiceRecord }
  | { kind: 'not-found' }

export async function loadTransaction(serviceId: string, paymentId: string): Promise<LoadedTransaction> {
  const history = await getPaymentEvents(serviceId, paymentId)
  if (history) {
    const dispute = await disputeOfPayment(serviceId, paymentId)
    return { kind: 'found', payment: history.payment, events: history.events, ...(dispute ? { dispute } : {}) }
  }
  const elsewhere = await findPayment(paymentId)
  const owner = elsewhere && (await getService(elsewhere.serviceId))
  return owner ? { kind: 'other-service', owner } : { kind: 'not-found' }
}
