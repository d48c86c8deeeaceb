// The bodies of the agreement operations (pay-publicapi's agreement/model): what creating one takes,
// an agreement as ledger keeps it, its payment instrument, and a page of search results.
import { dateTime, ID_PATTERN, ref } from '../openapi/schema-parts.ts'
import type { Example, Parameter, Schema, Tag } from '../openapi/types.ts'

export const AGREEMENTS: Tag = {
  name: 'Agreements',
  description: 'Recurring card payments: an agreement with your user to take later payments with the card they pay with first.',
}

const BASE = 'https://publicapi.payments.service.gov.uk'
export const AGREEMENT_ID = 'cgc1ocvh0pt9fqs0ma67r42l58'

export const agreementIdParameter: Parameter = {
  name: 'agreementId',
  in: 'path',
  required: true,
  description: 'The agreement_id from creating the agreement. An unknown ID gives 404.',
  schema: { type: 'string', pattern: ID_PATTERN, minLength: 26, maxLength: 26 },
  example: AGREEMENT_ID,
}

const text255 = (description: string): Schema => ({ type: 'string', minLength: 1, maxLength: 255, description })

export const AGREEMENT_SCHEMAS: Record<string, Schema> = {
  CreateAgreementRequest: {
    type: 'object',
    required: ['reference', 'description'],
    properties: {
      reference: text255('Your reference for the agreement. Not blank, no < > or |.'),
      description: text255('What the payments are for. The card page shows it to your user when they set the agreement up.'),
      user_identifier: text255('Your identifier for the user. Not unique; keep personal data out of it.'),
    },
  },
  Agreement: {
    type: 'object',
    description: 'Empty values are left out.',
    properties: {
      agreement_id: { type: 'string', pattern: ID_PATTERN },
      reference: { type: 'string' },
      description: { type: 'string' },
      status: { type: 'string', enum: ['created', 'active', 'cancelled', 'inactive'], description: 'Lower case, although the documentation shows capitals.' },
      created_date: dateTime('When the agreement was created.'),
      payment_instrument: ref('PaymentInstrument'),
      user_identifier: { type: 'string' },
      cancelled_date: dateTime('When the agreement was cancelled. Cleared when it is set up again.'),
    },
  },
  PaymentInstrument: {
    type: 'object',
    description: 'The card saved by the payment that set the agreement up: the newest one, once its payment was authorised.',
    properties: {
      card_details: ref('AgreementCardDetails'),
      created_date: dateTime('When the card was saved.'),
      type: { type: 'string', enum: ['card'] },
    },
  },
  AgreementCardDetails: {
    type: 'object',
    description: 'Always all seven keys, with null for what is not known.',
    properties: {
      last_digits_card_number: { type: 'string', nullable: true },
      first_digits_card_number: { type: 'string', nullable: true },
      cardholder_name: { type: 'string', nullable: true },
      expiry_date: { type: 'string', nullable: true, description: 'MM/YY' },
      billing_address: { ...ref('BillingAddress'), nullable: true },
      card_brand: { type: 'string', nullable: true },
      card_type: { type: 'string', enum: ['credit', 'debit'], nullable: true },
    },
  },
  AgreementSearchResults: {
    type: 'object',
    properties: {
      total: { type: 'integer' },
      count: { type: 'integer' },
      page: { type: 'integer' },
      results: { type: 'array', items: ref('Agreement') },
      _links: ref('SearchLinks'),
    },
  },
}

export const CREATE_AGREEMENT_EXAMPLES: Record<string, Example> = {
  agreement: {
    summary: 'An agreement',
    value: { reference: 'CT-22-23-0001', description: 'Dorset Council 2022/23 council tax subscription.', user_identifier: 'user-3fb81107-76b7-4910' },
  },
}

export const AGREEMENT_EXAMPLE = {
  agreement_id: AGREEMENT_ID,
  reference: 'CT-22-23-0001',
  description: 'Dorset Council 2022/23 council tax subscription.',
  status: 'created',
  created_date: '2026-01-15T14:33:00.000Z',
  user_identifier: 'user-3fb81107-76b7-4910',
}

export const ACTIVE_AGREEMENT_EXAMPLE = {
  ...AGREEMENT_EXAMPLE,
  status: 'active',
  payment_instrument: {
    card_details: {
      last_digits_card_number: '4242',
      first_digits_card_number: '424242',
      cardholder_name: 'Sherlock Holmes',
      expiry_date: '04/29',
      billing_address: { line1: '221 Baker Street', line2: 'Flat b', postcode: 'NW1 6XE', city: 'London', country: 'GB' },
      card_brand: 'Visa',
      card_type: 'credit',
    },
    created_date: '2026-01-15T14:40:12.000Z',
    type: 'card',
  },
}

const page1 = { href: `${BASE}/v1/agreements?page=1&display_size=20` }
export const AGREEMENT_SEARCH_EXAMPLE = {
  total: 1,
  count: 1,
  page: 1,
  results: [ACTIVE_AGREEMENT_EXAMPLE],
  _links: { self: page1, first_page: page1, last_page: page1 },
}
