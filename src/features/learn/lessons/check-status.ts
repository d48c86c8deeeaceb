import { appPaths } from '../../../lib/app-paths.ts'
import { keyHint, lastOf, newestIn, requests, responseJson } from './facts.ts'
import type { Lesson } from './lesson.ts'

const GET_PAYMENT = /^\/v1\/payments\/[0-9a-v]+$/

/** The state a GET of a payment answered with. */
const answeredState = (body: Record<string, unknown> | undefined) => (body?.state as { status?: string; finished?: boolean } | undefined) ?? {}

export const checkStatusLesson: Lesson = {
  id: 'check-status',
  title: 'Check the payment’s status when the user returns',
  summary:
    'When the user comes back to your return URL, nothing in the address says how the payment went. Your service gets the payment from the API and reads its state.',
  steps: [
    'Get the payment you paid for with “Get a payment”.',
    'Read state.status (success) and state.finished (true) in the answer: only then has the money been taken.',
  ],
  links: (facts) => {
    const paid = newestIn(facts, 'success')
    return paid ? [{ text: `Get payment ${paid.reference} in the API explorer`, to: appPaths.explorerGetPayment(paid.id) }] : [{ text: 'Get a payment in the API explorer', to: appPaths.explorer('get-payment') }]
  },
  check: (facts) => {
    const gets = requests(facts, 'GET', GET_PAYMENT)
    const seen = gets.find((exchange) => exchange.status === 200 && answeredState(responseJson(exchange)).status === 'success')
    if (seen) return { done: true, evidence: `You read payment ${String(responseJson(seen)?.reference)} and saw state success, finished.` }
    const last = lastOf(gets)
    if (!last) return { done: false }
    const state = answeredState(responseJson(last))
    if (last.status === 200 && state.status !== undefined) {
      return { done: false, hint: `The payment you got was ${state.status}${state.finished ? '' : ', not finished yet'}: get one that you have paid for successfully.` }
    }
    return { done: false, hint: keyHint(last) ?? (last.status === 404 ? 'The payment was not found: use the id of a payment your service created, with a key of the same service.' : undefined) }
  },
}
