// Expiry of payments nobody finished: 90 minutes after creation for a payment still in progress,
// 5 days for one awaiting capture. Applied on every read and by a sweep over the expiry index, which
// also authorises the queued agreement payments whose time has come (services/due-changes.ts).
import { now } from './clock.ts'
import { settleDue } from './due-changes.ts'
import { database, inTransaction } from './runtime.ts'

/** Applies every change whose time has come: queued authorisations, then expiry. Returns how many payments expired or were authorised. */
export function sweepExpired(): Promise<number> {
  return inTransaction(async () => {
    const at = await now()
    const payments = database().payments
    const [queued, expiring] = await Promise.all([
      payments.where('authorisesAt').belowOrEqual(at).toArray(),
      payments.where('expiresAt').belowOrEqual(at).toArray(),
    ])
    const due = new Map([...queued, ...expiring].map((payment) => [payment.id, payment]))
    for (const payment of due.values()) await settleDue(payment, at)
    return due.size
  })
}

/** The payments that would expire if the clock moved to `at` (for the clock tool's preview). */
export function paymentsExpiringBy(at: number) {
  return database().payments.where('expiresAt').belowOrEqual(at).toArray()
}
