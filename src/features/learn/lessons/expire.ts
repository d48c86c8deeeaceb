import { appPaths } from '../../../lib/app-paths.ts'
import { stateOf } from './facts.ts'
import type { Lesson } from './lesson.ts'
import { lessonPaymentBody } from './payment-body.ts'

export const expireLesson: Lesson = {
  id: 'expire',
  title: 'Let a payment expire',
  summary:
    'A payment nobody finishes expires 90 minutes after it was created: it fails with the code P0020. Move the simulator’s clock forward instead of waiting.',
  steps: [
    'Create a payment and leave it unpaid.',
    'On the simulator tools page, move the clock forward by 90 minutes or more.',
    'Get the payment: its state is failed, P0020 “Payment expired”.',
  ],
  links: () => [
    { text: 'Create a payment in the API explorer', to: appPaths.explorerWith('create-payment', { body: lessonPaymentBody('LEARN-EXPIRE') }) },
    { text: 'Move the clock on the simulator tools page', to: appPaths.simulator() },
  ],
  check: (facts) => {
    const expired = facts.payments.find((payment) => stateOf(payment).code === 'P0020')
    if (expired) return { done: true, evidence: `Payment ${expired.reference} expired (failed, P0020).` }
    const unfinished = facts.payments.some((payment) => !stateOf(payment).finished)
    if (facts.clockOffsetMs > 0 && !unfinished) {
      return { done: false, hint: 'The clock has moved, but none of your payments was waiting to be paid: only an unfinished payment expires. Create a new one, leave it, then move the clock again.' }
    }
    return { done: false }
  },
}
