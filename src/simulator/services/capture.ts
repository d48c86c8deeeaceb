// Capturing a payment in the sandbox, which completes at once. A payment the user confirmed on the
// hosted pages, or the service captured, is approved for capture; one authorised through the API
// (an agreement payment, or moto_api) goes straight on to be queued for capture (connector's
// ChargeEligibleForCaptureService).
import type { InternalStatus } from '../model/payment-status.ts'
import type { PaymentRecord } from '../model/types.ts'
import { toIsoDate } from './clock.ts'
import { advance } from './payment-lifecycle.ts'

/**
 * Captures at once: approved (or queued), ready, then captured (the real graph has no direct edge
 * to CAPTURED). The settlement times are recorded first, so the webhook messages of these steps
 * carry them.
 */
export async function captureNow(payment: PaymentRecord, at: number, first: InternalStatus = 'CAPTURE APPROVED'): Promise<void> {
  payment.captureSubmitTime = at
  payment.capturedDate = toIsoDate(at)
  await advance(payment, [first, 'CAPTURE READY', 'CAPTURED'], at)
}

/** After an authorisation through the API: captured at once, or waiting for the service (delayed capture). */
export async function afterAuthorisation(payment: PaymentRecord, at: number): Promise<void> {
  if (payment.delayedCapture) await advance(payment, ['AWAITING CAPTURE REQUEST'], at)
  else await captureNow(payment, at, 'CAPTURE QUEUED')
}
