// A payment as the API shows it (pay-api-contract.md §3.4 and §7): empty values are left out,
// booleans are always there, `card_details` carries all eight keys (nulls included) once it
// exists, and `_links` depend on the state and on whether there is a hosted-page token.
import { describe, expect, it } from 'vitest'
import type { InternalStatus } from '../../../../../src/simulator/model/payment-status.ts'
import type { PaymentRecord } from '../../../../../src/simulator/model/types.ts'
import { paymentJson, paymentLinks, searchResultJson } from '../../../../../src/simulator/http/present/payment-json.ts'
import { APP_URL, useSimulator } from '../../../../support/simulator.ts'

useSimulator()

const API = 'https://publicapi.payments.service.gov.uk'
const ID = 'hu20sqlact5260q2nanm0q8u93'
const TOKEN = '5fe628e5-7f8b-48c6-8b3e-576ae93add9a'
const SELF = `${API}/v1/payments/${ID}`
const CREATED_AT = Date.UTC(2026, 0, 2, 3, 4, 5, 678)

const record = (overrides: Partial<PaymentRecord> = {}): PaymentRecord => ({
  id: ID,
  serviceId: 'service',
  amount: 14500,
  description: 'Pay your council tax',
  reference: 'REF-12345',
  referenceKey: 'ref-12345',
  language: 'en',
  returnUrl: 'https://your.service.gov.uk/completed',
  delayedCapture: false,
  moto: false,
  status: 'CREATED',
  state: 'created',
  createdAt: CREATED_AT,
  updatedAt: CREATED_AT,
  refundedAmount: 0,
  history: [{ status: 'CREATED', at: CREATED_AT }],
  ...overrides,
})

const NO_CARD = {
  lastDigits: null,
  firstDigits: null,
  cardholderName: null,
  expiryDate: null,
  billingAddress: null,
  brandLabel: '',
  cardType: null,
} as const

describe('paymentJson', () => {
  it('shows a new web payment with its hosted-page links', () => {
    expect(paymentJson(record(), TOKEN)).toStrictEqual({
      amount: 14500,
      description: 'Pay your council tax',
      reference: 'REF-12345',
      language: 'en',
      state: { status: 'created', finished: false },
      payment_id: ID,
      payment_provider: 'sandbox',
      created_date: '2026-01-02T03:04:05.678Z',
      refund_summary: { status: 'pending', amount_available: 14500, amount_submitted: 0 },
      settlement_summary: {},
      delayed_capture: false,
      moto: false,
      return_url: 'https://your.service.gov.uk/completed',
      authorisation_mode: 'web',
      _links: {
        self: { href: SELF, method: 'GET' },
        next_url: { href: `${APP_URL}#/secure/${TOKEN}`, method: 'GET' },
        next_url_post: {
          href: `${APP_URL}secure`,
          method: 'POST',
          type: 'application/x-www-form-urlencoded',
          params: { chargeTokenId: TOKEN },
        },
        events: { href: `${SELF}/events`, method: 'GET' },
        refunds: { href: `${SELF}/refunds`, method: 'GET' },
        cancel: { href: `${SELF}/cancel`, method: 'POST' },
      },
    })
  })

  it('writes created_date with milliseconds, even on a whole second', () => {
    expect(paymentJson(record({ createdAt: Date.UTC(2016, 0, 21, 17, 15, 0, 0) })).created_date).toBe(
      '2016-01-21T17:15:00.000Z',
    )
  })

  it('always shows delayed_capture and moto, true or false', () => {
    expect(paymentJson(record({ delayedCapture: true, moto: true }))).toMatchObject({ delayed_capture: true, moto: true })
    const shown = paymentJson(record())
    expect(shown.delayed_capture).toBe(false)
    expect(shown.moto).toBe(false)
  })

  it('shows the language', () => {
    expect(paymentJson(record({ language: 'cy' })).language).toBe('cy')
  })

  it('shows email and metadata only when the payment has them', () => {
    const plain = paymentJson(record())
    expect(plain).not.toHaveProperty('email')
    expect(plain).not.toHaveProperty('metadata')
    expect(paymentJson(record({ email: '' }))).not.toHaveProperty('email')
    const full = paymentJson(record({ email: 'citizen@example.org', metadata: { ledger_code: 'AB100', count: 3, ok: true } }))
    expect(full.email).toBe('citizen@example.org')
    expect(full.metadata).toStrictEqual({ ledger_code: 'AB100', count: 3, ok: true })
  })

  it('leaves card_details out until there are card or prefilled details', () => {
    expect(paymentJson(record())).not.toHaveProperty('card_details')
    expect(paymentJson(record())).not.toHaveProperty('card_brand')
  })

  it('shows prefilled details with all eight card_details keys, nulls included', () => {
    const address = { line1: '1 High St', postcode: 'AB1 2CD', country: 'GB' }
    const shown = paymentJson(record({ cardDetails: { ...NO_CARD, cardholderName: 'J. Bogs', billingAddress: address } }))
    expect(shown.card_details).toStrictEqual({
      last_digits_card_number: null,
      first_digits_card_number: null,
      cardholder_name: 'J. Bogs',
      expiry_date: null,
      billing_address: { line1: '1 High St', postcode: 'AB1 2CD', country: 'GB' },
      card_brand: '',
      card_type: null,
      wallet_type: null,
    })
    expect(shown).not.toHaveProperty('card_brand')
    expect(JSON.parse(JSON.stringify(shown)).card_details).toStrictEqual(shown.card_details)
  })

  it('shows a null billing_address when only a name was prefilled', () => {
    const shown = paymentJson(record({ cardDetails: { ...NO_CARD, cardholderName: 'J. Bogs' } }))
    expect(shown.card_details).toMatchObject({ cardholder_name: 'J. Bogs', billing_address: null })
  })

  it('shows a card, and copies its brand to the top-level card_brand', () => {
    const shown = paymentJson(
      record({
        status: 'AUTHORISATION SUCCESS',
        state: 'submitted',
        providerId: 'provider-123',
        cardDetails: {
          lastDigits: '4242',
          firstDigits: '424242',
          cardholderName: 'J. Bogs',
          expiryDate: '12/30',
          billingAddress: null,
          brandLabel: 'Visa',
          cardType: 'credit',
        },
      }),
    )
    expect(shown.card_details).toStrictEqual({
      last_digits_card_number: '4242',
      first_digits_card_number: '424242',
      cardholder_name: 'J. Bogs',
      expiry_date: '12/30',
      billing_address: null,
      card_brand: 'Visa',
      card_type: 'credit',
      wallet_type: null,
    })
    expect(shown.card_brand).toBe('Visa')
    expect(shown.provider_id).toBe('provider-123')
    expect(shown.state).toStrictEqual({ status: 'submitted', finished: false })
  })

  it('fills settlement_summary once the payment is captured', () => {
    const at = Date.UTC(2026, 0, 2, 4, 0, 0, 0)
    const shown = paymentJson(
      record({ status: 'CAPTURED', state: 'success', captureSubmitTime: at, capturedDate: '2026-01-02', refundedAmount: 500 }),
    )
    expect(shown.settlement_summary).toStrictEqual({
      capture_submit_time: '2026-01-02T04:00:00.000Z',
      captured_date: '2026-01-02',
    })
    expect(shown.refund_summary).toStrictEqual({ status: 'available', amount_available: 14000, amount_submitted: 500 })
    expect(shown.state).toStrictEqual({ status: 'success', finished: true })
  })

  it('shows the code and message of a finished, unsuccessful payment', () => {
    expect(paymentJson(record({ status: 'AUTHORISATION REJECTED', state: 'failed' })).state).toStrictEqual({
      status: 'failed',
      finished: true,
      code: 'P0010',
      message: 'Payment method rejected',
    })
  })
})

