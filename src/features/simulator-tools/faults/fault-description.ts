// Fault settings in words, for the simulator tools page and the site-wide banner.
import { OPERATION_ERRORS, type OperationId } from '../../../simulator/model/errors.ts'
import type { FaultSettings } from '../../../simulator/services/faults.ts'

/** Each API operation by the name the API reference gives it, with its method and path. */
export const OPERATION_LABELS: Record<OperationId, { name: string; route: string }> = {
  createPayment: { name: 'Create a payment', route: 'POST /v1/payments' },
  searchPayments: { name: 'Search payments', route: 'GET /v1/payments' },
  getPayment: { name: 'Get a payment', route: 'GET /v1/payments/{paymentId}' },
  getPaymentEvents: { name: 'Get events for a payment', route: 'GET /v1/payments/{paymentId}/events' },
  cancelPayment: { name: 'Cancel a payment', route: 'POST /v1/payments/{paymentId}/cancel' },
  capturePayment: { name: 'Capture a payment', route: 'POST /v1/payments/{paymentId}/capture' },
  createRefund: { name: 'Submit a refund for a payment', route: 'POST /v1/payments/{paymentId}/refunds' },
  getPaymentRefunds: { name: 'Get all refunds for a payment', route: 'GET /v1/payments/{paymentId}/refunds' },
  getRefund: { name: 'Get a payment refund', route: 'GET /v1/payments/{paymentId}/refunds/{refundId}' },
  searchRefunds: { name: 'Search refunds', route: 'GET /v1/refunds' },
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`

function target(operation: OperationId | null): string {
  return operation === null ? 'API requests' : `requests to ${OPERATION_LABELS[operation].name} (${OPERATION_LABELS[operation].route})`
}

function failsWith(operation: OperationId | null): string {
  if (operation === null) return 'fail with a 500 error and the endpoint’s “Downstream system error” code, such as P0198 for Create a payment'
  return `fail with a 500 error, code ${OPERATION_ERRORS[operation].downstream} “Downstream system error”`
}

/** One sentence per active fault; empty when there are none. */
export function describeFaults(settings: FaultSettings): string[] {
  const lines: string[] = []
  const { failures, operation, latencyMs } = settings
  if (failures.kind === 'next') {
    const which = failures.remaining === 1 ? `The next request` : `The next ${failures.remaining.toLocaleString('en-GB')} requests`
    const to = operation === null ? ' to the API' : ` to ${OPERATION_LABELS[operation].name} (${OPERATION_LABELS[operation].route})`
    lines.push(`${which}${to} will ${failsWith(operation)}.`)
  }
  if (failures.kind === 'percentage') {
    lines.push(`${failures.percent}% of ${target(operation)}, chosen at random, ${failsWith(operation)}.`)
  }
  if (latencyMs > 0) lines.push(`Every API response is delayed by ${plural(latencyMs, 'millisecond', 'milliseconds')}.`)
  return lines
}
