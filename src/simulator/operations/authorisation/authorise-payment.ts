// POST /v1/auth: send the card details of a moto_api payment (pay-publicapi's AuthorisationResource
// and AuthorisationRequestExceptionMapper; connector's CardResource.authorise, TokenService and
// MotoApiCardNumberValidationService). The only operation answered without an API key.
import { defineOperation } from '../operation.ts'
import type { Schema, Tag } from '../openapi/types.ts'
import { AUTHORISE_PAYMENT_ERRORS } from './authorise-payment-errors.ts'

const TAG: Tag = {
  name: 'Authorise card payments',
  description: 'Send the card details of a payment created with authorisation_mode moto_api, instead of your user using the payment pages.',
}

const text = (description: string, extra: Partial<Schema> = {}): Schema => ({ type: 'string', description, ...extra })

export const authorisePayment = defineOperation({
  id: 'authorisePayment',
  method: 'POST',
  path: '/v1/auth',
  tag: TAG,
  summary: 'Authorise a MOTO payment',
  description:
    'Authorises a payment created with `authorisation_mode: moto_api`, with card details your staff took over the phone or by post. Send them with the `one_time_token` from the payment’s `_links.auth_url_post`. On success (204) the payment is captured at once (or waits as capturable with delayed capture).',
  notes: [
    'No API key: the one_time_token says which payment this is. A key sent anyway is ignored.',
    'Needs the card authorisation API, which a new test account does not have (creating a moto_api payment gives P0195 until it is switched on in the admin site).',
    'The token is used up by the first request that passes the checks of its values, whatever happens next; get the payment again for a new one.',
    'The sandbox cards decide the outcome as on the payment pages. A card refused before authorisation (402) fails the payment too.',
    'A body that is not JSON gets the framework’s 500 {"code":500,"message":"There was an error processing your request. It has been logged (ID …)."}, as the real API gives.',
  ],
  rateBucket: 'other-post',
  auth: 'none',
  body: {
    schema: {
      type: 'object',
      required: ['one_time_token', 'card_number', 'cvc', 'expiry_date', 'cardholder_name'],
      properties: {
        one_time_token: text('From the payment’s _links.auth_url_post.params.'),
        card_number: text('The full card number, digits only.', { minLength: 12, maxLength: 19 }),
        cvc: text('The card security code.', { minLength: 3, maxLength: 4 }),
        expiry_date: text('MM/YY, not in the past.', { minLength: 5, maxLength: 5 }),
        cardholder_name: text('The name on the card.', { maxLength: 255 }),
      },
    },
    examples: {
      card: {
        summary: 'A sandbox card that is authorised (use the token of your own moto_api payment)',
        value: { one_time_token: '12345-edsfr-6789-gtyu', card_number: '4242424242424242', cvc: '123', expiry_date: '09/29', cardholder_name: 'J. Citizen' },
      },
    },
  },
  responses: { '204': { description: 'Authorised. No body.' } },
  errors: AUTHORISE_PAYMENT_ERRORS,
})
