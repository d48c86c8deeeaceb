// GET /v1/payments/{paymentId}/events through the simulated API (pay-api-contract.md §1.5 and §5).
import { describe, expect, it } from 'vitest'
import { advanceClock, toIsoMillis } from '../../../../../src/simulator/services/clock.ts'
import { authorisePayment, beginCardEntry, confirmPayment } from '../../../../../src/simulator/services/hosted-session.ts'
import { card } from '../../../../support/payment-fixtures.ts'
import { api, newKey, useSimulator } from '../../../../support/simulator.ts'
import { authorise, DECLINED_CARD, GOOD_CARD, makePayment, otherService, pay, refund, tick } from '../../../../support/payment-scenarios.ts'

useSimulator()

const BASE = 'https://publicapi.payments.service.gov.uk'

async function events(key: string, paymentId: string) {
  return api('GET', `/v1/payments/${paymentId}/events`, { key })
}

type EventJson = { payment_id: string; state: Record<string, unknown>; updated: string; _links: unknown }
const statuses = (body: { events: EventJson[] }) => body.events.map((event) => event.state.status)

describe('GET /v1/payments/{paymentId}/events', () => {
  it('answers 404 P0300 for an unknown payment', async () => {
    const response = await events(await newKey(), 'abcdefghijklmnopqrstuv0123')
    expect(response.status).toBe(404)
    expect(response.json).toEqual({ code: 'P0300', description: 'Not found' })
  })

  it("answers 404 P0300 for another service's payment", async () => {
    const other = await otherService()
    const theirs = await makePayment({}, other.serviceId)
    const response = await events(await newKey(), theirs.id)
    expect(response.status).toBe(404)
    expect(response.json).toEqual({ code: 'P0300', description: 'Not found' })
  })

  it('shows a successful payment as created, started, submitted, success', async () => {
    const key = await newKey()
    const payment = await makePayment()
    await tick()
    const started = await beginCardEntry(payment.id)
    await tick()
    const submitted = await authorisePayment(payment.id, { ...card(GOOD_CARD), expiryYear: '30', cardholderName: 'A N Other' })
    await tick()
    const paid = await confirmPayment(payment.id)
    const response = await events(key, payment.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBeNull()
    expect(response.headers.get('Pragma')).toBeNull()
    const link = { payment_url: { href: `${BASE}/v1/payments/${payment.id}`, method: 'GET' } }
    expect(response.json).toEqual({
      payment_id: payment.id,
      events: [
        { payment_id: payment.id, state: { status: 'created', finished: false }, updated: toIsoMillis(payment.createdAt), _links: link },
        { payment_id: payment.id, state: { status: 'started', finished: false }, updated: toIsoMillis(started.updatedAt), _links: link },
        { payment_id: payment.id, state: { status: 'submitted', finished: false }, updated: toIsoMillis(submitted.updatedAt), _links: link },
        { payment_id: payment.id, state: { status: 'success', finished: true }, updated: toIsoMillis(paid.updatedAt), _links: link },
      ],
      _links: { self: { href: `${BASE}/v1/payments/${payment.id}/events`, method: 'GET' } },
    })
    for (const event of response.json.events as EventJson[]) expect(event.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  })

  it('ends a declined payment with failed P0010 "Payment method rejected"', async () => {
    const key = await newKey()
    const payment = await makePayment()
    await authorise(payment.id, { cardNumber: DECLINED_CARD })
    const body = (await events(key, payment.id)).json
    expect(statuses(body)).toEqual(['created', 'started', 'failed'])
    expect(body.events.at(-1).state).toEqual({ status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected' })
  })

  it('adds refunds as extra submitted and success entries, one per refund', async () => {
    const key = await newKey()
    const payment = await makePayment({ amount: 1000 })
    await pay(payment.id)
    await tick()
    const first = await refund(payment.id, 100)
    await tick()
    const second = await refund(payment.id, 100)
    const body = (await events(key, payment.id)).json
    expect(statuses(body)).toEqual(['created', 'started', 'submitted', 'success', 'submitted', 'success', 'submitted', 'success'])
    const refundEvents = (body.events as EventJson[]).slice(4)
    expect(refundEvents.map((event) => event.state)).toEqual([
      { status: 'submitted', finished: false },
      { status: 'success', finished: true },
      { status: 'submitted', finished: false },
      { status: 'success', finished: true },
    ])
    expect(refundEvents.map((event) => event.updated)).toEqual([
      toIsoMillis(first.createdAt),
      toIsoMillis(first.createdAt),
      toIsoMillis(second.createdAt),
      toIsoMillis(second.createdAt),
    ])
    for (const event of refundEvents) expect(event.payment_id).toBe(payment.id)
  })

  it('ends an abandoned payment with failed P0020 once the clock is past 90 minutes', async () => {
    const key = await newKey()
    const payment = await makePayment()
    await advanceClock({ minutes: 91 })
    const body = (await events(key, payment.id)).json
    expect(body.events.map((event: EventJson) => event.state)).toEqual([
      { status: 'created', finished: false },
      { status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' },
    ])
  })
})
