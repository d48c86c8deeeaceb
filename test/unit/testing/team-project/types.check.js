// Checked by TypeScript (checkJs) after the package is installed: the declarations it ships reach
// a team's editor from node_modules. Each @ts-expect-error fails the check if the types are lost.
import { createPayPlayground, TEST_CARDS } from 'pay-playground/testing'

const pay = createPayPlayground({ frontendUrl: 'https://example.org/' })
// @ts-expect-error -- minutes is a number
await pay.advanceClock({ minutes: 'ninety' })
// @ts-expect-error -- no such operation
await pay.setFaults({ failNext: 1, operation: 'createPayments' })

/** @param {'success'} status */
const onlySuccess = (status) => status
const { state } = await pay.completePayment('id', { card: TEST_CARDS.success, confirm: true })
// @ts-expect-error -- the state may have any of the API's statuses
onlySuccess(state.status)

/** @type {import('pay-playground/testing').PaymentStatus} */
const status = state.status
await pay.close()
export { status }
