// The Idempotency-Key of agreement payments (connector's ChargesApiResource and
// ChargeService.checkForChargeCreatedWithIdempotencyKey): a key used in the last 24 hours with the
// same request gives back that payment (200); with another request it is refused (409 P0191).
// Other payments have the key's format checked and are never matched by it.
import type { PaymentRecord } from '../model/types.ts'
import { operationError } from '../operations/errors/build.ts'
import { createPayment as operation } from '../operations/payments/create-payment.ts'
import type { CreatePaymentRequest } from '../rules/create-payment-request.ts'
import { database } from './runtime.ts'

export const IDEMPOTENCY_LIFETIME_MS = 24 * 60 * 60_000

/**
 * The request as connector compares it: every field it was given, with its value, in a fixed order
 * (so the order of the JSON does not matter, but a field sent with its default value does).
 */
export function requestFingerprint(request: CreatePaymentRequest): string {
  const sorted = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sorted)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, item]) => [name, sorted(item)]),
    )
  }
  return JSON.stringify(sorted(request))
}

/**
 * The payment created with this key in the last 24 hours, if its request was the same; throws
 * P0191 when it was not. Inside a transaction.
 */
export async function paymentForKey(
  serviceId: string,
  key: string,
  fingerprint: string,
  at: number,
): Promise<PaymentRecord | undefined> {
  const earlier = await database().payments.where('[serviceId+idempotencyKey]').equals([serviceId, key]).toArray()
  const current = earlier.filter((payment) => at - payment.createdAt < IDEMPOTENCY_LIFETIME_MS).sort((a, b) => b.createdAt - a.createdAt)[0]
  if (!current) return undefined
  if (current.idempotencyFingerprint !== fingerprint) throw operationError(operation, 'P0191')
  return current
}
