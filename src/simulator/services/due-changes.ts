// What happens to a payment with time alone, applied whenever it is read and by the periodic sweep:
// a queued agreement payment is authorised, then a payment past its time expires.
import type { PaymentRecord } from '../model/types.ts'
import { authoriseIfDue } from './agreement-authorisation.ts'
import { expireIfDue } from './payment-lifecycle.ts'
import { database } from './runtime.ts'

/** Applies the changes due by `now` to the payment and saves it if it changed. Inside a transaction. */
export async function settleDue(payment: PaymentRecord, now: number): Promise<boolean> {
  const authorised = await authoriseIfDue(payment, now)
  if (authorised) await database().payments.put(payment)
  const expired = await expireIfDue(payment, now)
  return authorised || expired
}
