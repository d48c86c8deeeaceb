import { appPaths } from '../../../lib/app-paths.ts'
import { errorText, keyHint, lastOf, requests, succeeded } from './facts.ts'
import type { Lesson } from './lesson.ts'
import { lessonPaymentBody } from './payment-body.ts'

const CREATE = /^\/v1\/payments$/

export const createPaymentLesson: Lesson = {
  id: 'create-payment',
  title: 'Create a payment',
  summary:
    'Your service starts every payment by sending its amount, reference, description and return URL to the API. The answer gives the payment an id and a next_url for the paying user.',
  steps: [
    'Open “Create a payment” in the API explorer: it is filled in for you.',
    'Choose your key, then send the request. A 201 answer means the payment exists.',
  ],
  links: () => [{ text: 'Create a payment in the API explorer', to: appPaths.explorerWith('create-payment', { body: lessonPaymentBody('LEARN-1') }) }],
  check: (facts) => {
    const payment = facts.payments[0]
    if (payment) return { done: true, evidence: `Payment ${payment.reference} was created, with the id ${payment.id}.` }
    const last = lastOf(requests(facts, 'POST', CREATE))
    if (!last || succeeded(last)) return { done: false }
    return {
      done: false,
      hint: keyHint(last) ?? `Your last attempt was refused with ${errorText(last)}. The explorer explains each error under the response.`,
    }
  },
}
