// The status names the admin site shows for payments and refunds (pay-pages-and-admin.md §2.1 and
// "ten details"), and which stored states each name covers, so a status filter can use an index.
import { type ExternalStatus, externalState, type InternalStatus } from '../model/payment-status.ts'
import type { RefundStatus } from '../model/types.ts'

export const PAYMENT_DISPLAY_STATES = ['In progress', 'Success', 'Declined', 'Timed out', 'Cancelled', 'Error'] as const
export const REFUND_DISPLAY_STATES = ['Refund submitted', 'Refund error', 'Refund success'] as const

export type PaymentDisplayState = (typeof PAYMENT_DISPLAY_STATES)[number]
export type RefundDisplayState = (typeof REFUND_DISPLAY_STATES)[number]
export type TransactionDisplayState = PaymentDisplayState | RefundDisplayState

/** Every status, in the order the transactions filter lists them. */
export const TRANSACTION_DISPLAY_STATES: readonly TransactionDisplayState[] = [...PAYMENT_DISPLAY_STATES, ...REFUND_DISPLAY_STATES]

const FAILED_BY_CODE: Record<string, PaymentDisplayState> = {
  P0010: 'Declined',
  P0020: 'Timed out',
  P0030: 'Cancelled',
}

const BY_EXTERNAL_STATUS: Record<Exclude<ExternalStatus, 'failed'>, PaymentDisplayState> = {
  created: 'In progress',
  started: 'In progress',
  submitted: 'In progress',
  capturable: 'In progress',
  success: 'Success',
  cancelled: 'Cancelled',
  error: 'Error',
}

/** The name the admin site gives a payment's status: a failed payment is named by its error code. */
export function paymentDisplayState(status: InternalStatus): PaymentDisplayState {
  const state = externalState(status)
  if (state.status === 'failed') return FAILED_BY_CODE[state.code ?? ''] ?? 'Declined'
  return BY_EXTERNAL_STATUS[state.status]
}

const REFUND_NAMES: Record<RefundStatus, RefundDisplayState> = {
  submitted: 'Refund submitted',
  success: 'Refund success',
  error: 'Refund error',
}

export function refundDisplayState(status: RefundStatus): RefundDisplayState {
  return REFUND_NAMES[status]
}

export const refundStatusesFor = (names: readonly TransactionDisplayState[]): RefundStatus[] =>
  (Object.keys(REFUND_NAMES) as RefundStatus[]).filter((status) => names.includes(REFUND_NAMES[status]))

/** The external statuses (the payments index) whose payments can carry one of `names`. */
export function externalStatusesFor(names: readonly TransactionDisplayState[]): ExternalStatus[] {
  const statuses = new Set<ExternalStatus>()
  for (const [status, name] of Object.entries(BY_EXTERNAL_STATUS)) if (names.includes(name)) statuses.add(status as ExternalStatus)
  if (names.some((name) => Object.values(FAILED_BY_CODE).includes(name as PaymentDisplayState))) statuses.add('failed')
  return [...statuses]
}

export const isPaymentDisplayState = (name: string): name is PaymentDisplayState =>
  (PAYMENT_DISPLAY_STATES as readonly string[]).includes(name)

export const isTransactionDisplayState = (name: string): name is TransactionDisplayState =>
  (TRANSACTION_DISPLAY_STATES as readonly string[]).includes(name)
