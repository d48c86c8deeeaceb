// Error codes of the card payment endpoints: create, search, get, events, cancel and capture.
import { downstream, notFound, SEARCH_HINT, SUPPORT, type ErrorCode } from './error-code-types.ts'

export const PAYMENT_ERROR_CODES: readonly ErrorCode[] = [
  {
    code: 'P0101',
    meaning: 'A field the request must have is missing, null or blank. `field` names it (except for return_url).',
    operations: ['createPayment'],
    examples: [
      {
        status: 400,
        body: { field: 'amount', code: 'P0101', description: 'Missing mandatory attribute: amount' },
        when: 'amount, reference or description is missing, null or blank.',
      },
      {
        status: 400,
        body: { code: 'P0101', description: 'Missing mandatory attribute: return_url' },
        when: 'A web payment has no return_url. This body has no `field`.',
      },
    ],
  },
  {
    code: 'P0102',
    meaning:
      'A value is the wrong type, too long, out of range or not one of the allowed values. `field` (or `header`) says which; the description says what is wrong. Type errors are 400, range and length errors are 422.',
    operations: ['createPayment'],
    examples: [
      {
        status: 400,
        body: { field: 'amount', code: 'P0102', description: 'Invalid attribute value: amount. Must be a valid numeric format' },
        when: 'amount is not a whole number (100.0 and "100" both count as not whole numbers).',
      },
      {
        status: 400,
        body: { field: 'reference', code: 'P0102', description: 'Invalid attribute value: reference. Must be a valid string format' },
        when: 'reference or description is not a string, or contains <, > or |.',
      },
      {
        status: 422,
        body: { field: 'amount', code: 'P0102', description: 'Invalid attribute value: amount. Must be less than or equal to 10000000' },
        when: 'amount is more than 10000000 pence (£100,000).',
      },
      {
        status: 422,
        body: { field: 'return_url', code: 'P0102', description: 'Invalid attribute value: return_url. Must be a valid URL format' },
        when: 'return_url is not an http or https URL with a real top-level domain (or a local host name).',
      },
      {
        status: 422,
        body: { field: 'language', code: 'P0102', description: 'Invalid attribute value: language. Must be "en" or "cy"' },
        when: 'language is a string other than "en" or "cy".',
      },
      {
        status: 422,
        body: {
          header: 'Idempotency-Key',
          code: 'P0102',
          description: 'Header [Idempotency-Key] can only contain alphanumeric characters and hyphens',
        },
        when: 'The Idempotency-Key header has characters other than letters, digits and hyphens, or is longer than 255.',
      },
    ],
  },
  {
    code: 'P0104',
    meaning: 'The request has a field that is not allowed in this combination, for example agreement_id without authorisation_mode "agreement".',
    operations: ['createPayment'],
    examples: [
      {
        status: 400,
        body: { code: 'P0104', description: 'Unexpected attribute: agreement_id' },
        when: 'agreement_id is sent for a payment that is not an agreement payment.',
      },
    ],
  },
  {
    code: 'P0195',
    meaning: 'authorisation_mode "moto_api" needs the card authorisation API, which sandbox services in the playground do not have.',
    operations: ['createPayment'],
    examples: [
      {
        status: 422,
        body: { code: 'P0195', description: 'Using authorisation_mode of moto_api is not allowed for this account' },
        when: 'authorisation_mode is "moto_api".',
      },
    ],
  },
  {
    code: 'P0196',
    meaning: 'moto: true needs MOTO payments switched on for the service, which a new test account does not have.',
    operations: ['createPayment'],
    examples: [
      {
        status: 422,
        body: {
          code: 'P0196',
          description: `MOTO payments are not enabled for this account. Please contact support if you would like to process MOTO payments - ${SUPPORT} .`,
        },
        when: 'moto is true.',
      },
    ],
  },
  {
    code: 'P0197',
    meaning: 'The body is not valid JSON. Check quotes, commas and brackets.',
    operations: ['createPayment'],
    examples: [{ status: 400, body: { code: 'P0197', description: 'Unable to parse JSON' }, when: 'The body cannot be parsed.' }],
  },
  downstream('P0198', 'createPayment'),
  {
    code: 'P0199',
    meaning: 'The service the key belongs to could not be found. In the playground this means the service was deleted while the key was in use.',
    operations: ['createPayment'],
    examples: [
      {
        status: 500,
        body: { code: 'P0199', description: `There is an error with this account. Contact support with your error code - ${SUPPORT} .` },
        when: 'The account behind the key is missing.',
      },
    ],
  },
  {
    code: 'P0942',
    meaning: 'Recurring card payments (agreements, set_up_agreement, authorisation_mode "agreement") are not available to playground services.',
    operations: ['createPayment'],
    examples: [
      {
        status: 422,
        body: { code: 'P0942', description: `Recurring card payments are currently disabled for this service. Contact support with your error code - ${SUPPORT}` },
        when: 'The request asks for an agreement payment or to set one up.',
      },
    ],
  },
  notFound('P0200', 'getPayment', 'payment'),
  downstream('P0298', 'getPayment'),
  notFound('P0300', 'getPaymentEvents', 'payment'),
  downstream('P0398', 'getPaymentEvents'),
  {
    code: 'P0401',
    meaning: `One or more query parameters are not in the right format. The description lists every bad one, in the order they are checked. Note that "capturable" cannot be searched for.`,
    operations: ['searchPayments'],
    examples: [
      {
        status: 422,
        body: { code: 'P0401', description: `Invalid parameters: state, from_date. ${SEARCH_HINT}` },
        when: 'state is not a searchable status and from_date is not an ISO 8601 date and time.',
      },
    ],
  },
  {
    code: 'P0402',
    meaning: 'page is beyond the last page of results. A search with no results at all still answers 200.',
    operations: ['searchPayments'],
    examples: [{ status: 404, body: { code: 'P0402', description: 'Page not found' }, when: 'page is more than the number of pages.' }],
  },
  downstream('P0498', 'searchPayments'),
  notFound('P0500', 'cancelPayment', 'payment'),
  {
    code: 'P0501',
    meaning: 'Only a payment that is not finished (created, started, submitted or capturable) can be cancelled.',
    operations: ['cancelPayment'],
    examples: [
      { status: 400, body: { code: 'P0501', description: 'Cancellation of payment failed' }, when: 'The payment is already finished.' },
    ],
  },
  downstream('P0598', 'cancelPayment'),
  notFound('P1000', 'capturePayment', 'payment'),
  {
    code: 'P1003',
    meaning: 'Only a capturable payment (one made with delayed_capture: true and confirmed by the user) can be captured. Capturing one that is already captured succeeds again.',
    operations: ['capturePayment'],
    examples: [{ status: 409, body: { code: 'P1003', description: 'Payment cannot be captured' }, when: 'The payment is not capturable.' }],
  },
  downstream('P1098', 'capturePayment'),
]