describe('paymentLinks', () => {
  const names = (status: InternalStatus, token?: string) => Object.keys(paymentLinks(record({ status }), token))

  it('leaves out the hosted-page links without a token', () => {
    expect(names('CREATED')).toStrictEqual(['self', 'events', 'refunds', 'cancel'])
  })

  it.each(['CREATED', 'ENTERING CARD DETAILS', 'AUTHORISATION SUCCESS'] as InternalStatus[])(
    'gives an unfinished payment in %s a cancel link and, with a token, the hosted-page links',
    (status) => {
      expect(names(status, TOKEN)).toStrictEqual(['self', 'next_url', 'next_url_post', 'events', 'refunds', 'cancel'])
    },
  )

  it('gives a capturable payment capture and cancel links', () => {
    expect(paymentLinks(record({ status: 'AWAITING CAPTURE REQUEST', state: 'capturable' }))).toStrictEqual({
      self: { href: SELF, method: 'GET' },
      events: { href: `${SELF}/events`, method: 'GET' },
      refunds: { href: `${SELF}/refunds`, method: 'GET' },
      cancel: { href: `${SELF}/cancel`, method: 'POST' },
      capture: { href: `${SELF}/capture`, method: 'POST' },
    })
  })

  it.each(['CAPTURED', 'AUTHORISATION REJECTED', 'AUTHORISATION ERROR', 'EXPIRED', 'USER CANCELLED', 'SYSTEM CANCELLED'] as InternalStatus[])(
    'gives a finished payment in %s only self, events and refunds',
    (status) => {
      expect(names(status)).toStrictEqual(['self', 'events', 'refunds'])
    },
  )
})

describe('searchResultJson', () => {
  it('shows the payment without the hosted-page links', () => {
    const shown = searchResultJson(record())
    expect(Object.keys(shown._links as object)).toStrictEqual(['self', 'events', 'refunds', 'cancel'])
    const { _links: _withToken, ...fields } = paymentJson(record(), TOKEN)
    const { _links: _without, ...searchFields } = shown
    expect(searchFields).toStrictEqual(fields)
  })
})
