// POST /v1/agreements: create an agreement for recurring payments (facts: pay-publicapi's
// AgreementsApiResource, RequestJsonParser.parseAgreementRequest and CreateAgreementRequest;
// connector's AgreementService).
import { downstreamError, RECURRING_DISABLED, unparseableJson } from '../errors/shared.ts'
import { defineOperation } from '../operation.ts'
import { json } from '../openapi/content.ts'
import { ref } from '../openapi/schema-parts.ts'
import { AGREEMENT_EXAMPLE, AGREEMENT_SCHEMAS, AGREEMENTS, CREATE_AGREEMENT_EXAMPLES } from './agreement-schemas.ts'

export const createAgreement = defineOperation({
  id: 'createAgreement',
  method: 'POST',
  path: '/v1/agreements',
  tag: AGREEMENTS,
  summary: 'Create an agreement',
  description:
    'Creates an agreement for recurring payments, in status `created`. Set it up by taking a first payment with `set_up_agreement` set to its `agreement_id`: once your user has paid, their card is saved and the agreement is `active`.',
  notes: [
    'Needs recurring card payments, which a new test account does not have: switch them on in the admin site’s settings. Without them the answer is 422 P0942, after the body has been checked.',
    '`status` comes back in lower case (`created`), although the documentation shows `CREATED`.',
    'The 201 has no Location header, as in the real API.',
    'Lengths are checked after the JSON is read, with the payment code P0102 (422): more than 255 characters, or an empty user_identifier.',
  ],
  rateBucket: 'other-post',
  auth: 'api-key',
  body: { schema: ref('CreateAgreementRequest'), examples: CREATE_AGREEMENT_EXAMPLES },
  schemas: AGREEMENT_SCHEMAS,
  responses: {
    '201': { description: 'Created. The agreement starts as created, without a payment instrument.', content: json('Agreement', AGREEMENT_EXAMPLE) },
  },
  errors: [
    {
      code: 'P2101',
      meaning: 'reference or description is missing, null, empty or only spaces.',
      variants: [{ status: 400, description: 'Missing mandatory attribute: {field}', fields: ['reference', 'description'], cause: 'The field is missing, null, or empty or only spaces.' }],
    },
    {
      code: 'P2102',
      meaning: 'A field is not text, or has characters the API refuses.',
      variants: [
        {
          status: 400,
          description: 'Invalid attribute value: {field}. Must be a valid string format',
          fields: ['reference', 'description'],
          cause: 'The value is not text, or contains <, > or |.',
        },
        {
          status: 400,
          description: 'Invalid attribute value: {field}. Field must be a string',
          fields: ['user_identifier'],
          cause: 'user_identifier is a number, true or false, an object or a list (null is taken as no identifier).',
        },
      ],
    },
    {
      code: 'P0102',
      meaning: 'A field is too long (or user_identifier is empty). The code is the payment one, as in the real API.',
      variants: [
        {
          status: 422,
          description: 'Invalid attribute value: {field}. Must be less than or equal to 255 characters length',
          fields: ['reference', 'description', 'user_identifier'],
          cause: 'The text is longer than 255 characters, or user_identifier is an empty string.',
        },
      ],
    },
    {
      ...RECURRING_DISABLED,
      variants: RECURRING_DISABLED.variants.map((variant) => ({
        ...variant,
        cause: 'The service does not take recurring card payments (the setting in the admin site is off, as on a new test account).',
      })),
    },
    unparseableJson('P2197'),
    downstreamError('P2198'),
  ],
})
