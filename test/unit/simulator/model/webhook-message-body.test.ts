// A webhook message's body, as pay-webhooks writes it: keys in its order, the payment as the
// ledger holds it (top-level nulls left out, nulls kept inside card_details), and its quirks.
import { describe, expect, it } from 'vitest'
import type { PaymentRecord } from '../../../../src/simulator/model/types.ts'
import { webhookMessageBody, webhookPaymentState, webhookResource } from '../../../../src/simulator/model/webhook-message-body.ts'
import { STORED_VISA_DEBIT } from '../../../support/card-records.ts'

const T = Date.UTC(2026, 2, 5, 14, 3, 22, 512)

const paid: PaymentRecord = {
  id: 'hu20sqlact5260q2nanm0q8u93',
  serviceId: 's'.repeat(26),
  amount: 5000,
  description: 'Pay your council tax',
  reference: '12345',
  referenceKey: '12345',
  email: 'sherlock.holmes@example.com',
  language: 'en',
  returnUrl: 'https://your.service.gov.uk/completed',
  delayedCapture: false,
  moto: false,
  metadata: { ledger_code: 'AB100', fund: 12 },
  status: 'CAPTURED',
  state: 'success',
  createdAt: T,
  updatedAt: T + 60_000,
  cardDetails: STORED_VISA_DEBIT,
  lastDigits: '4242',
  firstDigits: '424242',
  providerId: '10987654321',
  captureSubmitTime: T + 60_000,
  capturedDate: '2026-03-05',
  refundedAmount: 0,
  history: [],
}

describe('webhookMessageBody', () => {
  it('writes the real service’s keys in its order, with the payment as its ledger holds it', () => {
    const text = webhookMessageBody({ messageId: 'abc123', eventDate: T + 60_000, eventType: 'card_payment_captured' }, paid)
    const body = JSON.parse(text)
    expect(Object.keys(body)).toEqual(['webhook_message_id', 'created_date', 'resource_id', 'api_version', 'resource_type', 'event_type', 'resource'])
    expect(body).toEqual({
      webhook_message_id: 'abc123',
      created_date: '2026-03-05T14:04:22.512Z',
      resource_id: 'hu20sqlact5260q2nanm0q8u93',
      api_version: 1,
      resource_type: 'payment',
      event_type: 'card_payment_captured',
      resource: {
        payment_id: 'hu20sqlact5260q2nanm0q8u93',
        amount: 5000,
        state: { status: 'success', finished: true },
        return_url: 'https://your.service.gov.uk/completed',
        description: 'Pay your council tax',
        reference: '12345',
        email: 'sherlock.holmes@example.com',
        payment_provider: 'sandbox',
        created_date: '2026-03-05T14:03:22.512Z',
        language: 'en',
        delayed_capture: false,
        moto: false,
        refund_summary: { status: 'available', amount_available: 5000, amount_submitted: 0 },
        settlement_summary: { capture_submit_time: '2026-03-05T14:04:22.512Z', captured_date: '2026-03-05' },
        card_details: {
          last_digits_card_number: '4242',
          first_digits_card_number: '424242',
          cardholder_name: 'Sherlock Holmes',
          expiry_date: '04/30',
          // No second line: kept as null inside the address, as the real service writes it.
          billing_address: { line1: '221 Baker Street', line2: null, postcode: 'NW1 6XE', city: 'London', country: 'GB' },
          card_brand: 'Visa',
          card_type: 'debit',
        },
        metadata: { ledger_code: 'AB100', fund: 12 },
      },
    })
    expect(Object.keys(body.resource)).toEqual([
      'payment_id', 'amount', 'state', 'return_url', 'description', 'reference', 'email', 'payment_provider', 'created_date',
      'language', 'delayed_capture', 'moto', 'refund_summary', 'settlement_summary', 'card_details', 'metadata',
    ])
    // Compact JSON, as Jackson writes it: no spaces between tokens.
    expect(text.startsWith('{"webhook_message_id":"abc123","created_date":"2026-03-05T14:04:22.512Z",')).toBe(true)
  })

  it('leaves out what is null at the top level, and what the API has but the message does not', () => {
    const created: PaymentRecord = { ...paid, status: 'CREATED', state: 'created', email: undefined, metadata: undefined, cardDetails: undefined, providerId: undefined, captureSubmitTime: undefined, capturedDate: undefined }
    delete created.email
    delete created.metadata
    const resource = webhookResource(created)
    expect(resource).not.toHaveProperty('email')
    expect(resource).not.toHaveProperty('metadata')
    expect(resource).not.toHaveProperty('card_details')
    for (const absent of ['_links', 'provider_id', 'card_brand', 'authorisation_mode', 'wallet_type']) expect(resource).not.toHaveProperty(absent)
    expect(resource.settlement_summary).toEqual({})
    expect(resource.refund_summary).toEqual({ status: 'pending', amount_available: 5000, amount_submitted: 0 })
  })

  it('keeps a card’s address as null when the service does not collect one', () => {
    const card = { ...paid.cardDetails!, billingAddress: null }
    expect((webhookResource({ ...paid, cardDetails: card }).card_details as Record<string, unknown>).billing_address).toBeNull()
  })
})

describe('webhookPaymentState: the ledger’s status word, looked up as pay-webhooks does', () => {
  it.each([
    ['CREATED', { status: 'created', finished: false }],
    ['ENTERING CARD DETAILS', { status: 'started', finished: false }],
    ['AUTHORISATION SUCCESS', { status: 'submitted', finished: false }],
    ['AWAITING CAPTURE REQUEST', { status: 'capturable', finished: false }],
    ['CAPTURE APPROVED', { status: 'success', finished: true }],
    ['AUTHORISATION REJECTED', { status: 'declined', finished: true, message: 'Payment method rejected', code: 'P0010' }],
    ['EXPIRED', { status: 'timedout', finished: true, message: 'Payment expired', code: 'P0020' }],
    ['USER CANCELLED', { status: 'cancelled', finished: true, message: 'Payment was cancelled by the user', code: 'P0030' }],
    // The quirk: the service's cancel reads as the user's, because the ledger says `cancelled` for both.
    ['SYSTEM CANCELLED', { status: 'cancelled', finished: true, message: 'Payment was cancelled by the user', code: 'P0030' }],
    ['AUTHORISATION ERROR', { status: 'error', finished: true, message: 'Payment provider returned an error', code: 'P0050' }],
  ] as const)('%s', (status, state) => {
    expect(webhookPaymentState(status)).toEqual(state)
    expect(Object.keys(webhookPaymentState(status))).toEqual(Object.keys(state))
  })
})
