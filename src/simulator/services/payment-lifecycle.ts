// Moves a payment through the state machine: every step is checked against the allowed
// transitions, recorded in the payment's history with its time, and keeps the derived fields in step.
import { externalState, type InternalStatus } from '../model/payment-status.ts'
import { assertTransition, cancellationPath } from '../model/state-machine.ts'
import type { PaymentRecord } from '../model/types.ts'
import { database } from './runtime.ts'
import { writeStepMessages } from './webhook-outbox.ts'

export const UNFINISHED_EXPIRY_MS = 90 * 60_000
export const CAPTURABLE_EXPIRY_MS = 5 * 24 * 60 * 60_000

const EXPIRES_WITH_SESSION: readonly InternalStatus[] = [
  'CREATED',
  'ENTERING CARD DETAILS',
  'AUTHORISATION READY',
  'AUTHORISATION SUCCESS',
]

/** When a payment in `status` expires if nothing else happens, or undefined if it cannot. */
export function expiryFor(payment: Pick<PaymentRecord, 'createdAt'>, status: InternalStatus): number | undefined {
  if (EXPIRES_WITH_SESSION.includes(status)) return payment.createdAt + UNFINISHED_EXPIRY_MS
  if (status === 'AWAITING CAPTURE REQUEST') return payment.createdAt + CAPTURABLE_EXPIRY_MS
  return undefined
}

/**
 * Applies each status in turn to `payment` (in memory): checks every step against the state
 * machine, adds each to the payment's history with its time, and keeps the derived fields in step.
 * Throws InvalidTransitionError and changes nothing if any step is not allowed. Pure: the caller
 * saves the payment (seeding uses this too, on payments it has not written yet).
 */
export function applyStatuses(payment: PaymentRecord, statuses: readonly InternalStatus[], at: number): void {
  let from = payment.status
  for (const to of statuses) {
    assertTransition(from, to)
    from = to
  }
  for (const status of statuses) payment.history.push({ status, at })
  payment.status = from
  payment.state = externalState(from).status
  payment.updatedAt = at
  const expiresAt = expiryFor(payment, from)
  if (expiresAt === undefined) delete payment.expiresAt
  else payment.expiresAt = expiresAt
}

/**
 * Moves `payment` through `statuses` at `at` (see applyStatuses) and writes the webhook messages
 * those steps send (the outbox, services/webhook-outbox.ts), carrying the payment as the steps
 * leave it: set any other field the change makes before calling this. The history travels with
 * the record; the caller saves the payment in the same transaction.
 */
export async function advance(payment: PaymentRecord, statuses: InternalStatus[], at: number): Promise<void> {
  const from = payment.status
  applyStatuses(payment, statuses, at)
  await writeStepMessages(payment, from, statuses, at)
}

export function cancel(payment: PaymentRecord, kind: 'system' | 'user' | 'expire', at: number): Promise<void> {
  return advance(payment, cancellationPath(payment.status, kind), at)
}

/** Expires `payment` if its time has come. Returns true when it changed. */
export async function expireIfDue(payment: PaymentRecord, now: number): Promise<boolean> {
  if (payment.expiresAt === undefined || payment.expiresAt > now) return false
  await cancel(payment, 'expire', now)
  await database().payments.put(payment)
  return true
}
