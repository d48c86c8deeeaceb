// GET /v1/payments/{paymentId} through the simulated API (pay-api-contract.md §1.5, §1.6, §3.2, §3.4 and §7).
import { describe, expect, it } from 'vitest'
import { advanceClock, toIsoMillis } from '../../../../../src/simulator/services/clock.ts'
import { exchangeToken } from '../../../../../src/simulator/services/hosted-session.ts'
import { cancelPayment } from '../../../../../src/simulator/services/payments.ts'
import { api, APP_URL, newKey, useSimulator, validPayment } from '../../../../support/simulator.ts'
import { authorise, currentServiceId, DECLINED_CARD, makePayment, otherService, pay, refund } from '../../../../support/payment-scenarios.ts'

useSimulator()

const BASE = 'https://publicapi.payments.service.gov.uk'

async function get(key: string, paymentId: string) {
  return api('GET', `/v1/payments/${paymentId}`, { key })
}

const tokenOf = (body: { _links: { next_url?: { href: string } } }) => body._links.next_url?.href.split('/').at(-1)

describe('GET /v1/payments/{paymentId}', () => {
  it('answers 200 with the payment as it was created', async () => {
    const key = await newKey()
    const created = await api('POST', '/v1/payments', { key, body: validPayment() })
    const id: string = created.json.payment_id
    const response = await get(key, id)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    const token = tokenOf(response.json)!
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(response.json).toEqual({
      amount: 14500,
      description: 'Pay your council tax',
      reference: 'REF-12345',
      language: 'en',
      state: { status: 'created', finished: false },
      payment_id: id,
      payment_provider: 'sandbox',
      created_date: created.json.created_date,
      refund_summary: { status: 'pending', amount_available: 14500, amount_submitted: 0 },
      settlement_summary: {},
      delayed_capture: false,
      moto: false,
      return_url: 'https://your.service.gov.uk/completed',
      authorisation_mode: 'web',
      _links: {
        self: { href: `${BASE}/v1/payments/${id}`, method: 'GET' },
        next_url: { href: `${APP_URL}#/secure/${token}`, method: 'GET' },
        next_url_post: {
          href: `${APP_URL}secure`,
          method: 'POST',
          type: 'application/x-www-form-urlencoded',
          params: { chargeTokenId: token },
        },
        events: { href: `${BASE}/v1/payments/${id}/events`, method: 'GET' },
        refunds: { href: `${BASE}/v1/payments/${id}/refunds`, method: 'GET' },
        cancel: { href: `${BASE}/v1/payments/${id}/cancel`, method: 'POST' },
      },
    })
    expect(id).toMatch(/^[0-9a-v]{26}$/)
    expect(response.json.created_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
  })

  it('sets Cache-Control: no-store and Pragma: no-cache', async () => {
    const key = await newKey()
    const payment = await makePayment()
    const response = await get(key, payment.id)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(response.headers.get('Pragma')).toBe('no-cache')
  })

  it('answers 404 P0200 for an unknown payment', async () => {
    const response = await get(await newKey(), 'abcdefghijklmnopqrstuv0123')
    expect(response.status).toBe(404)
    expect(response.json).toEqual({ code: 'P0200', description: 'Not found' })
  })

  it("answers 404 P0200 for another service's payment", async () => {
    const key = await newKey()
    const other = await otherService()
    const theirs = await makePayment({}, other.serviceId)
    const response = await get(key, theirs.id)
    expect(response.status).toBe(404)
    expect(response.json).toEqual({ code: 'P0200', description: 'Not found' })
    expect((await get(other.key, theirs.id)).status).toBe(200)
  })

  it('gives a new next_url on every read of an unfinished payment, each one usable', async () => {
    const key = await newKey()
    const payment = await makePayment()
    const tokens: string[] = []
    for (let i = 0; i < 3; i++) {
      const body = (await get(key, payment.id)).json
      tokens.push(tokenOf(body)!)
      expect(body._links.next_url_post.params.chargeTokenId).toBe(tokens.at(-1))
    }
    expect(new Set(tokens).size).toBe(3)
    for (const token of tokens) expect(await exchangeToken(token)).toEqual({ kind: 'fresh', paymentId: payment.id })
  })

  it('keeps next_url while started and submitted', async () => {
    const key = await newKey()
    const payment = await makePayment()
    await authorise(payment.id)
    const body = (await get(key, payment.id)).json
    expect(body.state).toEqual({ status: 'submitted', finished: false })
    expect(tokenOf(body)).toBeDefined()
    expect(Object.keys(body._links)).toEqual(['self', 'next_url', 'next_url_post', 'events', 'refunds', 'cancel'])
  })

  it('drops next_url once the payment is finished', async () => {
    const key = await newKey()
    const serviceId = await currentServiceId()
    const success = await makePayment()
    await pay(success.id)
    const declined = await makePayment()
    await authorise(declined.id, { cardNumber: DECLINED_CARD })
    const cancelled = await makePayment()
    await cancelPayment(serviceId, cancelled.id)
    for (const payment of [success, declined, cancelled]) {
      const body = (await get(key, payment.id)).json
      expect(body.state.finished).toBe(true)
      expect(Object.keys(body._links)).toEqual(['self', 'events', 'refunds'])
    }
  })

  it('shows a payment nobody finished as failed P0020 after 90 minutes, without next_url or cancel', async () => {
    const key = await newKey()
    const payment = await makePayment()
    await advanceClock({ minutes: 91 })
    const body = (await get(key, payment.id)).json
    expect(body.state).toEqual({ status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' })
    expect(Object.keys(body._links)).toEqual(['self', 'events', 'refunds'])
  })

  it('gives a capturable payment capture and cancel links but no next_url', async () => {
    const key = await newKey()
    const payment = await makePayment({ delayedCapture: true })
    await pay(payment.id)
    const body = (await get(key, payment.id)).json
    expect(body.state).toEqual({ status: 'capturable', finished: false })
    expect(body.delayed_capture).toBe(true)
    expect(body._links).toEqual({
      self: { href: `${BASE}/v1/payments/${payment.id}`, method: 'GET' },
      events: { href: `${BASE}/v1/payments/${payment.id}/events`, method: 'GET' },
      refunds: { href: `${BASE}/v1/payments/${payment.id}/refunds`, method: 'GET' },
      cancel: { href: `${BASE}/v1/payments/${payment.id}/cancel`, method: 'POST' },
      capture: { href: `${BASE}/v1/payments/${payment.id}/capture`, method: 'POST' },
    })
    expect(body.refund_summary.status).toBe('unavailable')
    expect(body.settlement_summary).toEqual({})
  })

  it('shows the card after authorisation: first 6, last 4, MM/YY expiry, brand label and type', async () => {
    const key = await newKey()
    const payment = await makePayment()
    await authorise(payment.id, { cardNumber: '4444333322221111', cardholderName: 'Mr J Bloggs', expiryMonth: '3', expiryYear: '2030', email: 'j@example.org' })
    const body = (await get(key, payment.id)).json
    expect(body.card_details).toEqual({
      last_digits_card_number: '1111',
      first_digits_card_number: '444433',
      cardholder_name: 'Mr J Bloggs',
      expiry_date: '03/30',
      billing_address: { line1: '1 Test Street', city: 'London', postcode: 'SW1A 1AA', country: 'GB' },
      card_brand: 'Visa',
      card_type: 'credit',
      wallet_type: null,
    })
    expect(body.card_brand).toBe('Visa')
    expect(body.email).toBe('j@example.org')
    expect(typeof body.provider_id).toBe('string')
    expect(body.provider_id).not.toBe('')
  })

  it('shows a declined payment as failed P0010 with its card', async () => {
    const key = await newKey()
    const payment = await makePayment()
    await authorise(payment.id, { cardNumber: DECLINED_CARD })
    const body = (await get(key, payment.id)).json
    expect(body.state).toEqual({ status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected' })
    expect(body.card_details.last_digits_card_number).toBe('0002')
    expect(body.refund_summary.status).toBe('unavailable')
  })

  it('shows prefilled cardholder details while the payment is still created', async () => {
    const key = await newKey()
    const payment = await makePayment({ cardholderName: 'Joe Bloggs', billingAddress: { line1: '1 High St', postcode: 'AB1 2CD', country: 'GB' } })
    const body = (await get(key, payment.id)).json
    expect(body.card_details).toEqual({
      last_digits_card_number: null,
      first_digits_card_number: null,
      cardholder_name: 'Joe Bloggs',
      expiry_date: null,
      billing_address: { line1: '1 High St', postcode: 'AB1 2CD', country: 'GB' },
      card_brand: '',
      card_type: null,
      wallet_type: null,
    })
    expect(body).not.toHaveProperty('card_brand')
  })

  it('gives a successful payment its settlement summary and an available refund summary', async () => {
    const key = await newKey()
    const payment = await makePayment({ amount: 1000 })
    const paid = await pay(payment.id)
    const body = (await get(key, payment.id)).json
    expect(body.state).toEqual({ status: 'success', finished: true })
    expect(body.settlement_summary).toEqual({
      capture_submit_time: toIsoMillis(paid.captureSubmitTime!),
      captured_date: toIsoMillis(paid.captureSubmitTime!).slice(0, 10),
    })
    expect(body.settlement_summary.capture_submit_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    expect(body.settlement_summary.captured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(body.refund_summary).toEqual({ status: 'available', amount_available: 1000, amount_submitted: 0 })
    await refund(payment.id, 300)
    expect((await get(key, payment.id)).json.refund_summary).toEqual({ status: 'available', amount_available: 700, amount_submitted: 300 })
    await refund(payment.id, 700)
    expect((await get(key, payment.id)).json.refund_summary).toEqual({ status: 'full', amount_available: 0, amount_submitted: 1000 })
  })
})
