// Step 2, when the user comes back to the return URL: find the journey by the service's own id,
// get the payment from GOV.UK Pay, and choose the page from its state. Nothing in the address
// says how the payment went: only the API does.
import { type Journey } from '../journeys.ts'
import { callPay, type PayExchange } from './pay-api.ts'

export type Outcome = 'success' | 'declined' | 'cancelled-by-user' | 'expired' | 'error' | 'cancelled-by-service' | 'not-finished' | 'problem'

interface PayState {
  status: string
  finished: boolean
  code?: string
}

export function outcomeOf(state: PayState): Outcome {
  if (!state.finished) return 'not-finished'
  if (state.status === 'success') return 'success'
  if (state.status === 'error') return 'error'
  if (state.status === 'cancelled') return 'cancelled-by-service'
  if (state.code === 'P0010') return 'declined'
  if (state.code === 'P0020') return 'expired'
  if (state.code === 'P0030') return 'cancelled-by-user'
  return 'problem'
}

export async function checkPayment(journey: Journey, apiKey: string): Promise<{ outcome: Outcome; exchange: PayExchange }> {
  const exchange = await callPay(apiKey, 'GET', `/v1/payments/${journey.paymentId}`)
  if (exchange.status !== 200) return { outcome: 'problem', exchange }
  const payment = exchange.responseBody as { state: PayState }
  return { outcome: outcomeOf(payment.state), exchange }
}
