import { appPaths } from '../../../lib/app-paths.ts'
import { CARDS, newestPayment, newestUnfinished, outcomeHint } from './facts.ts'
import type { Lesson } from './lesson.ts'

export const payLesson: Lesson = {
  id: 'pay',
  title: 'Send the user to next_url and pay',
  summary:
    'Your service sends the paying user to the payment’s next_url, where GOV.UK Pay takes their card details. The link works once, so a service follows it straight away.',
  steps: [
    'Follow the next_url of a payment you created (in the explorer, the response’s links include it; getting the payment again gives a fresh one).',
    `Pay with the test card ${CARDS.succeeds}, any future expiry date and any 3-digit security code.`,
  ],
  links: (facts) => {
    const open = newestUnfinished(facts)
    return open
      ? [{ text: `Get payment ${open.reference} for a fresh next_url`, to: appPaths.explorerGetPayment(open.id) }]
      : [{ text: 'Create a payment first', to: appPaths.explorer('create-payment') }]
  },
  check: (facts) => {
    const paid = facts.payments.find((payment) => payment.state === 'success')
    if (paid) return { done: true, evidence: `Payment ${paid.reference} reached success.` }
    const newest = newestPayment(facts)
    return { done: false, hint: outcomeHint(newest) }
  },
}
