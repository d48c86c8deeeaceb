// A payment's event history (pay-api-contract.md §5): the first time each external status was
// reached, with the history of each refund merged in, in time order.
import { externalState, type ExternalState } from '../../model/payment-status.ts'
import type { PaymentEvent } from '../../model/types.ts'
import { toIsoMillis } from '../../services/clock.ts'
import { get, paymentUrl } from './links.ts'

function stateOf(event: PaymentEvent): ExternalState {
  if (event.kind === 'payment') return externalState(event.status)
  return { status: event.status as ExternalState['status'], finished: event.status !== 'submitted' }
}

function identity(event: PaymentEvent): string {
  return event.kind === 'payment' ? `payment:${externalState(event.status).status}` : `refund:${event.refundId}:${event.status}`
}

export function eventsJson(paymentId: string, events: PaymentEvent[]) {
  const seen = new Set<string>()
  const distinct = events.filter((event) => {
    const key = identity(event)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return {
    payment_id: paymentId,
    events: distinct.map((event) => ({
      payment_id: paymentId,
      state: stateOf(event),
      updated: toIsoMillis(event.at),
      _links: { payment_url: get(paymentUrl(paymentId)) },
    })),
    _links: { self: get(`${paymentUrl(paymentId)}/events`) },
  }
}
