// POST /v1/auth (pay-api-contract.md §11; pay-publicapi's AuthorisationRequest, AuthorisationResourceValidationIT
// and AuthorisationRequestExceptionMapper; connector's CardResource.authorise and MotoApiAuthoriseRequest).
import { describe, expect, it } from 'vitest'
import { withSettings } from '../../../../support/agreement-scenarios.ts'
import { authorise, motoCard, motoPayment } from '../../../../support/moto-scenarios.ts'
import { api, newKey, useSimulator, validPayment } from '../../../../support/simulator.ts'

useSimulator()

const payment = (key: string, id: string) => api('GET', `/v1/payments/${id}`, { key })

describe('creating a moto_api payment', () => {
  it('answers 422 P0195 on a new test account (no authorisation API)', async () => {
    const response = await api('POST', '/v1/payments', { key: await newKey(), body: { ...validPayment({ return_url: undefined }), authorisation_mode: 'moto_api' } })
    expect(response.status).toBe(422)
    expect(response.json).toStrictEqual({ code: 'P0195', description: 'Using authorisation_mode of moto_api is not allowed for this account' })
  })

  it('answers 400 P0104 for a return_url before asking the account, as connector checks the return URL first', async () => {
    const response = await api('POST', '/v1/payments', { key: await newKey(), body: { ...validPayment(), authorisation_mode: 'moto_api' } })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual({ code: 'P0104', description: 'Unexpected attribute: return_url' })
  })

  it('with the authorisation API, is a MOTO payment with auth_url_post (and its one-time token) instead of next_url', async () => {
    const key = await newKey()
    const { id, token } = await motoPayment(key)
    const read = await payment(key, id)
    expect(read.json).toMatchObject({ moto: true, authorisation_mode: 'moto_api', state: { status: 'created' } })
    expect(read.json).not.toHaveProperty('return_url')
    expect(read.json._links.next_url).toBeUndefined()
    expect(read.json._links.auth_url_post).toStrictEqual({
      href: 'https://publicapi.payments.service.gov.uk/v1/auth',
      method: 'POST',
      type: 'application/json',
      params: { one_time_token: expect.any(String) },
    })
    expect(read.json._links.auth_url_post.params.one_time_token).not.toBe(token)
  })
})

