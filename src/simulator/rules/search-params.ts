// Query-string validation for the searches (pay-api-contract.md §3.3, §8.4 and §9): every bad
// parameter is collected, in the real check order, into one 422. A blank parameter counts as absent.
import { invalidSearchParameters } from '../model/errors.ts'
import { SEARCHABLE_STATES } from '../model/payment-status.ts'
import { isLocalDate, parseZonedDateTime } from './zoned-date-time.ts'

export const DEFAULT_DISPLAY_SIZE = 500

export interface Paging {
  page: number
  displaySize: number
}

export interface PaymentSearchQuery extends Paging {
  state?: string
  reference?: string
  email?: string
  cardBrand?: string
  fromDate?: bigint
  toDate?: bigint
  firstDigits?: string
  lastDigits?: string
  cardholderName?: string
  fromSettledDate?: string
  toSettledDate?: string
  agreementId?: string
  /** the non-blank parameters as given, for the pagination links */
  given: Map<string, string>
}

export type RefundSearchQuery = Pick<PaymentSearchQuery, 'page' | 'displaySize' | 'fromDate' | 'toDate' | 'fromSettledDate' | 'toSettledDate' | 'given'>

export interface DisputeSearchQuery extends RefundSearchQuery {
  status?: string
}

/** Thrown by a check the way Java's Integer.valueOf throws on a number that overflows. */
class NumberOverflow extends Error {}

const INT_MAX = 2 ** 31 - 1

function javaInt(text: string): number {
  const value = Number(text)
  if (value > INT_MAX) throw new NumberOverflow()
  return value
}

export type Check = [name: string, isValid: (value: string) => boolean]

export const maxLength = (max: number) => (value: string) => value.length <= max
const digitsOfLength = (length: number) => (value: string) => new RegExp(`^\\d{${length}}$`).test(value)
const isDate = (value: string) => parseZonedDateTime(value) !== undefined
export const isPage = (value: string) => /^\d+$/.test(value) && javaInt(value) >= 1
export const isDisplaySize = (value: string) => /^\d+$/.test(value) && javaInt(value) >= 1 && javaInt(value) <= 500

const PAYMENT_CHECKS: Check[] = [
  ['state', (value) => SEARCHABLE_STATES.includes(value as never)],
  ['reference', maxLength(255)],
  ['email', maxLength(254)],
  ['card_brand', maxLength(20)],
  ['from_date', isDate],
  ['to_date', isDate],
  ['page', isPage],
  ['display_size', isDisplaySize],
  ['first_digits_card_number', digitsOfLength(6)],
  ['last_digits_card_number', digitsOfLength(4)],
  ['from_settled_date', isLocalDate],
  ['to_settled_date', isLocalDate],
]

const REFUND_CHECKS: Check[] = [
  ['from_date', isDate],
  ['to_date', isDate],
  ['from_settled_date', isLocalDate],
  ['to_settled_date', isLocalDate],
  ['page', isPage],
  ['display_size', isDisplaySize],
]

export const DISPUTE_STATUSES = ['needs_response', 'under_review', 'lost', 'won']

// The real validator calls the status parameter `state`, and so names it in the 422.
const DISPUTE_CHECKS: Check[] = [...REFUND_CHECKS, ['state', (value) => DISPUTE_STATUSES.includes(value)]]

// `cardholder_name` and `agreement_id` are passed on to the search back end without any check.
const KNOWN_PAYMENT_PARAMS = [...PAYMENT_CHECKS.map(([name]) => name), 'cardholder_name', 'agreement_id']

/** Java's Character.isWhitespace, which the real blank checks use (no-break spaces are not blank). */
// eslint-disable-next-line no-control-regex -- Java's whitespace includes these ASCII controls
const JAVA_BLANK = /^[\t\n\u000b\f\r\u001c-\u001f \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]*$/

export function nonBlank(params: URLSearchParams, names: string[]): Map<string, string> {
  const given = new Map<string, string>()
  for (const name of names) {
    const value = params.get(name)
    if (value !== null && !JAVA_BLANK.test(value)) given.set(name, value)
  }
  return given
}

export function validate(given: Map<string, string>, checks: Check[], code: string): void {
  const invalid: string[] = []
  try {
    for (const [name, isValid] of checks) {
      const value = given.get(name)
      if (value !== undefined && !isValid(value)) invalid.push(name)
    }
  } catch (error) {
    if (!(error instanceof NumberOverflow)) throw error
    throw invalidSearchParameters(code, invalid)
  }
  if (invalid.length > 0) throw invalidSearchParameters(code, invalid)
}

function paging(given: Map<string, string>): Paging {
  return {
    page: Number(given.get('page') ?? 1),
    displaySize: Number(given.get('display_size') ?? DEFAULT_DISPLAY_SIZE),
  }
}

function dateParam(given: Map<string, string>, name: string): bigint | undefined {
  const value = given.get(name)
  return value === undefined ? undefined : parseZonedDateTime(value)
}

export function parsePaymentSearch(params: URLSearchParams): PaymentSearchQuery {
  const given = nonBlank(params, KNOWN_PAYMENT_PARAMS)
  validate(given, PAYMENT_CHECKS, 'P0401')
  return {
    ...paging(given),
    state: given.get('state'),
    reference: given.get('reference'),
    email: given.get('email'),
    cardBrand: given.get('card_brand'),
    fromDate: dateParam(given, 'from_date'),
    toDate: dateParam(given, 'to_date'),
    firstDigits: given.get('first_digits_card_number'),
    lastDigits: given.get('last_digits_card_number'),
    cardholderName: given.get('cardholder_name'),
    fromSettledDate: given.get('from_settled_date'),
    toSettledDate: given.get('to_settled_date'),
    agreementId: given.get('agreement_id'),
    given,
  }
}

export function parseRefundSearch(params: URLSearchParams): RefundSearchQuery {
  const given = nonBlank(params, REFUND_CHECKS.map(([name]) => name))
  validate(given, REFUND_CHECKS, 'P1101')
  return {
    ...paging(given),
    fromDate: dateParam(given, 'from_date'),
    toDate: dateParam(given, 'to_date'),
    fromSettledDate: given.get('from_settled_date'),
    toSettledDate: given.get('to_settled_date'),
    given,
  }
}

export function parseDisputeSearch(params: URLSearchParams): DisputeSearchQuery {
  const given = nonBlank(params, [...REFUND_CHECKS.map(([name]) => name), 'status'])
  const status = given.get('status')
  given.delete('status')
  if (status !== undefined) given.set('state', status)
  validate(given, DISPUTE_CHECKS, 'P0401')
  return {
    ...paging(given),
    fromDate: dateParam(given, 'from_date'),
    toDate: dateParam(given, 'to_date'),
    fromSettledDate: given.get('from_settled_date'),
    toSettledDate: given.get('to_settled_date'),
    status,
    given,
  }
}
