import { appPaths } from '../../../lib/app-paths.ts'
import { errorText, keyHint, lastOf, newestUnfinished, requests, succeeded } from './facts.ts'
import type { Lesson } from './lesson.ts'
import { lessonPaymentBody } from './payment-body.ts'

const CANCEL = /^\/v1\/payments\/[0-9a-v]+\/cancel$/

export const cancelLesson: Lesson = {
  id: 'cancel',
  title: 'Cancel a payment',
  summary:
    'A service can cancel a payment the user has not finished, for example when the user changes their order. It ends as cancelled with the code P0040, and the user can no longer pay it.',
  steps: [
    'Create a payment and do not pay for it.',
    'Send “Cancel a payment” with its id. A 204 answer, with no body, means it is cancelled.',
  ],
  links: (facts) => {
    const open = newestUnfinished(facts)
    return [
      { text: 'Create a payment in the API explorer', to: appPaths.explorerWith('create-payment', { body: lessonPaymentBody('LEARN-CANCEL') }) },
      ...(open ? [{ text: `Cancel payment ${open.reference}`, to: appPaths.explorerWith('cancel-payment', { path: { paymentId: open.id } }) }] : []),
    ]
  },
  check: (facts) => {
    const cancelled = facts.payments.find((payment) => payment.state === 'cancelled')
    const attempts = requests(facts, 'POST', CANCEL)
    if (cancelled && attempts.some(succeeded)) return { done: true, evidence: `Payment ${cancelled.reference} was cancelled by your service (P0040).` }
    const last = lastOf(attempts)
    if (!last || succeeded(last)) return { done: false }
    const hint =
      last.status === 400
        ? 'That payment had already finished (paid, failed, cancelled or expired), so it cannot be cancelled: create a new payment and cancel it before paying.'
        : (keyHint(last) ?? `Your last attempt was refused with ${errorText(last)}.`)
    return { done: false, hint }
  },
}
