// The body of POST /v1/auth, checked as the real API checks it: pay-publicapi reads each field as
// text in the order the JSON has them (StringDeserializer: 422 "Must be of type String"), then bean
// validation of AuthorisationRequest (422 with the field: missing, or the wrong length), then
// connector's MotoApiAuthoriseRequest.validate() (422 with connector's words and no field).
import { invalidAttribute, missingAttribute, PayApiError } from '../model/errors.ts'
import { isJavaBlank } from './create-payment-request.ts'
import type { JsonNode } from './json/json-node.ts'

export interface MotoCard {
  oneTimeToken: string
  cardNumber: string
  cvc: string
  expiryDate: string
  cardholderName: string
}

const FIELDS = ['one_time_token', 'card_number', 'cvc', 'expiry_date', 'cardholder_name'] as const
type FieldName = (typeof FIELDS)[number]

/** Thrown for a body that is JSON but not an object, which the real API fails on with its framework's 500. */
export class NotAnObjectError extends Error {
  override name = 'NotAnObjectError'
}

function readText(root: JsonNode): Partial<Record<FieldName, string>> {
  if (root.kind !== 'object') throw new NotAnObjectError('The body is not a JSON object')
  const values: Partial<Record<FieldName, string>> = {}
  for (const [name, node] of root.fields) {
    if (!(FIELDS as readonly string[]).includes(name) || node.kind === 'null') continue
    if (node.kind !== 'string') throw invalidAttribute(422, 'P0102', name, 'Must be of type String')
    values[name as FieldName] = node.value
  }
  return values
}

const tooLongOrShort = (field: string, message: string) => invalidAttribute(422, 'P0102', field, message)

function beanValidation(values: Partial<Record<FieldName, string>>): MotoCard {
  const { one_time_token: token, card_number: number, cvc, expiry_date: expiry, cardholder_name: name } = values
  if (token === undefined || isJavaBlank(token)) throw missingAttribute(422, 'P0101', 'one_time_token')
  if (number === undefined) throw missingAttribute(422, 'P0101', 'card_number')
  if (number.length < 12 || number.length > 19) throw tooLongOrShort('card_number', 'Must be between 12 and 19 characters long')
  if (cvc === undefined) throw missingAttribute(422, 'P0101', 'cvc')
  if (cvc.length < 3 || cvc.length > 4) throw tooLongOrShort('cvc', 'Must be between 3 and 4 characters long')
  if (expiry === undefined) throw missingAttribute(422, 'P0101', 'expiry_date')
  if (expiry.length !== 5) throw tooLongOrShort('expiry_date', 'Must be a valid date with the format MM/YY')
  if (name === undefined || isJavaBlank(name)) throw missingAttribute(422, 'P0101', 'cardholder_name')
  if (name.length > 255) throw tooLongOrShort('cardholder_name', 'Must be less than or equal to 255 characters long')
  return { oneTimeToken: token, cardNumber: number, cvc, expiryDate: expiry, cardholderName: name }
}

/** connector's message for a bad value, passed on by publicapi without a field. */
const connectorInvalid = (field: string, message: string) => new PayApiError(422, 'P0102', `Invalid attribute value: ${field}. ${message}`)

/**
 * connector's checks of the values. An expiry month counts as in the future until it has passed
 * 12 hours behind UTC (connector allows for card holders far west of UTC).
 */
function connectorValidation(card: MotoCard, now: number): void {
  if (!/^\d{12,19}$/.test(card.cardNumber)) throw connectorInvalid('card_number', 'Must be a valid card number')
  if (!/^\d{3,4}$/.test(card.cvc)) throw connectorInvalid('cvc', 'Must contain numbers only')
  const match = /^(0[1-9]|1[0-2])\/(\d\d)$/.exec(card.expiryDate)
  if (!match) throw connectorInvalid('expiry_date', 'Must be a valid date with the format MM/YY')
  const behind = new Date(now - 12 * 60 * 60_000)
  const expires = (2000 + Number(match[2])) * 12 + Number(match[1]) - 1
  if (expires < behind.getUTCFullYear() * 12 + behind.getUTCMonth()) throw connectorInvalid('expiry_date', 'Must be a valid date in the future')
}

/** The card details of a POST /v1/auth body, every check passed; `now` is the simulator clock. */
export function parseMotoCard(root: JsonNode, now: number): MotoCard {
  const card = beanValidation(readText(root))
  connectorValidation(card, now)
  return card
}
