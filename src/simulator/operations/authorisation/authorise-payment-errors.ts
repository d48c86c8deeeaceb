// Every error POST /v1/auth answers with: pay-publicapi's bean validation of AuthorisationRequest
// (422, with the field), connector's checks of the values (422 without a field: publicapi passes
// connector's message on), the one-time token (400), the card (402) and the provider (500).
import type { ErrorCodeSpec, ErrorVariant } from '../operation.ts'

const FIELDS = ['one_time_token', 'card_number', 'cvc', 'expiry_date', 'cardholder_name'] as const

const beanRule = (fields: readonly string[], rule: string, cause: string): ErrorVariant => ({
  status: 422,
  description: `Invalid attribute value: {field}. ${rule}`,
  fields,
  cause,
})

const connectorRule = (field: string, rule: string, cause: string, name: string): ErrorVariant => ({
  status: 422,
  description: `Invalid attribute value: ${field}. ${rule}`,
  cause: `${cause} This body has no \`field\`.`,
  name,
})

const rejected = (description: string, cause: string, name: string): ErrorVariant => ({ status: 402, description, cause, name })

export const AUTHORISE_PAYMENT_ERRORS: readonly ErrorCodeSpec[] = [
  {
    code: 'P0101',
    meaning: 'A field the request must have is missing or null (or, for the token and the name, blank).',
    variants: [{ status: 422, description: 'Missing mandatory attribute: {field}', fields: FIELDS, cause: 'The field is missing or null; one_time_token or cardholder_name is empty or only spaces.' }],
  },
  {
    code: 'P0102',
    meaning: 'A value is not text, the wrong length, or not what a card has. Checks of the form come first (with `field`), then of the values (without).',
    variants: [
      beanRule(FIELDS, 'Must be of type String', 'The value is a number, true or false, an object or a list: every field must be text.'),
      beanRule(['card_number'], 'Must be between 12 and 19 characters long', 'card_number is shorter than 12 or longer than 19 characters.'),
      beanRule(['cvc'], 'Must be between 3 and 4 characters long', 'cvc is shorter than 3 or longer than 4 characters.'),
      beanRule(['expiry_date'], 'Must be a valid date with the format MM/YY', 'expiry_date is not 5 characters long.'),
      beanRule(['cardholder_name'], 'Must be less than or equal to 255 characters long', 'cardholder_name is longer than 255 characters.'),
      connectorRule('card_number', 'Must be a valid card number', 'card_number has characters other than digits.', 'card-number-digits'),
      connectorRule('cvc', 'Must contain numbers only', 'cvc has characters other than digits.', 'cvc-digits'),
      connectorRule('expiry_date', 'Must be a valid date with the format MM/YY', 'expiry_date is 5 characters but not MM/YY with a month from 01 to 12.', 'expiry-format'),
      connectorRule('expiry_date', 'Must be a valid date in the future', 'expiry_date is a month that has passed (on the simulator clock).', 'expiry-past'),
    ],
  },
  {
    code: 'P1211',
    meaning: 'The one_time_token is not one the API issued for a moto_api payment.',
    variants: [
      { status: 400, description: 'The one_time_token is not valid', cause: 'The token was never issued (check you copied all of auth_url_post.params.one_time_token).', name: 'unknown' },
      {
        status: 400,
        description: 'The one_time_token is not a valid moto api token',
        cause: 'The token belongs to a payment that is not a moto_api payment: the token of a web payment’s next_url.',
        name: 'not-moto-api',
      },
    ],
  },
  {
    code: 'P1212',
    meaning: 'Each one_time_token works once. Get the payment again for a new auth_url_post, if the payment can still be authorised.',
    variants: [{ status: 400, description: 'The one_time_token has already been used', cause: 'The token was used by an earlier request, whatever that request’s outcome.' }],
  },
  {
    code: 'P0010',
    meaning: 'The card was refused: the payment has failed (P0010) and a new payment is needed.',
    variants: [
      rejected('The card_number is not a valid card number', 'The card number fails the Luhn check, or is not a card number the card-ID service knows.', 'invalid-card'),
      rejected('Prepaid cards are not accepted', 'The card is prepaid and the service blocks prepaid cards (admin site settings).', 'prepaid'),
      {
        ...rejected('The card type is not enabled: {type}', 'The service does not accept this brand, or this brand’s debit or credit cards (admin site, card types).', 'card-type'),
        example: { type: 'american-express credit' },
      },
      rejected('The payment was rejected', 'The sandbox declined the card: 4000000000000002, 4000000000000069 or 4000000000000127.', 'declined'),
    ],
  },
  {
    code: 'P0050',
    meaning: 'The payment provider failed to authorise the card: the payment has ended in error (P0050).',
    variants: [{ status: 500, description: 'There was an error authorising the payment', cause: 'The sandbox card 4000000000000119, or a valid card number the sandbox does not know.' }],
  },
  {
    code: 'P0198',
    role: 'downstream',
    meaning: 'Something behind the API failed, or refused the request with a message of its own, which the API passes on.',
    variants: [
      { status: 500, description: 'Downstream system error', cause: 'In the playground, only a fault injected from the simulator tools.' },
      {
        status: 500,
        description: 'Charge not in correct state to be processed, {paymentId}',
        example: { paymentId: 'hu20sqlact5260q2nanm0q8u93' },
        cause: 'The token is valid but its payment can no longer be authorised: it has been cancelled or has expired. The token is used up all the same.',
        name: 'wrong-state',
      },
    ],
  },
]
