// Example requests and responses. Request examples are valid, so the explorer can prefill them and
// a first "Send" succeeds.
import type { Example } from './types.ts'

const BASE = 'https://publicapi.payments.service.gov.uk'
const PAYMENT_ID = 'hu20sqlact5260q2nanm0q8u93'
const REFUND_ID = 'j6se0f2o427g28g8ug3u3ilk2a'
const PAYMENT_URL = `${BASE}/v1/payments/${PAYMENT_ID}`
const get = (href: string) => ({ href, method: 'GET' })

export const CREATE_PAYMENT_EXAMPLES: Record<string, Example> = {
  simple: {
    summary: 'A payment',
    value: {
      amount: 14500,
      reference: '12345',
      description: 'Pay your council tax',
      return_url: 'https://your.service.gov.uk/completed',
    },
  },
  prefilled: {
    summary: 'With an email address, prefilled card holder details and metadata',
    value: {
      amount: 2500,
      reference: 'PARK-2026-0042',
      description: 'Parking permit',
      return_url: 'https://your.service.gov.uk/completed',
      language: 'en',
      email: 'sam.smith@example.com',
      prefilled_cardholder_details: {
        cardholder_name: 'Sam Smith',
        billing_address: { line1: '1 High Street', city: 'London', postcode: 'SW1A 1AA', country: 'GB' },
      },
      metadata: { ledger_code: 'AB100', internal_reference_number: 200 },
    },
  },
  delayedCapture: {
    summary: 'Delayed capture: the payment waits as capturable until you capture it',
    value: {
      amount: 5000,
      reference: 'DELAYED-1',
      description: 'Licence application fee',
      return_url: 'https://your.service.gov.uk/completed',
      delayed_capture: true,
    },
  },
}

export const CREATE_REFUND_EXAMPLES: Record<string, Example> = {
  partial: { summary: 'Refund part of a payment', value: { amount: 2000 } },
  guarded: {
    summary: 'Refund, checking nobody else refunded first',
    value: { amount: 2000, refund_amount_available: 14500 },
  },
}

export const PAYMENT_EXAMPLE = {
  amount: 14500,
  description: 'Pay your council tax',
  reference: '12345',
  language: 'en',
  state: { status: 'created', finished: false },
  payment_id: PAYMENT_ID,
  payment_provider: 'sandbox',
  created_date: '2026-03-02T10:15:00.000Z',
  refund_summary: { status: 'pending', amount_available: 14500, amount_submitted: 0 },
  settlement_summary: {},
  delayed_capture: false,
  moto: false,
  return_url: 'https://your.service.gov.uk/completed',
  authorisation_mode: 'web',
  _links: {
    self: get(PAYMENT_URL),
    next_url: get('https://example.github.io/pay-playground/#/secure/1f1c5e3e-5d7a-4d7c-9a53-3f0f8e1d2b6a'),
    next_url_post: {
      href: 'https://example.github.io/pay-playground/secure',
      method: 'POST',
      type: 'application/x-www-form-urlencoded',
      params: { chargeTokenId: '1f1c5e3e-5d7a-4d7c-9a53-3f0f8e1d2b6a' },
    },
    events: get(`${PAYMENT_URL}/events`),
    refunds: get(`${PAYMENT_URL}/refunds`),
    cancel: { href: `${PAYMENT_URL}/cancel`, method: 'POST' },
  },
}

export const REFUND_EXAMPLE = {
  refund_id: REFUND_ID,
  created_date: '2026-03-02T11:00:00.000Z',
  amount: 2000,
  status: 'success',
  _links: { self: get(`${PAYMENT_URL}/refunds/${REFUND_ID}`), payment: get(PAYMENT_URL) },
}

export const EVENTS_EXAMPLE = {
  payment_id: PAYMENT_ID,
  events: ['created', 'started', 'submitted', 'success'].map((status, index) => ({
    payment_id: PAYMENT_ID,
    state: { status, finished: status === 'success' },
    updated: `2026-03-02T10:1${5 + index}:00.000Z`,
    _links: { payment_url: get(PAYMENT_URL) },
  })),
  _links: { self: get(`${PAYMENT_URL}/events`) },
}

export const searchExample = (path: string, result: unknown) => ({
  total: 1,
  count: 1,
  page: 1,
  results: [result],
  _links: {
    self: { href: `${BASE}${path}?display_size=500&page=1` },
    first_page: { href: `${BASE}${path}?display_size=500&page=1` },
    last_page: { href: `${BASE}${path}?display_size=500&page=1` },
  },
})
