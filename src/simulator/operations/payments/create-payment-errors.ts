// Every error creating a payment can answer with, in the order the real service checks: reading
// the JSON (400s), lengths and ranges (422s), the Idempotency-Key header, then the account.
import type { ErrorCodeSpec, ErrorVariant } from '../operation.ts'
import { ACCOUNT_ERROR, downstreamError, RECURRING_DISABLED, SUPPORT_URL, unparseableJson } from '../errors/shared.ts'
import { AGREEMENT_ID_MISSING, AGREEMENT_P0102, AGREEMENT_P0104, P0191 } from './create-payment-agreement-errors.ts'

const invalid = (status: number, fields: readonly string[], rule: string, cause: string, name?: string): ErrorVariant => ({
  status,
  description: `Invalid attribute value: {field}. ${rule}`,
  fields,
  cause,
  ...(name ? { name } : {}),
})

export const AMOUNT_DOCS_URL = 'https://docs.payments.service.gov.uk/making_payments/#amount'

const P0101: ErrorCodeSpec = {
  code: 'P0101',
  meaning: 'A field the request must have is missing, null or blank. `field` names it (except for return_url).',
  variants: [
    {
      status: 400,
      description: 'Missing mandatory attribute: {field}',
      fields: ['amount', 'reference', 'description', 'agreement_id'],
      cause: 'The field is missing, null, or (for text) empty or only spaces.',
    },
    {
      status: 400,
      description: 'Missing mandatory attribute: return_url',
      cause: 'A web payment has no return_url (or an empty one). This body has no `field`.',
    },
    AGREEMENT_ID_MISSING,
  ],
}

const P0102: ErrorCodeSpec = {
  code: 'P0102',
  meaning:
    'A value is the wrong type, too long, out of range or not one of the allowed values. `field` (or `header`) says which; the description says what is wrong. Type errors are 400, range and length errors are 422.',
  variants: [
    invalid(400, ['amount'], 'Must be a valid numeric format', 'amount is not a whole number: 100.0 and "100" both count as not whole numbers.'),
    invalid(400, ['reference', 'description', 'agreement_id'], 'Must be a valid string format', 'The value is not text, or (reference and description) contains <, > or |.'),
    invalid(400, ['return_url'], 'Must be a valid URL format', 'return_url is not text.'),
    invalid(400, ['moto', 'delayed_capture'], 'Must be true or false', 'The value is not the JSON true or false ("true" in quotes is text).'),
    invalid(400, ['authorisation_mode'], 'Must be one of web, moto_api, agreement', 'authorisation_mode is null, blank or not text.'),
    invalid(422, ['authorisation_mode'], 'Must be one of web, moto_api, agreement', 'authorisation_mode is text, but not web, moto_api or agreement.'),
    invalid(400, ['agreement_payment_type'], 'Must be one of instalment, recurring, unscheduled', 'agreement_payment_type is null, blank or not text.'),
    invalid(422, ['agreement_payment_type'], 'Must be one of instalment, recurring, unscheduled', 'agreement_payment_type is text, but not instalment, recurring or unscheduled.'),
    invalid(400, ['language'], 'Must be "en" or "cy"', 'language is null, blank or not text.'),
    invalid(422, ['language'], 'Must be "en" or "cy"', 'language is text other than "en" or "cy".'),
    invalid(400, ['email', 'cardholder_name', 'line1', 'line2', 'city', 'postcode', 'country'], 'Field must be a string', 'The email or a prefilled card holder detail is a number, true or false, an object or a list.'),
    invalid(400, ['source'], 'Accepted values are only CARD_PAYMENT_LINK, CARD_AGENT_INITIATED_MOTO', 'internal.source is not text, or is a source the API sets itself (CARD_API, CARD_EXTERNAL_TELEPHONE).'),
    invalid(422, ['source'], 'Accepted values are only CARD_PAYMENT_LINK, CARD_AGENT_INITIATED_MOTO', 'internal.source is text the API does not know.'),
    invalid(422, ['metadata'], 'Value must not be null', 'metadata is null.'),
    invalid(422, ['metadata'], 'Must be an object of JSON key-value pairs', 'metadata is not an object (a list, text or a number).'),
    {
      status: 422,
      description: 'Invalid attribute value: {field}. {problems}',
      fields: ['metadata'],
      example: { problems: 'Cannot have more than 15 key-value pairs' },
      cause:
        'metadata breaks its rules: more than 15 pairs, a key not 1 to 30 characters long, a value that is an object or a list, longer than 100 characters or null, or two keys that differ only in case. Every broken rule is listed.',
    },
    invalid(422, ['amount'], 'Must be greater than or equal to 1', 'amount is negative.'),
    invalid(422, ['amount'], `Must be greater than or equal to 1. Refer to ${AMOUNT_DOCS_URL}`, 'amount is 0: zero-amount payments need a setting that test accounts do not have.'),
    invalid(422, ['amount'], 'Must be less than or equal to 10000000', 'amount is more than 10000000 pence (£100,000).'),
    invalid(422, ['reference', 'description', 'cardholder_name', 'line1', 'line2', 'city'], 'Must be less than or equal to 255 characters length', 'The text is longer than 255 characters.'),
    invalid(422, ['email'], 'Must be less than or equal to 254 characters length', 'email is longer than 254 characters.'),
    invalid(422, ['return_url'], 'Must be less than or equal to 2000 characters length', 'return_url is longer than 2000 characters.'),
    invalid(422, ['postcode'], 'Must be less than or equal to 25 characters length', 'The prefilled postcode is longer than 25 characters.'),
    {
      status: 422,
      description: 'Invalid attribute value: {field}. Field [{field}] length must be 26',
      fields: ['set_up_agreement', 'agreement_id'],
      cause: 'An agreement ID is always 26 characters long; this one is not.',
    },
    invalid(422, ['return_url'], 'Must be a valid URL format', 'return_url is not an http or https URL with a real top-level domain (or a local host name such as localhost).'),
    {
      status: 422,
      description: 'Header [Idempotency-Key] can have a size between 1 and 255',
      header: 'Idempotency-Key',
      cause: 'The Idempotency-Key header is empty or longer than 255 characters.',
    },
    {
      status: 422,
      description: 'Header [Idempotency-Key] can only contain alphanumeric characters and hyphens',
      header: 'Idempotency-Key',
      cause: 'The Idempotency-Key header has characters other than letters, digits and hyphens.',
    },
    ...AGREEMENT_P0102,
  ],
}

