// Expiry of payments nobody finished: 90 minutes after creation for a payment still in progress,
// 5 days for one awaiting capture. Applied on every read and by a sweep over the expiry index.
import { now } from './clock.ts'
import { expireIfDue } from './payment-lifecycle.ts'
import { database, inTransaction } from './runtime.ts'

/** Expires every payment whose time has come. Returns how many expired. */
export function sweepExpired(): Promise<number> {
  return inTransaction(async () => {
    const at = await now()
    const due = await database().payments.where('expiresAt').belowOrEqual(at).toArray()
    for (const payment of due) await expireIfDue(payment, at)
    return due.length
  })
}

/** The payments that would expire if the clock moved to `at` (for the clock tool's preview). */
export function paymentsExpiringBy(at: number) {
  return database().payments.where('expiresAt').belowOrEqual(at).toArray()
}
