import { appPaths } from '../../../lib/app-paths.ts'
import { errorText, keyHint, lastOf, newestIn, requests, responseJson, succeeded } from './facts.ts'
import type { Lesson } from './lesson.ts'

const REFUND = /^\/v1\/payments\/[0-9a-v]+\/refunds$/

export const refundsLesson: Lesson = {
  id: 'refunds',
  title: 'Refund a payment in full and in part',
  summary:
    'A successful payment can be refunded, all at once or in parts, until its whole amount has been given back. Refunds are made from the admin site or with the API.',
  steps: [
    'Take two successful payments (the lesson “Send the user to next_url and pay” shows how).',
    'Refund one in part: less than its amount.',
    'Refund the other in full, from its page in the admin site or with “Refund a payment” in the explorer.',
  ],
  links: (facts) => {
    const paid = newestIn(facts, 'success')
    if (!paid) return [{ text: 'Create a payment in the API explorer', to: appPaths.explorer('create-payment') }]
    return [
      { text: `Refund payment ${paid.reference} in the admin site`, to: appPaths.transaction(paid.id) },
      { text: `Refund payment ${paid.reference} with the API`, to: appPaths.explorerWith('create-refund', { path: { paymentId: paid.id } }) },
    ]
  },
  check: (facts) => {
    const amounts = new Map(facts.payments.map((payment) => [payment.id, payment.amount]))
    const refunded = facts.refunds.filter((refund) => refund.status !== 'error')
    const partial = refunded.find((refund) => refund.amount < (amounts.get(refund.paymentId) ?? 0))
    const full = facts.payments.find((payment) => payment.amount > 0 && payment.refundedAmount === payment.amount)
    const parts = [
      { label: 'A payment refunded in part', done: partial !== undefined },
      { label: 'A payment refunded in full', done: full !== undefined },
    ]
    if (partial && full) return { done: true, parts, evidence: `A refund of part of a payment, and payment ${full.reference} refunded in full.` }
    const last = lastOf(requests(facts, 'POST', REFUND))
    if (!last || succeeded(last)) return { done: false, parts }
    const description = String(responseJson(last)?.description ?? '')
    let hint = keyHint(last) ?? `Your last refund was refused with ${errorText(last)}.`
    if (description.endsWith('pending')) hint = 'That payment has not succeeded yet, so there is nothing to refund: refund a payment whose state is success.'
    if (description.endsWith('unavailable')) hint = 'That payment failed, was cancelled or expired, so there is nothing to refund: refund a successful one.'
    if (description.endsWith('full')) hint = 'That payment has already been refunded in full: refund another one.'
    if (description.endsWith('amount_not_available')) hint = 'You asked for more than is left to refund: look at refund_summary.amount_available in the payment.'
    if (last.status === 412) hint = 'refund_amount_available did not match what is left to refund now: get the payment again and send its refund_summary.amount_available.'
    return { done: false, parts, hint }
  },
}
