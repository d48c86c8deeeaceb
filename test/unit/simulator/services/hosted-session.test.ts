// The hosted payment pages' operations: one-time link, card entry, sandbox authorisation by card
// number (pay-api-contract.md §13), confirm, user cancel and return to service.
import { describe, expect, it } from 'vitest'
import { advanceClock } from '../../../../src/simulator/services/clock.ts'
import {
  authorisePayment,
  beginCardEntry,
  cancelByUser,
  confirmPayment,
  exchangeToken,
  getHostedPayment,
  returnToService,
  CardFormRejectedError,
  TOKEN_LIFETIME_MS,
  UnknownPaymentError,
  WrongStateError,
} from '../../../../src/simulator/services/hosted-session.ts'
import { createPayment } from '../../../../src/simulator/services/payment-creation.ts'
import { ensureCurrentService, updateService } from '../../../../src/simulator/services/service-accounts.ts'
import { card, DECLINED_CARD, ERROR_CARD, VISA_4242, paymentIn } from '../../../support/payment-fixtures.ts'
import { api, newKey, useSimulator } from '../../../support/simulator.ts'
import { storedStatuses, timesEntered } from '../../../support/stored-history.ts'
import { fieldErrorText } from '../../../../src/features/hosted-pages/i18n/field-error-text.ts'
import { en } from '../../../../src/features/hosted-pages/i18n/messages-en.ts'

/** The simulator refuses with codes; these are the English messages the card page shows for them. */
function shownOnThePage(error: unknown) {
  expect(error).toBeInstanceOf(CardFormRejectedError)
  return (error as CardFormRejectedError).errors.map((fieldError) => ({ field: fieldError.field, message: fieldErrorText(en, fieldError) }))
}

const sim = useSimulator()

