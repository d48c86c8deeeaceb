// Starts a test payment: creates it for the current service with the same service call the API
// uses, and gives back the hosted pages' one-time address to send the user to. When the user is
// done, the payment returns to this playground's transactions list, filtered to the payment.
import { appPaths } from '../../../lib/app-paths.ts'
import { newId } from '../../../simulator/model/ids.ts'
import { createPayment } from '../../../simulator/services/payment-creation.ts'
import { ensureCurrentService } from '../../../simulator/services/service-accounts.ts'
import type { TestPaymentDetails } from './test-payment-details.ts'

/** A reference like the ones the real service makes up for its test payments: 10 capitals and digits. */
export function testPaymentReference(): string {
  return newId().slice(-10).toUpperCase()
}

/** The playground's own page for the payment's reference, as an absolute URL on this origin. */
export function returnUrlFor(reference: string, pageUrl: string): string {
  return `${new URL('.', pageUrl).href}#${appPaths.transactions(new URLSearchParams({ reference }))}`
}

/** Creates the payment; resolves to the route of the hosted pages' entry for it. */
export async function startTestPayment(details: TestPaymentDetails, pageUrl: string): Promise<string> {
  const service = await ensureCurrentService()
  const reference = testPaymentReference()
  const { token } = await createPayment(service.id, {
    amount: details.amount,
    description: details.description,
    reference,
    returnUrl: returnUrlFor(reference, pageUrl),
    // The service's "delayed capture for test payments" setting (the API chooses per request).
    delayedCapture: service.settings.delayedCapture,
  })
  return appPaths.secure(token)
}
