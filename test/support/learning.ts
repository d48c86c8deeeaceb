// For the lessons' tests: the learning facts of the current service as a lesson would read them
// (once the request history is written), and payments created through the API the way a trainee would.
import type { LearningFacts } from '../../src/simulator/services/learning-facts.ts'
import { readLearningFacts } from '../../src/simulator/services/learning-facts.ts'
import { historyWritten } from '../../src/simulator/services/request-history.ts'
import { currentServiceId } from './payment-scenarios.ts'
import { api, validPayment } from './simulator.ts'

/** The current service's learning facts, after every request so far is in the history. */
export async function currentFacts(serviceId?: string): Promise<LearningFacts> {
  await historyWritten()
  const facts = await readLearningFacts(serviceId ?? (await currentServiceId()))
  if (!facts) throw new Error('There is no such service')
  return facts
}

/** Creates a payment with POST /v1/payments and returns its id. */
export async function apiPayment(key: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await api('POST', '/v1/payments', { key, body: validPayment(overrides) })
  if (response.status !== 201) throw new Error(`Creating the payment was answered ${response.status}: ${response.text}`)
  return response.json.payment_id as string
}