const SUBMITTED = { status: 'submitted', finished: false }
const REJECTED = { status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected' }
const PROVIDER_ERROR = { status: 'error', finished: true, code: 'P0050', message: 'Payment provider returned an error' }
const USER_CANCELLED = { status: 'failed', finished: true, code: 'P0030', message: 'Payment was cancelled by the user' }

async function newPayment(delayedCapture = false) {
  const service = await ensureCurrentService()
  return createPayment(service.id, {
    amount: 2500,
    reference: 'REF-HOSTED',
    description: 'Hosted page payment',
    returnUrl: 'https://your.service.gov.uk/return?id=1',
    delayedCapture,
  })
}

async function apiState(paymentId: string) {
  const read = await api('GET', `/v1/payments/${paymentId}`, { key: await newKey() })
  expect(read.status).toBe(200)
  return read.json
}

async function paymentWithEmail(email: string): Promise<string> {
  const service = await ensureCurrentService()
  const { payment } = await createPayment(service.id, {
    amount: 500,
    reference: 'WITH-EMAIL',
    description: 'With an email',
    returnUrl: 'https://your.service.gov.uk/return',
    email,
  })
  await beginCardEntry(payment.id)
  return payment.id
}

async function startedPayment(): Promise<string> {
  const payment = await paymentIn('started')
  return payment.id
}

describe('exchangeToken', () => {
  it('is fresh the first time and used after that', async () => {
    const { payment, token } = await newPayment()
    expect(await exchangeToken(token)).toEqual({ kind: 'fresh', paymentId: payment.id })
    expect(await exchangeToken(token)).toEqual({ kind: 'used', paymentId: payment.id })
    expect(await exchangeToken(token)).toEqual({ kind: 'used', paymentId: payment.id })
  })

  it('lets only one of two simultaneous exchanges be fresh', async () => {
    const { token } = await newPayment()
    const results = await Promise.all([exchangeToken(token), exchangeToken(token), exchangeToken(token)])
    expect(results.filter((r) => r.kind === 'fresh')).toHaveLength(1)
    expect(results.filter((r) => r.kind === 'used')).toHaveLength(2)
  })

  it('does not know a token it never issued', async () => {
    expect(await exchangeToken('5e9f3c0a-1b2c-4d5e-8f90-123456789abc')).toEqual({ kind: 'unknown' })
  })

  it('gives a new token from each API read of the payment, each usable once', async () => {
    const { payment } = await newPayment()
    const read = await apiState(payment.id)
    const href: string = read._links.next_url.href
    const token = href.slice(href.lastIndexOf('/') + 1)
    expect(read._links.next_url_post.params.chargeTokenId).toBe(token)
    expect(await exchangeToken(token)).toEqual({ kind: 'fresh', paymentId: payment.id })
    expect(await exchangeToken(token)).toEqual({ kind: 'used', paymentId: payment.id })
  })

  it('forgets a token after 7 days (tokenExpiryThresholdInSeconds 604800)', async () => {
    expect(TOKEN_LIFETIME_MS).toBe(604800 * 1000)
    const { token } = await newPayment()
    await advanceClock({ days: 7, minutes: 1 })
    expect(await exchangeToken(token)).toEqual({ kind: 'unknown' })
  })

  it('still knows a token a little under 7 days old', async () => {
    const { payment, token } = await newPayment()
    await advanceClock({ days: 6, hours: 23, minutes: 59 })
    expect(await exchangeToken(token)).toEqual({ kind: 'fresh', paymentId: payment.id })
  })

  it('does not mark an unknown (expired) token used', async () => {
    const { token } = await newPayment()
    await advanceClock({ days: 8 })
    await exchangeToken(token)
    expect((await sim.db().tokens.get(token))?.used).toBe(false)
  })
})

describe('getHostedPayment', () => {
  it('returns the payment with its service', async () => {
    const { payment } = await newPayment()
    const hosted = await getHostedPayment(payment.id)
    expect(hosted.payment.id).toBe(payment.id)
    expect(hosted.service.id).toBe(payment.serviceId)
    expect(hosted.now).toBeGreaterThanOrEqual(payment.createdAt)
  })

  it('applies expiry before returning the payment', async () => {
    const { payment } = await newPayment()
    await advanceClock({ minutes: 91 })
    expect((await getHostedPayment(payment.id)).payment.status).toBe('EXPIRED')
  })

  it('throws UnknownPaymentError for an unknown payment', async () => {
    await expect(getHostedPayment('0'.repeat(26))).rejects.toBeInstanceOf(UnknownPaymentError)
  })
})

describe('beginCardEntry', () => {
  it('makes a new payment started', async () => {
    const { payment } = await newPayment()
    const started = await beginCardEntry(payment.id)
    expect(started.status).toBe('ENTERING CARD DETAILS')
    expect((await apiState(payment.id)).state).toStrictEqual({ status: 'started', finished: false })
  })

  it('can be repeated (the page reloaded) without a second event', async () => {
    const { payment } = await newPayment()
    await beginCardEntry(payment.id)
    await beginCardEntry(payment.id)
    const statuses = await storedStatuses(payment.id)
    expect(statuses).toEqual(['CREATED', 'ENTERING CARD DETAILS'])
  })

  it('throws WrongStateError for a payment already authorised, carrying the payment', async () => {
    const payment = await paymentIn('submitted')
    const error = await beginCardEntry(payment.id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WrongStateError)
    expect((error as WrongStateError).payment.status).toBe('AUTHORISATION SUCCESS')
  })

  it('throws WrongStateError for an expired payment', async () => {
    const { payment } = await newPayment()
    await advanceClock({ minutes: 91 })
    await expect(beginCardEntry(payment.id)).rejects.toBeInstanceOf(WrongStateError)
  })

  it('throws UnknownPaymentError for an unknown payment', async () => {
    await expect(beginCardEntry('0'.repeat(26))).rejects.toBeInstanceOf(UnknownPaymentError)
  })
})

describe('authorisePayment', () => {
  const GOOD_CARDS = [
    '4444333322221111',
    '4917610000000000003',
    '4000056655665556',
    '371449635398431',
    '3566002020360505',
    '6011000990139424',
    '36148900647913',
    '4242424242424242',
    '5105105105105100',
    '222100000000000',
    '4000000000000010',
    '4000160000000004',
    '4000020000000000',
    '4988080000000000',
    '4111111111111111',
    '4293189100000008',
    '5101180000000007',
    '4131840000000003',
    '4000180000000002',
    '5200828282828210',
  ]

  it.each(GOOD_CARDS)('authorises %s: the payment is submitted with a provider id', async (cardNumber) => {
    const id = await startedPayment()
    const payment = await authorisePayment(id, card(cardNumber))
    expect(payment.status).toBe('AUTHORISATION SUCCESS')
    expect(payment.state).toBe('submitted')
    expect(payment.providerId).toMatch(/.+/)
    expect((await apiState(id)).state).toStrictEqual(SUBMITTED)
  })

  it.each(['4000000000000002', '4000000000000069', '4000000000000127'])(
    'declines %s: failed P0010 "Payment method rejected"',
    async (cardNumber) => {
      const id = await startedPayment()
      const payment = await authorisePayment(id, card(cardNumber))
      expect(payment.status).toBe('AUTHORISATION REJECTED')
      expect(payment.providerId).toBeUndefined()
      const read = await apiState(id)
      expect(read.state).toStrictEqual(REJECTED)
      expect(read._links.next_url).toBeUndefined()
    },
  )

  it('gives error P0050 "Payment provider returned an error" for 4000000000000119', async () => {
    const id = await startedPayment()
    expect((await authorisePayment(id, card(ERROR_CARD))).status).toBe('AUTHORISATION ERROR')
    expect((await apiState(id)).state).toStrictEqual(PROVIDER_ERROR)
  })

  it('gives error P0050 for a valid card number the sandbox does not know', async () => {
    const id = await startedPayment()
    await authorisePayment(id, card('4012888888881881'))
    expect((await apiState(id)).state).toStrictEqual(PROVIDER_ERROR)
  })

  it('records READY then the result', async () => {
    const id = await startedPayment()
    await authorisePayment(id, card(DECLINED_CARD))
    const statuses = await storedStatuses(id)
    expect(statuses).toEqual(['CREATED', 'ENTERING CARD DETAILS', 'AUTHORISATION READY', 'AUTHORISATION REJECTED'])
  })

  it.each([
    ['4242424242424241', 'Enter a valid card number'],
    ['42424242424', 'Card number is not the correct length'],
    ['42424242424242424242', 'Card number is not the correct length'],
    ['', 'Enter a valid card number'],
    ['4242-4242-4242-4242', 'Enter a valid card number'],
  ])('refuses %j on the server (%s) and leaves the payment started', async (cardNumber, message) => {
    const id = await startedPayment()
    const error = await authorisePayment(id, card(cardNumber)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CardFormRejectedError)
    expect(shownOnThePage(error)).toEqual([{ field: 'cardNo', message }])
    expect((await sim.db().payments.get(id))?.status).toBe('ENTERING CARD DETAILS')
  })

  it('accepts spaces between the groups of digits', async () => {
    const id = await startedPayment()
    const payment = await authorisePayment(id, card('4242 4242 4242 4242'))
    expect(payment.status).toBe('AUTHORISATION SUCCESS')
    expect(payment.cardDetails?.lastDigits).toBe('4242')
  })

  it('refuses a Maestro card, which a new service does not accept, before it reaches the sandbox', async () => {
    const id = await startedPayment()
    const error = await authorisePayment(id, card('6759649826438453')).catch((e: unknown) => e)
    expect(shownOnThePage(error)).toEqual([{ field: 'cardNo', message: 'This card type is not accepted' }])
    const statuses = await storedStatuses(id)
    expect(statuses).not.toContain('AUTHORISATION READY')
    expect((await apiState(id)).state).toStrictEqual({ status: 'started', finished: false })
  })

  it('refuses a brand or a debit card the service stopped accepting', async () => {
    const service = await ensureCurrentService()
    await updateService(service.id, {
      settings: { acceptedCardTypes: [{ brand: 'visa', type: 'CREDIT' }, { brand: 'master-card', type: 'CREDIT' }] },
    })
    const id = await startedPayment()
    const refusal = (cardNumber: string) =>
      authorisePayment(id, card(cardNumber)).catch((e: unknown) => shownOnThePage(e))
    expect(await refusal('371449635398431')).toEqual([{ field: 'cardNo', message: 'This card type is not accepted' }])
    expect(await refusal('4000056655665556')).toEqual([{ field: 'cardNo', message: 'Visa debit cards are not supported' }])
    expect(await refusal('5105105105105100')).toEqual([{ field: 'cardNo', message: 'Master Card debit cards are not supported' }])
    expect((await authorisePayment(id, card('4242424242424242'))).status).toBe('AUTHORISATION SUCCESS')
  })

  it('checks every field on the server and reports each error in field order', async () => {
    const id = await startedPayment()
    const error = await authorisePayment(id, {
      cardNumber: '4242424242424242',
      expiryMonth: '13',
      expiryYear: '30',
      cardholderName: '4242424242424242',
      cvc: '12',
      billingAddress: { line1: '', city: 'London', postcode: 'NOT A POSTCODE', country: 'GB' },
      email: 'not-an-email',
    }).catch((e: unknown) => e)
    expect(shownOnThePage(error)).toEqual([
      { field: 'expiryMonth', message: 'Enter a valid expiry date' },
      { field: 'cardholderName', message: 'Enter the name as it appears on the card' },
      { field: 'cvc', message: 'Enter a valid card security code' },
      { field: 'addressLine1', message: 'Enter a valid address line 1' },
      { field: 'addressPostcode', message: 'Enter a valid postcode' },
      { field: 'email', message: 'Enter a valid email' },
    ])
    expect((await sim.db().payments.get(id))?.cardDetails).toBeUndefined()
  })

  it('refuses a card that expired before this month of the simulator clock', async () => {
    const id = await startedPayment()
    const error = await authorisePayment(id, card(VISA_4242, { expiryMonth: '01', expiryYear: '2020' })).catch((e: unknown) => e)
    expect(shownOnThePage(error)).toEqual([
      { field: 'expiryMonth', message: 'Enter an expiry date in the future' },
    ])
  })

  it('needs an email when the service makes it mandatory, using the one the payment was created with', async () => {
    const bare = await startedPayment()
    const missing = await authorisePayment(bare, card(VISA_4242, { email: undefined })).catch((e: unknown) => e)
    expect(shownOnThePage(missing)).toEqual([{ field: 'email', message: 'Enter a valid email' }])
    const withEmail = await paymentWithEmail('created.with@example.org')
    const paid = await authorisePayment(withEmail, card(VISA_4242, { email: undefined }))
    expect(paid.email).toBe('created.with@example.org')
  })

  it('leaves out the email when collection is off, and lets it be empty when optional', async () => {
    const service = await ensureCurrentService()
    await updateService(service.id, { settings: { emailCollectionMode: 'OFF' } })
    const off = await authorisePayment(await startedPayment(), card(VISA_4242, { email: 'ignored@example.org' }))
    expect(off.email).toBeUndefined()
    await updateService(service.id, { settings: { emailCollectionMode: 'OPTIONAL' } })
    const optional = await authorisePayment(await startedPayment(), card(VISA_4242, { email: '' }))
    expect(optional.email).toBeUndefined()
    const bad = await authorisePayment(await startedPayment(), card(VISA_4242, { email: 'nope' })).catch((e: unknown) => e)
    expect(shownOnThePage(bad)).toEqual([{ field: 'email', message: 'Enter a valid email' }])
  })

  it('keeps no billing address when the service does not collect one', async () => {
    const service = await ensureCurrentService()
    await updateService(service.id, { settings: { collectBillingAddress: false } })
    const payment = await authorisePayment(await startedPayment(), card(VISA_4242, { billingAddress: undefined }))
    expect(payment.cardDetails?.billingAddress).toBeNull()
  })

  it('uses the billing address the payment was created with when none is sent', async () => {
    const service = await ensureCurrentService()
    const { payment } = await createPayment(service.id, {
      amount: 500,
      reference: 'PREFILLED',
      description: 'Prefilled',
      returnUrl: 'https://your.service.gov.uk/return',
      billingAddress: { line1: '10 Downing Street', city: 'London', postcode: 'SW1A 2AA', country: 'GB' },
    })
    await beginCardEntry(payment.id)
    const paid = await authorisePayment(payment.id, card(VISA_4242, { billingAddress: undefined }))
    expect(paid.cardDetails?.billingAddress).toEqual({ line1: '10 Downing Street', city: 'London', postcode: 'SW1A 2AA', country: 'GB' })
  })

  it('never keeps the card security code', async () => {
    const id = await startedPayment()
    await authorisePayment(id, card('371449635398431', { cvc: '9876' }))
    for (const table of sim.db().tables) {
      const stored = JSON.stringify(await table.toArray())
      expect(stored, table.name).not.toContain('"9876"')
      expect(stored, table.name).not.toContain('cvc')
    }
  })

  it('keeps only the first 6 and last 4 digits, brand, type, expiry and name', async () => {
    const id = await startedPayment()
    const payment = await authorisePayment(
      id,
      card('4000056655665556', {
        expiryMonth: '3',
        expiryYear: '2031',
        cardholderName: 'Mr Card Holder',
        billingAddress: { line1: '1 High Street', city: 'London', postcode: 'SW1A 1AA', country: 'GB' },
        email: 'payer@example.com',
      }),
    )
    expect(payment.cardDetails).toStrictEqual({
      lastDigits: '5556',
      firstDigits: '400005',
      cardholderName: 'Mr Card Holder',
      expiryDate: '03/31',
      billingAddress: { line1: '1 High Street', city: 'London', postcode: 'SW1A 1AA', country: 'GB' },
      brandLabel: 'Visa',
      cardType: 'debit',
    })
    expect(payment.email).toBe('payer@example.com')
    const read = await apiState(id)
    expect(read.card_details).toStrictEqual({
      last_digits_card_number: '5556',
      first_digits_card_number: '400005',
      cardholder_name: 'Mr Card Holder',
      expiry_date: '03/31',
      billing_address: { line1: '1 High Street', city: 'London', postcode: 'SW1A 1AA', country: 'GB' },
      card_brand: 'Visa',
      card_type: 'debit',
      wallet_type: null,
    })
  })

  it.each([
    ['4242424242424242', 'Visa', 'credit'],
    ['5105105105105100', 'Mastercard', 'debit'],
    ['371449635398431', 'American Express', 'credit'],
    ['3566002020360505', 'Jcb', 'credit'],
    ['6011000990139424', 'Discover', 'credit'],
    ['36148900647913', 'Diners Club', 'credit'],
    ['4000000000000010', 'Visa', null],
  ])('labels %s %s (%s)', async (cardNumber, label, type) => {
    const id = await startedPayment()
    const payment = await authorisePayment(id, card(cardNumber))
    expect(payment.cardDetails?.brandLabel).toBe(label)
    expect(payment.cardDetails?.cardType).toBe(type)
  })

  it.each([VISA_4242, DECLINED_CARD, ERROR_CARD, '371449635398431', '4917610000000000003'])(
    'never stores the full number %s anywhere',
    async (cardNumber) => {
      const id = await startedPayment()
      await authorisePayment(id, card(cardNumber))
      await confirmPayment(id).catch(() => undefined)
      const db = sim.db()
      expect(JSON.stringify(await db.payments.get(id))).not.toContain(cardNumber)
      for (const table of db.tables) {
        expect(JSON.stringify(await table.toArray()), table.name).not.toContain(cardNumber)
      }
    },
  )

  it('never stores the middle digits, which would let the number be put back together', async () => {
    const id = await startedPayment()
    await authorisePayment(id, card('4000056655665556'))
    for (const table of sim.db().tables) {
      expect(JSON.stringify(await table.toArray()), table.name).not.toContain('655665')
    }
  })

  it('refuses a payment that is not on the card details page (created)', async () => {
    const { payment } = await newPayment()
    await expect(authorisePayment(payment.id, card(VISA_4242))).rejects.toBeInstanceOf(WrongStateError)
  })

  it('refuses a second authorisation of the same payment, keeping the first card', async () => {
    const id = await startedPayment()
    await authorisePayment(id, card(VISA_4242))
    await expect(authorisePayment(id, card(DECLINED_CARD))).rejects.toBeInstanceOf(WrongStateError)
    const stored = await sim.db().payments.get(id)
    expect(stored?.status).toBe('AUTHORISATION SUCCESS')
    expect(stored?.cardDetails?.lastDigits).toBe('4242')
  })
})

describe('confirmPayment', () => {
  it('captures at once: success, with the capture time and date in settlement_summary', async () => {
    const id = (await paymentIn('submitted')).id
    const payment = await confirmPayment(id)
    expect(payment.status).toBe('CAPTURED')
    expect(payment.captureSubmitTime).toBeTypeOf('number')
    const read = await apiState(id)
    expect(read.state).toStrictEqual({ status: 'success', finished: true })
    expect(read.settlement_summary).toStrictEqual({
      capture_submit_time: new Date(payment.captureSubmitTime!).toISOString(),
      captured_date: new Date(payment.captureSubmitTime!).toISOString().slice(0, 10),
    })
    expect(read.settlement_summary.capture_submit_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(read.refund_summary).toStrictEqual({ status: 'available', amount_available: 1000, amount_submitted: 0 })
  })

  it('records approved, ready and captured', async () => {
    const id = (await paymentIn('submitted')).id
    await confirmPayment(id)
    const statuses = await storedStatuses(id)
    expect(statuses.slice(-3)).toEqual(['CAPTURE APPROVED', 'CAPTURE READY', 'CAPTURED'])
  })

  it('leaves a delayed-capture payment capturable, with an empty settlement summary', async () => {
    const { payment } = await newPayment(true)
    await beginCardEntry(payment.id)
    await authorisePayment(payment.id, card(VISA_4242))
    const confirmed = await confirmPayment(payment.id)
    expect(confirmed.status).toBe('AWAITING CAPTURE REQUEST')
    const read = await apiState(payment.id)
    expect(read.state).toStrictEqual({ status: 'capturable', finished: false })
    expect(read.settlement_summary).toStrictEqual({})
    expect(read.refund_summary.status).toBe('unavailable')
    expect(read._links.capture).toBeDefined()
  })

  it('captures once when confirmed twice: the second throws WrongStateError', async () => {
    const id = (await paymentIn('submitted')).id
    await confirmPayment(id)
    await expect(confirmPayment(id)).rejects.toBeInstanceOf(WrongStateError)
    expect(await timesEntered(id, 'CAPTURED')).toBe(1)
  })

  it('captures once when confirmed twice at the same moment (double click)', async () => {
    const id = (await paymentIn('submitted')).id
    const results = await Promise.allSettled([confirmPayment(id), confirmPayment(id)])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected')
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(WrongStateError)
    expect(await timesEntered(id, 'CAPTURED')).toBe(1)
  })

  it('refuses a payment that was not authorised', async () => {
    const id = await startedPayment()
    await expect(confirmPayment(id)).rejects.toBeInstanceOf(WrongStateError)
    const declined = (await paymentIn('declined')).id
    await expect(confirmPayment(declined)).rejects.toBeInstanceOf(WrongStateError)
  })

  it('refuses a payment the service cancelled while the user was on the confirm page', async () => {
    const id = (await paymentIn('submitted')).id
    const key = await newKey()
    expect((await api('POST', `/v1/payments/${id}/cancel`, { key })).status).toBe(204)
    await expect(confirmPayment(id)).rejects.toBeInstanceOf(WrongStateError)
    expect((await apiState(id)).state.code).toBe('P0040')
  })
})

describe('cancelByUser', () => {
  it('fails a started payment with P0030', async () => {
    const id = await startedPayment()
    const payment = await cancelByUser(id)
    expect(payment.status).toBe('USER CANCELLED')
    expect((await apiState(id)).state).toStrictEqual(USER_CANCELLED)
  })

  it('fails an authorised payment with P0030, cancelling it at the provider first', async () => {
    const id = (await paymentIn('submitted')).id
    await cancelByUser(id)
    expect((await apiState(id)).state).toStrictEqual(USER_CANCELLED)
    const statuses = await storedStatuses(id)
    expect(statuses.slice(-2)).toEqual(['USER CANCEL READY', 'USER CANCELLED'])
  })

  it('refuses a finished payment', async () => {
    const id = (await paymentIn('success')).id
    await expect(cancelByUser(id)).rejects.toBeInstanceOf(WrongStateError)
    expect((await sim.db().payments.get(id))?.status).toBe('CAPTURED')
  })
})

describe('returnToService', () => {
  it.each(['created', 'started', 'submitted'] as const)(
    'cancels a %s payment (failed P0030) and returns its return_url',
    async (state) => {
      const payment = await paymentIn(state, { returnUrl: 'https://your.service.gov.uk/back?ref=42' })
      const result = await returnToService(payment.id)
      expect(result.returnUrl).toBe('https://your.service.gov.uk/back?ref=42')
      expect(result.payment.status).toBe('USER CANCELLED')
      expect((await apiState(payment.id)).state).toStrictEqual(USER_CANCELLED)
    },
  )

  it.each(['success', 'declined', 'error', 'cancelled', 'capturable'] as const)(
    'leaves a %s payment alone and returns its return_url',
    async (state) => {
      const payment = await paymentIn(state)
      const before = await sim.db().payments.get(payment.id)
      const result = await returnToService(payment.id)
      expect(result.returnUrl).toBe('https://your.service.gov.uk/completed')
      expect(await sim.db().payments.get(payment.id)).toStrictEqual(before)
    },
  )

  it('leaves an expired payment expired', async () => {
    const payment = await paymentIn('created')
    await advanceClock({ minutes: 91 })
    const result = await returnToService(payment.id)
    expect(result.payment.status).toBe('EXPIRED')
    expect((await apiState(payment.id)).state.code).toBe('P0020')
  })

  it('throws UnknownPaymentError for an unknown payment', async () => {
    await expect(returnToService('0'.repeat(26))).rejects.toBeInstanceOf(UnknownPaymentError)
  })
})
