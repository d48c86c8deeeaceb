// The shapes of request and response bodies, in our own words (facts: pay-api-contract.md §3–§8).
import {
  billingAddress,
  cardDetails,
  dateTime,
  ID_PATTERN,
  link,
  metadata,
  paymentLinks,
  paymentProperties,
  ref,
  refundSummary,
  searchLink,
  settlementSummary,
  state,
} from './schema-parts.ts'
import type { Schema } from './types.ts'

export { ref } from './schema-parts.ts'

export const SCHEMAS: Record<string, Schema> = {
  CreatePaymentRequest: {
    type: 'object',
    required: ['amount', 'reference', 'description', 'return_url'],
    properties: {
      amount: {
        type: 'integer',
        minimum: 1,
        maximum: 10_000_000,
        description: 'Amount in pence, a whole number from 1 to 10000000 (£100,000). 0 needs a setting test accounts do not have.',
        example: 14500,
      },
      reference: {
        type: 'string',
        maxLength: 255,
        pattern: '^[^<>|]*$',
        description: 'Your reference for the payment, shown to your user. No <, > or |.',
        example: '12345',
      },
      description: {
        type: 'string',
        maxLength: 255,
        pattern: '^[^<>|]*$',
        description: 'What the payment is for, shown to your user. No <, > or |.',
        example: 'Pay your council tax',
      },
      return_url: {
        type: 'string',
        format: 'uri',
        maxLength: 2000,
        description:
          'Where your user goes when they have finished on the payment pages. Test accounts (and the playground) accept http and https; live accounts only https.',
        example: 'https://your.service.gov.uk/completed',
      },
      language: { type: 'string', enum: ['en', 'cy'], default: 'en', description: 'Language of the payment pages.' },
      email: { type: 'string', maxLength: 254, description: 'Prefills the email field on the payment pages. Not checked for format.' },
      prefilled_cardholder_details: {
        type: 'object',
        description: 'Prefills the card page.',
        properties: {
          cardholder_name: { type: 'string', maxLength: 255 },
          billing_address: ref('BillingAddress'),
        },
      },
      delayed_capture: {
        type: 'boolean',
        default: false,
        description: 'If true, a confirmed payment waits as capturable until you capture it.',
      },
      moto: { type: 'boolean', default: false, description: 'Mail or telephone order. Refused (P0196) unless MOTO payments are on in the admin site’s settings.' },
      metadata,
      authorisation_mode: {
        type: 'string',
        enum: ['web', 'moto_api', 'agreement'],
        default: 'web',
        description:
          'web: your user pays on the hosted pages. moto_api: you send the card details to auth_url_post (needs the authorisation API, else P0195). agreement: taken with an agreement’s saved card, without the user (needs recurring payments, else P0942).',
      },
      set_up_agreement: {
        type: 'string',
        description: 'An agreement_id: the card your user pays with is saved to that agreement, which becomes active. Needs recurring payments (else P0942).',
      },
      agreement_id: { type: 'string', description: 'Only with authorisation_mode agreement: the active agreement whose card is used.' },
      agreement_payment_type: {
        type: 'string',
        enum: ['instalment', 'recurring', 'unscheduled'],
        description: 'Only with set_up_agreement or authorisation_mode agreement; recurring when not given.',
      },
    },
  },
  CreateRefundRequest: {
    type: 'object',
    required: ['amount'],
    properties: {
      amount: { type: 'integer', minimum: 1, maximum: 10_000_000, description: 'Pence to refund.', example: 2000 },
      refund_amount_available: {
        type: 'integer',
        description:
          'What you believe is left to refund (refund_summary.amount_available). If it is out of date the refund is refused with 412 P0604, so two people cannot refund the same money.',
      },
    },
  },
  Payment: {
    type: 'object',
    description: 'A payment, with every link that applies to it now.',
    properties: { ...paymentProperties, _links: paymentLinks },
  },
  PaymentForSearch: {
    type: 'object',
    description: 'A payment in search results. Its links never include next_url or next_url_post.',
    properties: {
      ...paymentProperties,
      _links: {
        type: 'object',
        properties: { self: ref('Link'), events: ref('Link'), refunds: ref('Link'), cancel: ref('Link'), capture: ref('Link') },
      },
    },
  },
  PaymentSearchResults: {
    type: 'object',
    properties: {
      total: { type: 'integer', description: 'How many payments match.' },
      count: { type: 'integer', description: 'How many are on this page.' },
      page: { type: 'integer' },
      results: { type: 'array', items: ref('PaymentForSearch') },
      _links: ref('SearchLinks'),
    },
  },
  PaymentEvents: {
    type: 'object',
    properties: {
      payment_id: { type: 'string' },
      events: {
        type: 'array',
        description:
          'The first time each status was reached, oldest first. Refund statuses (submitted, success) are mixed in as if they were payment states, as in the real API.',
        items: {
          type: 'object',
          properties: {
            payment_id: { type: 'string' },
            state: ref('PaymentState'),
            updated: dateTime('When the status was reached.'),
            _links: { type: 'object', properties: { payment_url: ref('Link') } },
          },
        },
      },
      _links: { type: 'object', properties: { self: ref('Link') } },
    },
  },
  Refund: {
    type: 'object',
    properties: {
      refund_id: { type: 'string', pattern: ID_PATTERN },
      created_date: dateTime('When the refund was made.'),
      amount: { type: 'integer', description: 'Pence.' },
      status: {
        type: 'string',
        enum: ['submitted', 'success', 'error'],
        description: 'Sandbox refunds succeed at once, so a new refund already shows success.',
      },
      settlement_summary: {
        type: 'object',
        description: 'Present when a refund is read back (empty: the sandbox never settles); absent from the answer to creating one.',
      },
      _links: { type: 'object', properties: { self: ref('Link'), payment: ref('Link') } },
    },
  },
  PaymentRefunds: {
    type: 'object',
    properties: {
      payment_id: { type: 'string' },
      _links: { type: 'object', properties: { self: ref('Link'), payment: ref('Link') } },
      _embedded: { type: 'object', properties: { refunds: { type: 'array', items: ref('Refund') } } },
    },
  },
  RefundSearchResults: {
    type: 'object',
    properties: {
      total: { type: 'integer' },
      count: { type: 'integer' },
      page: { type: 'integer' },
      results: { type: 'array', description: 'Each refund also carries payment_id.', items: ref('Refund') },
      _links: ref('SearchLinks'),
    },
  },
  SearchLinks: {
    type: 'object',
    description:
      'Pagination. prev_page is left out on the first page and next_page on the last; the refund search writes them as {} instead.',
    properties: {
      self: ref('SearchLink'),
      first_page: ref('SearchLink'),
      last_page: ref('SearchLink'),
      prev_page: ref('SearchLink'),
      next_page: ref('SearchLink'),
    },
  },
  PaymentState: state,
  RefundSummary: refundSummary,
  SettlementSummary: settlementSummary,
  CardDetails: cardDetails,
  BillingAddress: billingAddress,
  Link: link,
  SearchLink: searchLink,
  PostLink: {
    type: 'object',
    description:
      'A form post to the payment pages: send your user’s browser to href with a POST of params (application/x-www-form-urlencoded). The playground’s service worker takes the post, so it works from any site once this browser has opened the playground.',
    properties: {
      href: { type: 'string', format: 'uri' },
      method: { type: 'string', enum: ['POST'] },
      type: { type: 'string', example: 'application/x-www-form-urlencoded' },
      params: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
  RequestError: {
    type: 'object',
    description: 'An error. field or header names what was wrong, when there is one thing to name.',
    required: ['code', 'description'],
    properties: {
      field: { type: 'string' },
      header: { type: 'string' },
      code: { type: 'string', pattern: '^P\\d{4}$' },
      description: { type: 'string' },
    },
  },
  FrameworkError: {
    type: 'object',
    description: 'The web framework’s own error for an unknown path, a wrong method or an unsupported content type.',
    properties: { code: { type: 'integer', example: 404 }, message: { type: 'string', example: 'HTTP 404 Not Found' } },
  },
}
