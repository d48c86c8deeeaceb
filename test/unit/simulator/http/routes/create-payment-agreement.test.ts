// Recurring payments through POST /v1/payments (pay-api-contract.md §3.1 and §10, pay-extended-contract
// "Recurring payments"): setting an agreement up with `set_up_agreement`, then taking payments with
// `authorisation_mode: agreement`, which are queued and authorised a second later on the simulator clock.
import { describe, expect, it } from 'vitest'
import { advanceClock } from '../../../../../src/simulator/services/clock.ts'
import { cancelByUser } from '../../../../../src/simulator/services/hosted-session.ts'
import { updateService } from '../../../../../src/simulator/services/service-accounts.ts'
import { newAgreement, recurringOn, setUp } from '../../../../support/agreement-scenarios.ts'
import { authorise, DECLINED_CARD, makePayment, otherService } from '../../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator, validPayment } from '../../../../support/simulator.ts'

useSimulator()

const agreement = (key: string, id: string) => api('GET', `/v1/agreements/${id}`, { key })
const take = (key: string, agreementId: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>) =>
  api('POST', '/v1/payments', {
    key,
    body: { ...validPayment({ return_url: undefined }), authorisation_mode: 'agreement', agreement_id: agreementId, ...extra },
    ...(headers ? { headers } : {}),
  })
const oneSecondLater = () => advanceClock({ minutes: 1 / 60 })

async function activeAgreement(card?: string) {
  await recurringOn()
  const key = await newKey()
  const id = await newAgreement(key)
  await setUp(id, card ? { cardNumber: card } : {})
  return { key, id }
}

describe('a payment with set_up_agreement', () => {
  it('is a web payment that names its agreement, with agreement_payment_type recurring by default', async () => {
    await recurringOn()
    const key = await newKey()
    const id = await newAgreement(key)
    const created = await api('POST', '/v1/payments', { key, body: validPayment({ set_up_agreement: id }) })
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ agreement_id: id, agreement_payment_type: 'recurring', authorisation_mode: 'web' })
    expect(created.json._links.next_url).toBeDefined()
  })

  it('makes the card the agreement’s payment instrument and the agreement active once paid', async () => {
    await recurringOn()
    const key = await newKey()
    const id = await newAgreement(key)
    await setUp(id, { cardNumber: '4000056655665556', cardholderName: 'Ada Lovelace' })
    const read = await agreement(key, id)
    expect(read.json.status).toBe('active')
    expect(read.json.payment_instrument).toStrictEqual({
      card_details: {
        last_digits_card_number: '5556',
        first_digits_card_number: '400005',
        cardholder_name: 'Ada Lovelace',
        expiry_date: '03/30',
        billing_address: { line1: '1 Test Street', postcode: 'SW1A 1AA', city: 'London', country: 'GB' },
        card_brand: 'Visa',
        card_type: 'debit',
      },
      created_date: expect.stringMatching(/Z$/),
      type: 'card',
    })
  })

  it('leaves the agreement created when the payment fails or the user cancels it', async () => {
    await recurringOn()
    const key = await newKey()
    const id = await newAgreement(key)
    await authorise((await makePayment({ setUpAgreement: id })).id, { cardNumber: DECLINED_CARD })
    expect((await agreement(key, id)).json).toMatchObject({ status: 'created' })
    expect((await agreement(key, id)).json).not.toHaveProperty('payment_instrument')
    const cancelled = await makePayment({ setUpAgreement: id })
    await authorise(cancelled.id)
    await cancelByUser(cancelled.id)
    expect((await agreement(key, id)).json.status).toBe('created')
  })

  it('replaces the card when the agreement is set up again, and sets a cancelled agreement up again', async () => {
    const { key, id } = await activeAgreement()
    expect((await api('POST', `/v1/agreements/${id}/cancel`, { key })).status).toBe(204)
    await setUp(id, { cardNumber: '4242424242424242' })
    const read = await agreement(key, id)
    expect(read.json.status).toBe('active')
    expect(read.json).not.toHaveProperty('cancelled_date')
    expect(read.json.payment_instrument.card_details.last_digits_card_number).toBe('4242')
    const taken = await take(key, id)
    await oneSecondLater()
    expect((await api('GET', `/v1/payments/${taken.json.payment_id}`, { key })).json.card_details.last_digits_card_number).toBe('4242')
  })

  it('refuses an agreement that is not the service’s with 400 P0102 naming agreement_id', async () => {
    await recurringOn()
    const other = await otherService()
    await updateService(other.serviceId, { settings: { recurringPayments: true } })
    const theirs = await newAgreement(other.key)
    for (const agreementId of [theirs, 'abcdefghijklmnopqrstuvwxyz']) {
      const response = await api('POST', '/v1/payments', { key: await newKey(), body: validPayment({ set_up_agreement: agreementId }) })
      expect(response.status).toBe(400)
      expect(response.json).toStrictEqual({ field: 'agreement_id', code: 'P0102', description: 'Invalid attribute value: agreement_id. Agreement does not exist' })
    }
  })

  it('answers 422 P0942 on a service without recurring payments', async () => {
    const response = await api('POST', '/v1/payments', { key: await newKey(), body: validPayment({ set_up_agreement: 'abcdefghijklmnopqrstuvwxyz' }) })
    expect(response.status).toBe(422)
    expect(response.json.code).toBe('P0942')
  })
})

