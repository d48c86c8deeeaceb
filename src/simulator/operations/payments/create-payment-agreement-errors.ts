// The cases of creating a payment that come from recurring payments (connector's
// ChargeService.checkAgreementOptions and the agreement look-up, mapped by pay-publicapi's
// CreateChargeExceptionMapper), and the reused Idempotency-Key of an agreement payment.
import type { ErrorCodeSpec, ErrorVariant } from '../operation.ts'

/** Connector's missing agreement_id: no `field` in the body, unlike the parser's blank one. */
export const AGREEMENT_ID_MISSING: ErrorVariant = {
  status: 400,
  description: 'Missing mandatory attribute: agreement_id',
  cause: 'authorisation_mode is "agreement" but there is no agreement_id. This body has no `field`.',
  name: 'agreement-id-missing',
}

export const AGREEMENT_P0102: readonly ErrorVariant[] = [
  {
    status: 400,
    description: 'Invalid attribute value: {field}. Agreement does not exist',
    fields: ['agreement_id'],
    cause: 'The agreement in agreement_id or set_up_agreement is not one of this service’s agreements. The body names agreement_id either way.',
    name: 'agreement-unknown',
  },
  {
    status: 400,
    description: 'Invalid attribute value: {field}. Agreement must be active',
    fields: ['agreement_id'],
    cause: 'The agreement has no active card: it was never set up, was cancelled, or became inactive after a declined payment.',
    name: 'agreement-inactive',
  },
]

const unexpected = (field: string, cause: string): ErrorVariant => ({ status: 400, description: `Unexpected attribute: ${field}`, cause })

export const AGREEMENT_P0104: readonly ErrorVariant[] = [
  unexpected('set_up_agreement', 'set_up_agreement is sent with authorisation_mode "agreement" or "moto_api": only a web payment can set an agreement up.'),
  unexpected('moto', 'moto is true on an agreement payment.'),
  unexpected('email', 'email is sent with authorisation_mode "agreement": nobody is there to receive a confirmation.'),
  unexpected('prefilled_cardholder_details', 'prefilled_cardholder_details is sent with authorisation_mode "agreement": the saved card is used.'),
]

export const P0191: ErrorCodeSpec = {
  code: 'P0191',
  meaning:
    'The Idempotency-Key was used in the last 24 hours for an agreement payment with a different body. Send the same body to get that payment back (200), or use a new key.',
  variants: [
    {
      status: 409,
      description: 'The `Idempotency-Key` you sent in the request header has already been used to create a payment.',
      cause: 'An agreement payment was created with this Idempotency-Key less than 24 hours ago, from a request with other values.',
    },
  ],
}
