// The library as a team's test uses it: msw/node's setupServer with the playground's handlers, and
// fetch to the real API address; the helpers make keys, pay, move the clock, break and reset.
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createPayPlayground, TEST_CARDS } from '../../../src/testing/index.ts'

const pay = createPayPlayground({ random: () => 0.5 })
const server = setupServer(...pay.handlers)
const BASE = 'https://publicapi.payments.service.gov.uk/v1'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => pay.reset())
afterAll(async () => {
  server.close()
  await pay.close()
})

async function call(key: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const isJson = response.headers.get('Content-Type')?.includes('json') === true
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read the API's JSON as it comes
  return { status: response.status, headers: response.headers, json: (isJson ? JSON.parse(text) : text) as any }
}

const payment = { amount: 2000, reference: 'INV-1', description: 'Garden waste', return_url: 'https://example.service.gov.uk/done' }

async function created(key: string) {
  const response = await call(key, 'POST', '/payments', payment)
  expect(response.status).toBe(201)
  return response.json as { payment_id: string; _links: { next_url: { href: string } } }
}

describe('createApiKey', () => {
  it('returns a full key the API accepts, and revokeApiKey stops it working', async () => {
    const key = await pay.createApiKey('My tests')
    const response = await call(key, 'POST', '/payments', payment)
    expect(response.status).toBe(201)
    expect(response.headers.get('Location')).toBe(`${BASE}/payments/${response.json.payment_id}`)
    expect(await pay.revokeApiKey(key)).toBe(true)
    expect((await call(key, 'GET', '/payments')).status).toBe(401)
  })
})

