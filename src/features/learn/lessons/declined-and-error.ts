import { appPaths } from '../../../lib/app-paths.ts'
import { CARDS, stateOf } from './facts.ts'
import type { Lesson } from './lesson.ts'
import { lessonPaymentBody } from './payment-body.ts'

export const declinedAndErrorLesson: Lesson = {
  id: 'declined-and-error',
  title: 'See a declined card and a technical error',
  summary:
    'Not every payment succeeds. Your service must tell a declined card (failed, P0010) from a technical error (error, P0050) and offer the user the right next step.',
  steps: [
    `Create a payment and pay with ${CARDS.declined}: the bank declines it.`,
    `Create another and pay with ${CARDS.error}: the payment ends in error.`,
    'Get each payment and compare their state.',
  ],
  links: () => [{ text: 'Create a payment in the API explorer', to: appPaths.explorerWith('create-payment', { body: lessonPaymentBody('LEARN-FAIL') }) }],
  check: (facts) => {
    const declined = facts.payments.find((payment) => stateOf(payment).code === 'P0010')
    const error = facts.payments.find((payment) => stateOf(payment).code === 'P0050')
    const parts = [
      { label: `A payment declined (card ${CARDS.declined})`, done: declined !== undefined },
      { label: `A payment that ended in a technical error (card ${CARDS.error})`, done: error !== undefined },
    ]
    if (declined && error) return { done: true, parts, evidence: `Payment ${declined.reference} was declined and payment ${error.reference} ended in error.` }
    const newest = facts.payments[facts.payments.length - 1]
    const hint = newest?.state === 'success' ? `Payment ${newest.reference} succeeded: this time pay with ${declined ? CARDS.error : CARDS.declined}.` : undefined
    return { done: false, parts, hint }
  },
}