describe('a payment with authorisation_mode agreement', () => {
  it('starts as started, with no return_url and no hosted-page links, and is authorised and captured a second later', async () => {
    const { key, id } = await activeAgreement()
    const created = await take(key, id)
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ state: { status: 'started', finished: false }, authorisation_mode: 'agreement', agreement_id: id, agreement_payment_type: 'recurring' })
    expect(created.json).not.toHaveProperty('return_url')
    expect(created.json).not.toHaveProperty('card_details')
    expect(Object.keys(created.json._links)).not.toContain('next_url')
    await oneSecondLater()
    const read = await api('GET', `/v1/payments/${created.json.payment_id}`, { key })
    expect(read.json.state).toStrictEqual({ status: 'success', finished: true })
    expect(read.json.card_details).toMatchObject({ last_digits_card_number: '1111', first_digits_card_number: '444433', cardholder_name: 'J Bloggs' })
    expect(read.json.provider_id).toEqual(expect.any(String))
    const events = await api('GET', `/v1/payments/${created.json.payment_id}/events`, { key })
    expect(events.json.events.map((event: { state: { status: string } }) => event.state.status)).toEqual(['created', 'started', 'submitted', 'success'])
    // Queued at creation; authorised and captured one second later on the simulator clock.
    const [, started, submitted] = events.json.events as Array<{ updated: string }>
    expect(Date.parse(submitted!.updated) - Date.parse(started!.updated)).toBe(1000)
  })

  it('takes the agreement_payment_type it is given', async () => {
    const { key, id } = await activeAgreement()
    expect((await take(key, id, { agreement_payment_type: 'instalment' })).json.agreement_payment_type).toBe('instalment')
  })

  it('with the sandbox card 5105105105105100, is declined with can_retry false, and the agreement becomes inactive', async () => {
    const { key, id } = await activeAgreement('5105105105105100')
    const created = await take(key, id)
    await oneSecondLater()
    const read = await api('GET', `/v1/payments/${created.json.payment_id}`, { key })
    expect(read.json.state).toStrictEqual({ status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected', can_retry: false })
    expect((await agreement(key, id)).json.status).toBe('inactive')
    const again = await take(key, id)
    expect(again.status).toBe(400)
    expect(again.json).toStrictEqual({ field: 'agreement_id', code: 'P0102', description: 'Invalid attribute value: agreement_id. Agreement must be active' })
  })

  it('makes the agreement inactive by the time its time has come, even when the payment itself is not read', async () => {
    const { key, id } = await activeAgreement('5105105105105100')
    await take(key, id)
    await oneSecondLater()
    expect((await agreement(key, id)).json.status).toBe('inactive')
    const search = await api('GET', '/v1/agreements?status=inactive', { key })
    expect(search.json.results.map((found: { agreement_id: string }) => found.agreement_id)).toEqual([id])
    const cancel = await api('POST', `/v1/agreements/${id}/cancel`, { key })
    expect(cancel.status).toBe(400)
    expect(cancel.json.code).toBe('P2501')
  })

  it('is refused on an agreement never set up (400 P0102 Agreement must be active)', async () => {
    await recurringOn()
    const key = await newKey()
    const response = await take(key, await newAgreement(key))
    expect(response.json.description).toBe('Invalid attribute value: agreement_id. Agreement must be active')
  })

  it('checks in connector’s order: return_url first, then recurring payments, then a missing agreement_id', async () => {
    const key = await newKey()
    const withReturnUrl = await take(key, 'abcdefghijklmnopqrstuvwxyz', { return_url: 'https://example.org' })
    expect(withReturnUrl.json).toStrictEqual({ code: 'P0104', description: 'Unexpected attribute: return_url' })
    expect((await take(key, 'abcdefghijklmnopqrstuvwxyz', { email: 'a@b.c' })).json.code).toBe('P0942')
    await recurringOn()
    const noAgreement = await take(key, 'x', { agreement_id: undefined })
    expect(noAgreement.status).toBe(400)
    expect(noAgreement.json).toStrictEqual({ code: 'P0101', description: 'Missing mandatory attribute: agreement_id' })
  })

  it('is found by searching for its agreement_id, with the set-up payment; search results leave agreement_id out', async () => {
    const { key, id } = await activeAgreement()
    await take(key, id)
    await makePayment()
    const found = await api('GET', `/v1/payments?agreement_id=${id}`, { key })
    expect(found.json.total).toBe(2)
    expect(found.json.results[0]).not.toHaveProperty('agreement_id')
    expect(found.json.results.map((result: { authorisation_mode: string }) => result.authorisation_mode).sort()).toEqual(['agreement', 'web'])
  })
})