describe('POST /v1/auth', () => {
  it('authorises and captures the payment with a good card, answering 204 with no key needed', async () => {
    const key = await newKey()
    const { id, token } = await motoPayment(key)
    const response = await authorise(motoCard(token))
    expect(response.status).toBe(204)
    expect(response.text).toBe('')
    const read = await payment(key, id)
    expect(read.json.state).toStrictEqual({ status: 'success', finished: true })
    expect(read.json.card_details).toMatchObject({ last_digits_card_number: '4242', first_digits_card_number: '424242', cardholder_name: 'J. Citizen', expiry_date: '12/49', card_brand: 'Visa', billing_address: null })
    expect(read.json._links).not.toHaveProperty('auth_url_post')
  })

  it('leaves a delayed-capture payment capturable', async () => {
    const key = await newKey()
    const { id, token } = await motoPayment(key, { delayed_capture: true })
    expect((await authorise(motoCard(token))).status).toBe(204)
    expect((await payment(key, id)).json.state.status).toBe('capturable')
  })

  it.each([
    ['4000000000000002', 402, { code: 'P0010', description: 'The payment was rejected' }, 'failed'],
    ['4000000000000119', 500, { code: 'P0050', description: 'There was an error authorising the payment' }, 'error'],
    ['4242424242424241', 402, { code: 'P0010', description: 'The card_number is not a valid card number' }, 'failed'],
  ])('with %s answers %i %j and the payment ends %s', async (number, status, body, state) => {
    const key = await newKey()
    const { id, token } = await motoPayment(key)
    const response = await authorise(motoCard(token, { card_number: number }))
    expect(response.status).toBe(status)
    expect(response.json).toStrictEqual(body)
    expect((await payment(key, id)).json.state.status).toBe(state)
  })

  it('refuses a prepaid card when the service blocks them, and a card type the service does not take', async () => {
    const key = await newKey()
    await withSettings({ blockPrepaidCards: true, acceptedCardTypes: [{ brand: 'visa', type: 'DEBIT' }] })
    const prepaid = await motoPayment(key)
    expect((await authorise(motoCard(prepaid.token, { card_number: '4000160000000004' }))).json).toStrictEqual({ code: 'P0010', description: 'Prepaid cards are not accepted' })
    const credit = await motoPayment(key)
    expect((await authorise(motoCard(credit.token))).json).toStrictEqual({ code: 'P0010', description: 'The card type is not enabled: visa credit' })
  })

  it('uses each token once (400 P1212), refuses an unknown token and a web payment’s token (400 P1211)', async () => {
    const key = await newKey()
    const { token } = await motoPayment(key)
    expect((await authorise(motoCard(token, { card_number: '4000000000000002' }))).status).toBe(402)
    expect((await authorise(motoCard(token))).json).toStrictEqual({ code: 'P1212', description: 'The one_time_token has already been used' })
    expect((await authorise(motoCard('no-such-token'))).json).toStrictEqual({ code: 'P1211', description: 'The one_time_token is not valid' })
    const web = await api('POST', '/v1/payments', { key, body: validPayment() })
    const webToken = web.json._links.next_url_post.params.chargeTokenId
    const response = await authorise(motoCard(webToken))
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual({ code: 'P1211', description: 'The one_time_token is not a valid moto api token' })
  })

  it('answers 500 P0198 with connector’s words for a payment that can no longer be authorised, using the token up', async () => {
    const key = await newKey()
    const { id, token } = await motoPayment(key)
    await api('POST', `/v1/payments/${id}/cancel`, { key })
    const response = await authorise(motoCard(token))
    expect(response.status).toBe(500)
    expect(response.json).toStrictEqual({ code: 'P0198', description: `Charge not in correct state to be processed, ${id}` })
    expect((await authorise(motoCard(token))).json.code).toBe('P1212')
  })

  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['a numeric one_time_token', { one_time_token: 1234567890 }, { field: 'one_time_token', code: 'P0102', description: 'Invalid attribute value: one_time_token. Must be of type String' }],
    ['no one_time_token', { one_time_token: undefined }, { field: 'one_time_token', code: 'P0101', description: 'Missing mandatory attribute: one_time_token' }],
    ['a null cvc', { cvc: null }, { field: 'cvc', code: 'P0101', description: 'Missing mandatory attribute: cvc' }],
    ['an empty cardholder_name', { cardholder_name: '' }, { field: 'cardholder_name', code: 'P0101', description: 'Missing mandatory attribute: cardholder_name' }],
    ['an empty cvc', { cvc: '' }, { field: 'cvc', code: 'P0102', description: 'Invalid attribute value: cvc. Must be between 3 and 4 characters long' }],
    ['a long cardholder_name', { cardholder_name: 'Joe Boggs'.repeat(29) }, { field: 'cardholder_name', code: 'P0102', description: 'Invalid attribute value: cardholder_name. Must be less than or equal to 255 characters long' }],
    ['an expiry_date of 6 characters', { expiry_date: 'Sep 28' }, { field: 'expiry_date', code: 'P0102', description: 'Invalid attribute value: expiry_date. Must be a valid date with the format MM/YY' }],
    ['a short card number', { card_number: '42424242' }, { field: 'card_number', code: 'P0102', description: 'Invalid attribute value: card_number. Must be between 12 and 19 characters long' }],
    ['a card number with letters', { card_number: '4242x42424242424' }, { code: 'P0102', description: 'Invalid attribute value: card_number. Must be a valid card number' }],
    ['a cvc with letters', { cvc: '12a' }, { code: 'P0102', description: 'Invalid attribute value: cvc. Must contain numbers only' }],
    ['an expiry_date of month 13', { expiry_date: '13/49' }, { code: 'P0102', description: 'Invalid attribute value: expiry_date. Must be a valid date with the format MM/YY' }],
    ['an expiry_date in the past', { expiry_date: '01/20' }, { code: 'P0102', description: 'Invalid attribute value: expiry_date. Must be a valid date in the future' }],
  ])('answers 422 for %s, before looking at the token', async (_what, overrides, error) => {
    const response = await authorise(motoCard('no-such-token', overrides))
    expect(response.status).toBe(422)
    expect(response.json).toStrictEqual(error)
  })

  it('answers a body that is not JSON with the framework’s logged 500, not a Pay error', async () => {
    const response = await api('POST', '/v1/auth', { key: null, rawBody: '{"one_time_token":' })
    expect(response.status).toBe(500)
    expect(response.json).toStrictEqual({ code: 500, message: expect.stringMatching(/^There was an error processing your request\. It has been logged \(ID [0-9a-f]{16}\)\.$/) })
  })
})
