// Step 1, when the user presses "Continue to payment": create the payment, remember it against a
// random id of the service's own, and send the user to GOV.UK Pay's next_url.
import { type Application, saveJourney } from '../journeys.ts'
import { callPay, type PayExchange } from './pay-api.ts'

export interface StartedPayment {
  journeyId: string
  nextUrl?: string
  exchange: PayExchange
}

export async function startPayment(application: Application, apiKey: string, serviceAddress: string): Promise<StartedPayment> {
  // The return URL carries a secure random id, never the payment id: a user could change it in the
  // address bar, so the service looks the payment up from its own records when they come back.
  const journeyId = crypto.randomUUID()
  const exchange = await callPay(apiKey, 'POST', '/v1/payments', {
    amount: application.amount,
    reference: application.reference,
    description: `Fishing licence: ${application.licence}`,
    return_url: `${serviceAddress}#/sample-service/return/${journeyId}`,
  })
  if (exchange.status !== 201) return { journeyId, exchange }
  const payment = exchange.responseBody as { payment_id: string; _links: { next_url: { href: string } } }
  saveJourney({ id: journeyId, paymentId: payment.payment_id, application, steps: [{ kind: 'created', exchange }] })
  // A real service redirects here at once (HTTP 303 to next_url).
  return { journeyId, nextUrl: payment._links.next_url.href, exchange }
}
