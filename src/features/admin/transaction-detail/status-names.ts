// The names the transaction events table gives a payment's history: the steps before it finished
// have names of their own; the rest are the admin site's status names (simulator/rules).
import { externalState, type ExternalStatus, type InternalStatus } from '../../../simulator/model/payment-status.ts'
import { paymentDisplayState } from '../../../simulator/rules/transaction-display-states.ts'

const UNFINISHED_EVENT_NAMES: Partial<Record<ExternalStatus, string>> = {
  created: 'Created',
  started: 'Started',
  submitted: 'Submitted',
  capturable: 'Capturable',
}

export function paymentEventName(status: InternalStatus): string {
  return UNFINISHED_EVENT_NAMES[externalState(status).status] ?? paymentDisplayState(status)
}
