// Questions the lessons ask of the recorded facts: the requests of one kind, what an error answer
// said, the newest payment, a payment's state as the API shows it.
import { externalState, type ExternalState } from '../../../simulator/model/payment-status.ts'
import type { ExchangeRecord, PaymentRecord } from '../../../simulator/model/types.ts'
import type { LearningFacts } from '../../../simulator/services/learning-facts.ts'

/** The requests with this method whose path matches, oldest first. */
export function requests(facts: LearningFacts, method: string, path: RegExp): ExchangeRecord[] {
  return facts.exchanges.filter((exchange) => exchange.method === method && path.test(pathOf(exchange)))
}

export const pathOf = (exchange: ExchangeRecord): string => new URL(exchange.url).pathname

export const queryOf = (exchange: ExchangeRecord): URLSearchParams => new URL(exchange.url).searchParams

export const succeeded = (exchange: ExchangeRecord): boolean => exchange.status >= 200 && exchange.status < 300

/** The JSON body of an answer, or undefined. */
export function responseJson(exchange: ExchangeRecord): Record<string, unknown> | undefined {
  try {
    const body: unknown = JSON.parse(exchange.responseBody)
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** An error answer in a sentence: "422 P0102 Invalid attribute value: amount…". */
export function errorText(exchange: ExchangeRecord): string {
  const body = responseJson(exchange)
  const code = typeof body?.code === 'string' ? ` ${body.code}` : ''
  const description = typeof body?.description === 'string' ? ` “${body.description}”` : ''
  return `${exchange.status}${code}${description}`
}

/** A hint for a refused key, when the newest matching request was refused with 401. */
export function keyHint(exchange: ExchangeRecord | undefined): string | undefined {
  if (exchange?.status !== 401) return undefined
  return 'Your last request was refused with 401: the API key was missing or not accepted. Send the whole key, starting api_test_, after “Bearer ” in the Authorization header.'
}

export const lastOf = <T>(items: readonly T[]): T | undefined => items[items.length - 1]

export const stateOf = (payment: PaymentRecord): ExternalState => externalState(payment.status)

/** The newest payment the service created through the API. */
export const newestPayment = (facts: LearningFacts): PaymentRecord | undefined => lastOf(facts.payments)

/** The newest payment that can still be paid (created or started), for links. */
export const newestUnfinished = (facts: LearningFacts): PaymentRecord | undefined =>
  lastOf(facts.payments.filter((payment) => !stateOf(payment).finished))

/** The newest payment whose state is `status`. */
export const newestIn = (facts: LearningFacts, status: ExternalState['status']): PaymentRecord | undefined =>
  lastOf(facts.payments.filter((payment) => payment.state === status))

/** Whether a payment passed through an internal status. */
export const wentThrough = (payment: PaymentRecord, status: PaymentRecord['status']): boolean =>
  payment.history.some((step) => step.status === status)

/** The sandbox's test cards, as the lessons name them. */
export const CARDS = { succeeds: '4444333322221111', declined: '4000000000000002', error: '4000000000000119' } as const

/** A hint for the newest payment that ended without success: what happened and which card to use. */
export function outcomeHint(payment: PaymentRecord | undefined): string | undefined {
  if (!payment) return undefined
  const state = stateOf(payment)
  switch (state.code) {
    case 'P0010':
      return `Payment ${payment.reference} was declined: pay with a card that succeeds, such as ${CARDS.succeeds}.`
    case 'P0050':
      return `Payment ${payment.reference} ended with a technical error (card ${CARDS.error} does that on purpose): pay with ${CARDS.succeeds}.`
    case 'P0030':
      return `You cancelled payment ${payment.reference} on the payment pages: create another payment and pay for it.`
    case 'P0020':
      return `Payment ${payment.reference} expired before it was paid: create another one and pay for it within 90 minutes.`
    case 'P0040':
      return `Your service cancelled payment ${payment.reference}: create another one and pay for it.`
    default:
      return undefined
  }
}
