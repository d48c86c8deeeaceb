// What the detail page shows for a payment id: the payment of the current service with its event
// history, or why there is nothing to show.
import type { PaymentEvent, PaymentRecord, ServiceRecord } from '../../../simulator/model/types.ts'
import { findPayment, getPaymentEvents } from '../../../simulator/services/payments.ts'
import { getService } from '../../../simulator/services/service-accounts.ts'

export type LoadedTransaction =
  | { kind: 'found'; payment: PaymentRecord; events: PaymentEvent[] }
  /** The payment exists, but belongs to another of this browser's services. */
  | { kind: 'other-service'; owner: ServiceRecord }
  | { kind: 'not-found' }

export async function loadTransaction(serviceId: string, paymentId: string): Promise<LoadedTransaction> {
  const history = await getPaymentEvents(serviceId, paymentId)
  if (history) return { kind: 'found', payment: history.payment, events: history.events }
  const elsewhere = await findPayment(paymentId)
  const owner = elsewhere && (await getService(elsewhere.serviceId))
  return owner ? { kind: 'other-service', owner } : { kind: 'not-found' }
}