describe('the Idempotency-Key of an agreement payment', () => {
  const KEY = { 'Idempotency-Key': 'council-tax-2026-01' }

  it('gives back the first payment with 200 and no Location for the same body within 24 hours', async () => {
    const { key, id } = await activeAgreement()
    const first = await take(key, id, {}, KEY)
    expect(first.status).toBe(201)
    const again = await take(key, id, {}, KEY)
    expect(again.status).toBe(200)
    expect(again.headers.get('Location')).toBeNull()
    expect(again.headers.get('Cache-Control')).toBe('no-store')
    expect(again.json.payment_id).toBe(first.json.payment_id)
  })

  it('answers 409 P0191 for the same key with another body, and makes a new payment once 24 hours have passed', async () => {
    const { key, id } = await activeAgreement()
    const first = await take(key, id, {}, KEY)
    const other = await take(key, id, { amount: 1 }, KEY)
    expect(other.status).toBe(409)
    expect(other.json).toStrictEqual({ code: 'P0191', description: 'The `Idempotency-Key` you sent in the request header has already been used to create a payment.' })
    await advanceClock({ hours: 24 })
    const later = await take(key, id, {}, KEY)
    expect(later.status).toBe(201)
    expect(later.json.payment_id).not.toBe(first.json.payment_id)
  })

  it('is not used for web payments: the same key makes a new payment each time', async () => {
    const key = await newKey()
    const first = await api('POST', '/v1/payments', { key, body: validPayment(), headers: KEY })
    const second = await api('POST', '/v1/payments', { key, body: validPayment(), headers: KEY })
    expect([first.status, second.status]).toEqual([201, 201])
    expect(second.json.payment_id).not.toBe(first.json.payment_id)
  })
})
