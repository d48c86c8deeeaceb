// Reading, cancelling and capturing payments, and their events. Every read applies expiry
// first, so a payment past its time is already `failed` (P0020) when anyone looks at it.
import type { InternalStatus } from '../model/payment-status.ts'
import { API_CANCELLABLE } from '../model/state-machine.ts'
import { newToken } from '../model/ids.ts'
import { composePaymentEvents } from '../model/payment-events.ts'
import type { PaymentEvent, PaymentRecord, RefundRecord } from '../model/types.ts'
import { now } from './clock.ts'
import { captureNow } from './capture.ts'
import { settleDue } from './due-changes.ts'
import { cancel } from './payment-lifecycle.ts'
import { database, inTransaction } from './runtime.ts'

export { captureNow }

/** A payment as it is at `at`, the simulated time it was read at; undefined if unknown. */
export interface PaymentNow {
  payment: PaymentRecord | undefined
  at: number
}

/** A payment as it is now (expiry applied), whichever service owns it. The payment and the clock are read side by side. */
async function readPayment(paymentId: string): Promise<PaymentNow> {
  return inTransaction(async () => {
    const [payment, at] = await Promise.all([database().payments.get(paymentId), now()])
    if (payment) await settleDue(payment, at)
    return { payment, at }
  })
}

/** A payment of `serviceId` as it is now, with the time it was read at; another service's counts as unknown. */
export async function readServicePayment(serviceId: string, paymentId: string): Promise<PaymentNow> {
  const { payment, at } = await readPayment(paymentId)
  return { payment: payment?.serviceId === serviceId ? payment : undefined, at }
}

/** A payment as it is now (expiry applied), whichever service owns it; undefined if unknown. */
export async function findPayment(paymentId: string): Promise<PaymentRecord | undefined> {
  return (await readPayment(paymentId)).payment
}

/** A payment of `serviceId`, expiry applied; a payment of another service counts as unknown. */
export async function findServicePayment(serviceId: string, paymentId: string): Promise<PaymentRecord | undefined> {
  return (await readServicePayment(serviceId, paymentId)).payment
}

/** A payment's refunds, oldest first, by the index on payment and time (inside a transaction). */
export function refundsOfPayment(paymentId: string): Promise<RefundRecord[]> {
  return database().refunds.where('[paymentId+createdAt]').between([paymentId, -Infinity], [paymentId, Infinity]).toArray()
}

/**
 * Whether the payment still offers a one-time link: `next_url` (or `auth_url_post` for moto_api).
 * An agreement payment never does (connector's needsNextUrl).
 */
export function needsNextUrl(payment: PaymentRecord): boolean {
  if (payment.authorisationMode === 'agreement') return false
  return !['success', 'failed', 'cancelled', 'error', 'capturable'].includes(payment.state)
}

export interface PaymentWithToken {
  payment: PaymentRecord
  /** A fresh one-time token for `next_url`, when the payment still needs one. */
  token?: string
}

/** Reads a payment as the API's GET does: every read of an unfinished payment issues a new token. */
export function getPayment(serviceId: string, paymentId: string): Promise<PaymentWithToken | undefined> {
  return inTransaction(async () => {
    const { payment, at } = await readServicePayment(serviceId, paymentId)
    if (!payment) return undefined
    if (!needsNextUrl(payment)) return { payment }
    const token = newToken()
    await database().tokens.add({ token, paymentId, createdAt: at, used: false })
    return { payment, token }
  })
}

export type CancelResult = 'cancelled' | 'not-found' | 'not-cancellable'

/** The service cancels a payment (API cancel): it ends `cancelled` with P0040. */
export function cancelPayment(serviceId: string, paymentId: string): Promise<CancelResult> {
  return inTransaction(async () => {
    const { payment, at } = await readServicePayment(serviceId, paymentId)
    if (!payment) return 'not-found'
    if (!API_CANCELLABLE.includes(payment.status)) return 'not-cancellable'
    await cancel(payment, 'system', at)
    await database().payments.put(payment)
    return 'cancelled'
  })
}

export type CaptureResult = 'captured' | 'not-found' | 'not-capturable'

const ALREADY_CAPTURED: readonly InternalStatus[] = ['CAPTURE APPROVED', 'CAPTURE READY', 'CAPTURED']

/** Captures a payment taken with delayed capture. Capturing one already captured does nothing. */
export function capturePayment(serviceId: string, paymentId: string): Promise<CaptureResult> {
  return inTransaction(async () => {
    const { payment, at } = await readServicePayment(serviceId, paymentId)
    if (!payment) return 'not-found'
    if (ALREADY_CAPTURED.includes(payment.status)) return 'captured'
    if (payment.status !== 'AWAITING CAPTURE REQUEST') return 'not-capturable'
    await captureNow(payment, at)
    await database().payments.put(payment)
    return 'captured'
  })
}

/**
 * A payment of `serviceId` with its events, oldest first: its own status changes and its refunds',
 * composed from the histories kept in the records.
 */
export function getPaymentEvents(
  serviceId: string,
  paymentId: string,
): Promise<{ payment: PaymentRecord; events: PaymentEvent[] } | undefined> {
  return inTransaction(async () => {
    const [payment, refunds] = await Promise.all([
      findServicePayment(serviceId, paymentId),
      refundsOfPayment(paymentId),
    ])
    if (!payment) return undefined
    return { payment, events: composePaymentEvents(payment, refunds) }
  })
}
