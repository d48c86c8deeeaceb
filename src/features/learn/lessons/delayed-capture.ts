import { appPaths } from '../../../lib/app-paths.ts'
import { errorText, keyHint, lastOf, newestIn, requests, succeeded, wentThrough } from './facts.ts'
import type { Lesson } from './lesson.ts'
import { lessonPaymentBody } from './payment-body.ts'

const CAPTURE = /^\/v1\/payments\/[0-9a-v]+\/capture$/

export const delayedCaptureLesson: Lesson = {
  id: 'delayed-capture',
  title: 'Take a payment with delayed capture',
  summary:
    'With delayed capture, the card is checked and the money held, but not taken until your service captures it — for example once an appointment is confirmed.',
  steps: [
    'Create a payment with "delayed_capture": true, and pay for it: it stops at capturable.',
    'Send “Capture a payment” for it. A 204 answer means the money is taken: the payment becomes success.',
  ],
  links: (facts) => {
    const capturable = newestIn(facts, 'capturable')
    return [
      { text: 'Create a payment with delayed capture', to: appPaths.explorerWith('create-payment', { body: lessonPaymentBody('LEARN-CAPTURE', { delayed_capture: true }) }) },
      ...(capturable ? [{ text: `Capture payment ${capturable.reference}`, to: appPaths.explorerWith('capture-payment', { path: { paymentId: capturable.id } }) }] : []),
    ]
  },
  check: (facts) => {
    const attempts = requests(facts, 'POST', CAPTURE)
    const captured = facts.payments.find((payment) => payment.delayedCapture && payment.state === 'success' && wentThrough(payment, 'AWAITING CAPTURE REQUEST'))
    if (captured && attempts.some(succeeded)) return { done: true, evidence: `Payment ${captured.reference} waited as capturable, then your service captured it.` }
    const last = lastOf(attempts)
    if (last && !succeeded(last)) {
      // The real API refuses a payment that is not capturable with 409 P1003, and a failed capture with 400 P1001.
      const hint = last.status === 409 || last.status === 400 ? 'That payment could not be captured: capture a payment made with delayed capture once it is capturable (paid, but not yet captured).' : (keyHint(last) ?? `Your last capture was refused with ${errorText(last)}.`)
      return { done: false, hint }
    }
    const paidAtOnce = facts.payments.find((payment) => !payment.delayedCapture && payment.state === 'success')
    if (!facts.payments.some((payment) => payment.delayedCapture) && paidAtOnce) {
      return { done: false, hint: 'Your payments were taken at once: create one with "delayed_capture": true in the body.' }
    }
    return { done: false }
  },
}