describe('completePayment', () => {
  it('pays through next_url with the card that succeeds', async () => {
    const key = await pay.createApiKey()
    const { payment_id, _links } = await created(key)
    expect(_links.next_url.href).toMatch(/^https:\/\/pay-playground\.invalid\/#\/secure\//)
    const done = await pay.completePayment(_links.next_url.href, { card: TEST_CARDS.success })
    expect(done).toStrictEqual({ paymentId: payment_id, state: { status: 'success', finished: true } })
    const read = await call(key, 'GET', `/payments/${payment_id}`)
    expect(read.json.state).toStrictEqual({ status: 'success', finished: true })
    expect(read.json.card_details.last_digits_card_number).toBe('1111')
  })

  it('pays by payment id, and the API shows a declined card as failed P0010 and an error card as error P0050', async () => {
    const key = await pay.createApiKey()
    const declined = await created(key)
    const failed = await created(key)
    expect((await pay.completePayment(declined.payment_id, { card: TEST_CARDS.declined })).state.code).toBe('P0010')
    expect((await pay.completePayment(failed.payment_id, { card: TEST_CARDS.error })).state.status).toBe('error')
    expect((await call(key, 'GET', `/payments/${declined.payment_id}`)).json.state).toStrictEqual({
      status: 'failed',
      finished: true,
      code: 'P0010',
      message: 'Payment method rejected',
    })
    expect((await call(key, 'GET', `/payments/${failed.payment_id}`)).json.state.code).toBe('P0050')
  })

  it('a paid payment can be refunded through the API', async () => {
    const key = await pay.createApiKey()
    const { payment_id } = await created(key)
    await pay.completePayment(payment_id)
    const refund = await call(key, 'POST', `/payments/${payment_id}/refunds`, { amount: 500, refund_amount_available: 2000 })
    expect(refund.status).toBe(202)
    expect(refund.json.amount).toBe(500)
  })
})

describe('advanceClock', () => {
  it('expires an unfinished payment after 90 minutes, not before', async () => {
    const key = await pay.createApiKey()
    const { payment_id } = await created(key)
    expect(await pay.advanceClock({ minutes: 89 })).toMatchObject({ expired: 0 })
    expect((await call(key, 'GET', `/payments/${payment_id}`)).json.state.status).toBe('created')
    const moved = await pay.advanceClock({ minutes: 2 })
    expect(moved.expired).toBe(1)
    expect(Date.parse(moved.now) - Date.now()).toBeGreaterThan(90 * 60_000)
    expect((await call(key, 'GET', `/payments/${payment_id}`)).json.state).toStrictEqual({
      status: 'failed',
      finished: true,
      code: 'P0020',
      message: 'Payment expired',
    })
  })
})

describe('setFaults', () => {
  it('fails the next request of one operation with its own 500, then answers again', async () => {
    const key = await pay.createApiKey()
    await pay.setFaults({ failNext: 1, operation: 'createPayment' })
    expect((await call(key, 'GET', '/payments')).status).toBe(200)
    const failed = await call(key, 'POST', '/payments', payment)
    expect(failed.status).toBe(500)
    expect(failed.json).toStrictEqual({ code: 'P0198', description: 'Downstream system error' })
    expect((await call(key, 'POST', '/payments', payment)).status).toBe(201)
  })

  it('fails a percentage of requests, decided by the random source given', async () => {
    const key = await pay.createApiKey()
    await pay.setFaults({ failPercent: 60 }) // the source gives 0.5: 50 < 60 fails
    expect((await call(key, 'GET', '/payments')).status).toBe(500)
    await pay.setFaults({ failPercent: 40 })
    expect((await call(key, 'GET', '/payments')).status).toBe(200)
  })

  it('delays responses by the latency given, and {} turns faults off', async () => {
    const key = await pay.createApiKey()
    await pay.setFaults({ latencyMs: 150 })
    const startedAt = performance.now()
    expect((await call(key, 'GET', '/payments')).status).toBe(200)
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(145)
    await pay.setFaults({ failNext: 5 })
    await pay.setFaults({})
    expect((await call(key, 'GET', '/payments')).status).toBe(200)
  })

  it('refuses settings out of range', async () => {
    await expect(pay.setFaults({ failPercent: 101 })).rejects.toThrow('The percentage must be a whole number from 1 to 100')
  })
})

describe('reset', () => {
  it('forgets keys, payments, faults and the clock', async () => {
    const key = await pay.createApiKey()
    await created(key)
    await pay.advanceClock({ days: 2 })
    await pay.setFaults({ failNext: 3 })
    await pay.reset()
    expect((await call(key, 'GET', '/payments')).status).toBe(401)
    const fresh = await pay.createApiKey()
    const search = await call(fresh, 'GET', '/payments')
    expect(search.status).toBe(200)
    expect(search.json.total).toBe(0)
    const { payment_id } = await created(fresh)
    expect((await pay.advanceClock({ minutes: 0 })).expired).toBe(0)
    expect((await call(fresh, 'GET', `/payments/${payment_id}`)).json.state.status).toBe('created')
  })
})

describe('setServiceSettings', () => {
  const agreement = { reference: 'CT-2026-0001', description: 'Council tax by monthly instalments' }

  it('switches recurring payments on, so an agreement is set up by paying and then takes payments with no user', async () => {
    const key = await pay.createApiKey()
    expect((await call(key, 'POST', '/agreements', agreement)).json.code).toBe('P0942')
    await pay.setServiceSettings({ recurringPayments: true })
    const made = await call(key, 'POST', '/agreements', agreement)
    expect(made.status).toBe(201)
    const agreementId = made.json.agreement_id as string
    const setUp = await call(key, 'POST', '/payments', { ...payment, set_up_agreement: agreementId })
    await pay.completePayment(setUp.json._links.next_url.href, { card: TEST_CARDS.success })
    expect((await call(key, 'GET', `/agreements/${agreementId}`)).json.status).toBe('active')

    const { return_url: _none, ...withoutReturn } = payment
    const taken = await call(key, 'POST', '/payments', { ...withoutReturn, authorisation_mode: 'agreement', agreement_id: agreementId })
    expect(taken.json.state.status).toBe('started')
    await pay.advanceClock({ minutes: 1 })
    expect((await call(key, 'GET', `/payments/${taken.json.payment_id}`)).json.state).toStrictEqual({ status: 'success', finished: true })

    await pay.reset()
    const keyAfterReset = await pay.createApiKey()
    expect((await call(keyAfterReset, 'POST', '/agreements', agreement)).json.code).toBe('P0942')
  })

  it('refuses what it does not know, and a fee that is not whole pence, changing nothing', async () => {
    await expect(pay.setServiceSettings({ recurring: true } as never)).rejects.toThrow('setServiceSettings does not know recurring')
    await expect(pay.setServiceSettings({ moto: 'yes' } as never)).rejects.toThrow("setServiceSettings's moto must be true or false, not yes")
    await expect(pay.setServiceSettings({ corporateCardFees: { credit: 2.5 } })).rejects.toThrow('A card fee must be a whole number of pence from 0 to 100000')
    const key = await pay.createApiKey()
    expect((await call(key, 'POST', '/payments', { ...payment, moto: true })).json.code).toBe('P0196')
  })
})
