import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { createPayPlayground, TEST_CARDS } from 'pay-playground/testing'

const pay = createPayPlayground()
const server = setupServer(...pay.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => pay.reset()) // no keys, payments, faults or clock moves carried over
afterAll(async () => {
  server.close()
  await pay.close()
})

// Your own code would make these calls: here the test makes them, to the real address.
const API = 'https://publicapi.payments.service.gov.uk/v1'
async function callPay(key, method, path, body) {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body),
  })
  return { status: response.status, location: response.headers.get('Location'), json: await response.json() }
}
const newPayment = { amount: 14500, reference: 'INV-42', description: 'Pay your council tax', return_url: 'https://your.service.gov.uk/done' }

it('creates a payment, pays it with a test card and refunds part of it', async () => {
  const key = await pay.createApiKey()
  const created = await callPay(key, 'POST', '/payments', newPayment)
  expect(created.status).toBe(201)
  expect(created.location).toBe(`${API}/payments/${created.json.payment_id}`)

  await pay.completePayment(created.json._links.next_url.href, { card: TEST_CARDS.success })
  const paid = await callPay(key, 'GET', `/payments/${created.json.payment_id}`)
  expect(paid.json.state).toEqual({ status: 'success', finished: true })

  const refund = await callPay(key, 'POST', `/payments/${created.json.payment_id}/refunds`, {
    amount: 2000,
    refund_amount_available: 14500,
  })
  expect(refund.status).toBe(202)
})

it('shows a declined card as failed P0010', async () => {
  const key = await pay.createApiKey()
  const created = await callPay(key, 'POST', '/payments', newPayment)
  await pay.completePayment(created.json.payment_id, { card: TEST_CARDS.declined })
  const read = await callPay(key, 'GET', `/payments/${created.json.payment_id}`)
  expect(read.json.state).toMatchObject({ status: 'failed', code: 'P0010' })
})

it('expires a payment nobody finishes after 90 minutes', async () => {
  const key = await pay.createApiKey()
  const created = await callPay(key, 'POST', '/payments', newPayment)
  await pay.advanceClock({ minutes: 91 })
  const read = await callPay(key, 'GET', `/payments/${created.json.payment_id}`)
  expect(read.json.state).toEqual({ status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' })
})

it('answers 500 when GOV.UK Pay is having problems', async () => {
  const key = await pay.createApiKey()
  await pay.setFaults({ failNext: 1, operation: 'createPayment' })
  const failed = await callPay(key, 'POST', '/payments', newPayment)
  expect(failed.status).toBe(500)
  expect(failed.json).toEqual({ code: 'P0198', description: 'Downstream system error' })
})
