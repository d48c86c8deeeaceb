// The building blocks of the API's bodies: links, a payment's state, card details, summaries and
// the fields every payment has. schemas.ts assembles them into the named schemas.
import type { Schema } from './types.ts'

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })

export const ID_PATTERN = '^[0-9a-v]{26}$'
export const dateTime = (description: string): Schema => ({ type: 'string', format: 'date-time', readOnly: true, description })

export const link: Schema = {
  type: 'object',
  description: 'A link to a related resource, with the HTTP method to use.',
  required: ['href', 'method'],
  properties: {
    href: { type: 'string', format: 'uri', example: 'https://publicapi.payments.service.gov.uk/v1/payments/hu20sqlact5260q2nanm0q8u93' },
    method: { type: 'string', enum: ['GET', 'POST'] },
  },
}

export const searchLink: Schema = {
  type: 'object',
  description: 'A pagination link. Unlike other links it has no `method` (always GET), as in the real API.',
  properties: { href: { type: 'string', format: 'uri' } },
}

export const state: Schema = {
  type: 'object',
  description:
    'Where the payment is in its lifecycle. `code` and `message` appear only once it has failed, been cancelled or hit an error.',
  required: ['status', 'finished'],
  properties: {
    status: { type: 'string', enum: ['created', 'started', 'submitted', 'capturable', 'success', 'failed', 'cancelled', 'error'] },
    finished: { type: 'boolean', description: 'true once the status can no longer change.' },
    code: { type: 'string', enum: ['P0010', 'P0020', 'P0030', 'P0040', 'P0050'] },
    can_retry: {
      type: 'boolean',
      description: 'Agreement payments only, once declined: whether you may take another payment with the agreement (false in the sandbox, and the agreement becomes inactive).',
    },
    message: {
      type: 'string',
      enum: [
        'Payment method rejected',
        'Payment expired',
        'Payment was cancelled by the user',
        'Payment was cancelled by the service',
        'Payment provider returned an error',
      ],
    },
  },
}

export const billingAddress: Schema = {
  type: 'object',
  properties: {
    line1: { type: 'string', maxLength: 255 },
    line2: { type: 'string', maxLength: 255 },
    postcode: { type: 'string', maxLength: 25 },
    city: { type: 'string', maxLength: 255 },
    country: { type: 'string', description: 'Two-letter country code, e.g. GB.' },
  },
}

export const cardDetails: Schema = {
  type: 'object',
  description:
    'What is known about the card. Once the object exists every key is present, with null for what is unknown. It appears when the user has entered card details, or earlier when prefilled_cardholder_details were sent.',
  properties: {
    last_digits_card_number: { type: 'string', nullable: true, example: '1111' },
    first_digits_card_number: { type: 'string', nullable: true, example: '444433' },
    cardholder_name: { type: 'string', nullable: true },
    expiry_date: { type: 'string', nullable: true, description: 'MM/YY', example: '04/30' },
    billing_address: { ...billingAddress, nullable: true },
    card_brand: { type: 'string', description: 'Brand label, e.g. Visa, Mastercard, American Express. Empty when unknown.' },
    card_type: { type: 'string', nullable: true, enum: ['credit', 'debit'] },
    wallet_type: { type: 'string', nullable: true, enum: ['Apple Pay', 'Google Pay'], description: 'Always null in the playground.' },
  },
}

export const refundSummary: Schema = {
  type: 'object',
  required: ['status', 'amount_available', 'amount_submitted'],
  properties: {
    status: {
      type: 'string',
      enum: ['pending', 'available', 'full', 'unavailable'],
      description:
        'pending: not yet captured; available: can be refunded; full: nothing left to refund; unavailable: failed, cancelled, errored or waiting for capture.',
    },
    amount_available: { type: 'integer', description: 'Pence that can still be refunded.' },
    amount_submitted: { type: 'integer', description: 'Pence refunded so far (refunds that succeeded or are in progress).' },
  },
}

export const settlementSummary: Schema = {
  type: 'object',
  description: 'Empty until the payment is captured.',
  properties: {
    capture_submit_time: dateTime('When capture was submitted to the payment provider.'),
    captured_date: { type: 'string', format: 'date', description: 'The day the payment was captured (YYYY-MM-DD).' },
  },
}

export const metadata: Schema = {
  type: 'object',
  description:
    'Your own key-value pairs for reconciliation. The real service, and so the playground, allows up to 15 pairs, keys of 1 to 30 characters and values up to 100 characters (the published documentation says 10 and 50). Values may be strings, numbers or booleans.',
  maxProperties: 15,
  additionalProperties: {
    oneOf: [{ type: 'string', maxLength: 100 }, { type: 'number' }, { type: 'boolean' }],
  },
  example: { ledger_code: 'AB100', internal_reference_number: 200 },
}

export const paymentProperties: Record<string, Schema> = {
  amount: { type: 'integer', description: 'Amount in pence.', example: 14500 },
  description: { type: 'string' },
  reference: { type: 'string' },
  language: { type: 'string', enum: ['en', 'cy'] },
  metadata,
  email: { type: 'string', description: 'Present only if known.' },
  state: ref('PaymentState'),
  payment_id: { type: 'string', pattern: ID_PATTERN, example: 'hu20sqlact5260q2nanm0q8u93' },
  payment_provider: { type: 'string', example: 'sandbox' },
  created_date: dateTime('When the payment was created, with milliseconds, in UTC.'),
  refund_summary: ref('RefundSummary'),
  settlement_summary: ref('SettlementSummary'),
  card_details: ref('CardDetails'),
  delayed_capture: { type: 'boolean' },
  moto: { type: 'boolean' },
  corporate_card_surcharge: { type: 'integer', description: 'The corporate card fee in pence, only when one was added.' },
  total_amount: { type: 'integer', description: 'amount plus corporate_card_surcharge, only when a fee was added.' },
  return_url: { type: 'string', format: 'uri', description: 'Absent for moto_api and agreement payments.' },
  agreement_id: { type: 'string', pattern: ID_PATTERN, description: 'The agreement the payment sets up or is taken with. Not in search results.' },
  authorisation_mode: { type: 'string', enum: ['web', 'moto_api', 'agreement', 'external'] },
  agreement_payment_type: { type: 'string', enum: ['instalment', 'recurring', 'unscheduled'] },
  provider_id: { type: 'string', description: 'The payment provider’s reference, once the card is authorised.' },
  card_brand: { type: 'string', deprecated: true, description: 'Use card_details.card_brand.' },
}

export const paymentLinks: Schema = {
  type: 'object',
  description:
    'Where to go next. next_url is the page to send your user to; cancel appears while the payment is unfinished; capture only while it is capturable.',
  properties: {
    self: ref('Link'),
    next_url: ref('Link'),
    next_url_post: ref('PostLink'),
    auth_url_post: { ...ref('PostLink'), description: 'moto_api payments only, instead of next_url: POST the card details here with its one_time_token.' },
    events: ref('Link'),
    refunds: ref('Link'),
    cancel: ref('Link'),
    capture: ref('Link'),
  },
}