const P0104: ErrorCodeSpec = {
  code: 'P0104',
  meaning: 'The request has a field that is not allowed in this combination.',
  variants: [
    { status: 400, description: 'Unexpected attribute: agreement_id', cause: 'agreement_id is sent for a payment whose authorisation_mode is not "agreement".' },
    {
      status: 400,
      description: 'Unexpected attribute: agreement_payment_type',
      cause: 'agreement_payment_type is sent without set_up_agreement and without authorisation_mode "agreement".',
    },
    {
      status: 400,
      description: 'Unexpected attribute: return_url',
      cause: 'return_url is sent with authorisation_mode "moto_api" or "agreement": nobody returns from a payment taken without the hosted pages. This is checked before the account allows the mode.',
    },
    ...AGREEMENT_P0104,
  ],
}

const P0195: ErrorCodeSpec = {
  code: 'P0195',
  meaning: 'authorisation_mode "moto_api" needs the card authorisation API, which a new test account does not have.',
  variants: [
    {
      status: 422,
      description: 'Using authorisation_mode of moto_api is not allowed for this account',
      cause: 'authorisation_mode is "moto_api" on a service without the authorisation API.',
    },
  ],
}

const P0196: ErrorCodeSpec = {
  code: 'P0196',
  meaning: 'moto: true needs MOTO payments switched on for the service, which a new test account does not have.',
  variants: [
    {
      status: 422,
      description: `MOTO payments are not enabled for this account. Please contact support if you would like to process MOTO payments - ${SUPPORT_URL} .`,
      cause: 'moto is true on a service without MOTO payments (Settings in the admin site).',
    },
  ],
}

const P0920_LIVE: ErrorCodeSpec = {
  code: 'P0920',
  meaning: 'Live accounts only. The playground, like every test account, accepts http return URLs.',
  variants: [
    {
      status: 422,
      description: 'Invalid attribute value: {field}. Must begin with https:// for a live gateway account',
      fields: ['return_url'],
      cause: 'Live accounts only: return_url does not start with https://. Test accounts, and so the playground, accept http.',
      liveOnly: true,
    },
  ],
}

export const CREATE_PAYMENT_ERRORS: readonly ErrorCodeSpec[] = [
  P0101,
  P0102,
  P0104,
  P0195,
  P0196,
  unparseableJson('P0197'),
  downstreamError('P0198'),
  ACCOUNT_ERROR,
  RECURRING_DISABLED,
  P0191,
  P0920_LIVE,
]
