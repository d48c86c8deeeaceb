// The responses the real GOV.UK Pay API can give, per operation, from
// /work/shared/reference/pay-api-contract.md (§1 for every endpoint, §3–§8 per endpoint, §12 for the
// catalogue). `checkResponse` returns what is wrong with a response, or undefined when the real API
// could have answered the request that way.
import type { OperationId } from '../../../../../src/simulator/operations/index.ts'

/** Error descriptions by code: exact text, or a pattern where the text names a field or a value. */
const DESCRIPTIONS: Record<string, string | RegExp> = {
  P0101: /^Missing mandatory attribute: [a-z_]+$/,
  P0102: /^(Invalid attribute value: [a-z_0-9]+\. .+|Header \[Idempotency-Key\] .+)$/s,
  P0104: /^Unexpected attribute: [a-z_]+$/,
  P0195: 'Using authorisation_mode of moto_api is not allowed for this account',
  P0196:
    'MOTO payments are not enabled for this account. Please contact support if you would like to process MOTO payments - https://www.payments.service.gov.uk/support/ .',
  P0197: 'Unable to parse JSON',
  P0942:
    'Recurring card payments are currently disabled for this service. Contact support with your error code - https://www.payments.service.gov.uk/support/',
  P0200: 'Not found',
  P0300: 'Not found',
  P0401: /^Invalid parameters: [a-z_, ]*\. See Public API documentation for the correct data formats$/,
  P0402: 'Page not found',
  P0500: 'Not found',
  P0501: 'Cancellation of payment failed',
  P0502: 'Cancellation of payment failed',
  P0600: 'Not found',
  P0601: 'Missing mandatory attribute: amount',
  P0602: /^Invalid attribute value: amount\. Must be (a valid numeric format|greater than or equal to 1|less than or equal to 10000000)$/,
  // pay-publicapi's RequestError has a second P0603 for a disputed payment.
  P0603:
    /^(The payment is not available for refund\. Payment refund status: (pending|unavailable|full|amount_not_available)|The payment is disputed and cannot be refunded)$/,
  P0604: 'Refund amount available mismatch.',
  P0697: 'Unable to parse JSON',
  P0700: 'Not found',
  P0800: 'Not found',
  P0900: 'Too many requests',
  P0920: 'Request blocked by security rules. Please consult API documentation for more information.',
  P1000: 'Not found',
  P1001: 'Capture of payment failed',
  P1003: 'Payment cannot be captured',
  P1100: 'Page not found',
  P1101: /^Invalid parameters: [a-z_, ]*\. See Public API documentation for the correct data formats$/,
  // §10, agreements.
  P2101: /^Missing mandatory attribute: (reference|description)$/,
  P2102: /^Invalid attribute value: (reference|description|user_identifier)\. (Must be a valid string format|Field must be a string)$/,
  P2197: 'Unable to parse JSON',
  P2200: 'Not found',
  P2401: /^Invalid parameters: [a-z_, ]*\. See Public API documentation for the correct data formats$/,
  P2402: 'Page not found',
  P2500: 'Not found',
  P2501: 'Cancellation of agreement failed',
  // §11, MOTO authorisation.
  P1211: /^The one_time_token is not (valid|a valid moto api token)$/,
  P1212: 'The one_time_token has already been used',
  P0010: /^(The card_number is not a valid card number|Prepaid cards are not accepted|The card type is not enabled: .+|The payment was rejected)$/,
  P0050: 'There was an error authorising the payment',
}

/** The documented answers of each operation: success status, and error codes by HTTP status. */
export interface OperationContract {
  success: number
  errors: Record<number, string[]>
}

export const OPERATION_CONTRACTS: Record<OperationId, OperationContract> = {
  // §3.1: parser 400s, bean-validation and connector 422s (sandbox accounts: no MOTO, no
  // moto_api, no recurring), 409 for a reused Idempotency-Key.
  createPayment: {
    success: 201,
    errors: { 400: ['P0101', 'P0102', 'P0104', 'P0197'], 409: ['P0191'], 422: ['P0102', 'P0195', 'P0196', 'P0942'] },
  },
  searchPayments: { success: 200, errors: { 404: ['P0402'], 422: ['P0401'] } },
  getPayment: { success: 200, errors: { 404: ['P0200'] } },
  cancelPayment: { success: 204, errors: { 400: ['P0501'], 404: ['P0500'], 409: ['P0502'] } },
  capturePayment: { success: 204, errors: { 400: ['P1001'], 404: ['P1000'], 409: ['P1003'] } },
  getPaymentEvents: { success: 200, errors: { 404: ['P0300'] } },
  // §8.1: an unknown payment without refund_amount_available is reported by the GET first (P0200).
  createRefund: {
    success: 202,
    errors: { 400: ['P0601', 'P0602', 'P0603', 'P0697'], 404: ['P0200', 'P0600'], 412: ['P0604'], 422: ['P0602'] },
  },
  getPaymentRefunds: { success: 200, errors: { 404: ['P0800'] } },
  getRefund: { success: 200, errors: { 404: ['P0700'] } },
  searchRefunds: { success: 200, errors: { 404: ['P1100'], 422: ['P1101'] } },
  // §9: the same codes as the payment search (a page is past the end only once disputes are raised).
  searchDisputes: { success: 200, errors: { 404: ['P0402'], 422: ['P0401'] } },
  // §10: agreements (a new test account has no recurring payments, so creating one is 422 P0942).
  createAgreement: { success: 201, errors: { 400: ['P2101', 'P2102', 'P2197'], 422: ['P0102', 'P0942'] } },
  searchAgreements: { success: 200, errors: { 404: ['P2402'], 422: ['P2401'] } },
  getAgreement: { success: 200, errors: { 404: ['P2200'] } },
  cancelAgreement: { success: 204, errors: { 400: ['P2501'], 404: ['P2500'] } },
  // §11: no key; bean and connector validation 422s, token 400s, card 402s, provider 500.
  authorisePayment: { success: 204, errors: { 400: ['P1211', 'P1212'], 402: ['P0010'], 422: ['P0101', 'P0102'], 500: ['P0050'] } },
}

export interface Exchange {
  method: string
  /** the operation whose path the request reached, or undefined for a path the API does not serve */
  operation?: OperationId
  status: number
  headers: Headers
  text: string
}

const FRAMEWORK_REASONS: Record<number, string> = { 404: 'Not Found', 405: 'Method Not Allowed', 415: 'Unsupported Media Type' }

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A `RequestError` body: {field?, header?, code, description}, nothing else, with a documented text. */
function checkErrorBody(body: unknown, allowedCodes: string[]): string | undefined {
  if (!isObject(body)) return 'error body is not a JSON object'
  const extra = Object.keys(body).filter((key) => !['field', 'header', 'code', 'description'].includes(key))
  if (extra.length > 0) return `error body has unexpected keys ${extra.join(', ')}`
  const { code, description, field, header } = body
  if (typeof code !== 'string' || !allowedCodes.includes(code)) return `code ${String(code)} is not one of ${allowedCodes.join(', ')}`
  if (typeof description !== 'string') return 'description is not a string'
  const expected = DESCRIPTIONS[code]
  if (expected === undefined) return `no description is known for ${code}`
  if (typeof expected === 'string' ? description !== expected : !expected.test(description)) {
    return `description ${JSON.stringify(description)} is not what ${code} says`
  }
  if (field !== undefined && typeof field !== 'string') return 'field is not a string'
  if (header !== undefined && header !== 'Idempotency-Key') return 'header is not Idempotency-Key'
  return undefined
}

/** Answers any path can get from the layers in front of the endpoints (§1.1, §1.2, §1.4). */
function checkFrontLayers(exchange: Exchange): string | undefined | 'not-front' {
  const { status, headers, text, method } = exchange
  const type = headers.get('Content-Type') ?? ''
  if (status === 401) {
    if (text === 'Credentials are required to access this resource.') {
      return headers.get('WWW-Authenticate')?.startsWith('Bearer realm=') ? undefined : '401 without WWW-Authenticate'
    }
    if (type.startsWith('text/html') && text.includes('<h2>HTTP ERROR 401 Unauthorized</h2>')) return undefined
    if (type.startsWith('text/plain') && text.startsWith('HTTP ERROR 401 Unauthorized')) return undefined
    const json = parseJson(text)
    if (json.ok && isObject(json.value) && json.value.status === '401' && json.value.message === 'Unauthorized') return undefined
    return `unrecognised 401 body ${text.slice(0, 200)}`
  }
  if (status === 429) {
    if (type !== 'application/json; charset=utf-8') return `429 with Content-Type ${type}`
    return checkErrorBody(parseJson(text).ok ? JSON.parse(text) : undefined, ['P0900'])
  }
  if (status in FRAMEWORK_REASONS) {
    const json = parseJson(text)
    if (json.ok && isObject(json.value) && json.value.code === status) {
      if (json.value.message !== `HTTP ${status} ${FRAMEWORK_REASONS[status]}`) return `framework ${status} message is wrong`
      if (status === 405 && !headers.get('Allow')) return '405 without Allow'
      return undefined
    }
  }
  if (status === 500) {
    // Dropwizard's logged error: unreadable JSON sent to POST /v1/auth, which has no Pay code for it.
    const json = parseJson(text)
    const logged = /^There was an error processing your request\. It has been logged \(ID [0-9a-f]{16}\)\.$/
    if (json.ok && isObject(json.value) && json.value.code === 500) {
      return typeof json.value.message === 'string' && logged.test(json.value.message) && exchange.operation === 'authorisePayment'
        ? undefined
        : 'unrecognised framework 500'
    }
  }
  if (status === 200 && method === 'OPTIONS') return headers.get('Allow') ? undefined : 'OPTIONS answer without Allow'
  if (status === 400) {
    const json = parseJson(text)
    if (json.ok && isObject(json.value) && json.value.code === 'P0920') return checkErrorBody(json.value, ['P0920'])
  }
  return 'not-front'
}

function checkSuccessBody(operation: OperationId, body: unknown): string | undefined {
  if (!isObject(body)) return 'success body is not a JSON object'
  const has = (...keys: string[]) => {
    const missing = keys.filter((key) => !(key in body))
    return missing.length === 0 ? undefined : `success body lacks ${missing.join(', ')}`
  }
  switch (operation) {
    case 'createPayment':
    case 'getPayment':
      if (typeof body.payment_id !== 'string' || !/^[0-9a-v]{26}$/.test(body.payment_id)) return 'payment_id is not 26 base-32 characters'
      return has('amount', 'description', 'reference', 'state', 'created_date', 'refund_summary', 'settlement_summary', '_links')
    case 'searchPayments':
    case 'searchRefunds':
      return Array.isArray(body.results) ? has('total', 'count', 'page', '_links') : 'results is not a list'
    case 'getPaymentEvents':
      return Array.isArray(body.events) ? has('payment_id', '_links') : 'events is not a list'
    case 'createRefund':
    case 'getRefund':
      return has('refund_id', 'amount', 'status', 'created_date', '_links')
    case 'getPaymentRefunds':
      return has('payment_id', '_links', '_embedded')
    case 'searchDisputes':
      return Array.isArray(body.results) ? has('total', 'count', 'page', 'links') : 'results is not a list'
    case 'searchAgreements':
      return Array.isArray(body.results) ? has('total', 'count', 'page', '_links') : 'results is not a list'
    case 'createAgreement':
    case 'getAgreement':
      return has('agreement_id', 'reference', 'description', 'status', 'created_date')
    default:
      return `${operation} answers with no body`
  }
}

/** A HEAD answer has no body to read: its status must be one the same GET could get, and it stays empty. */
function checkHead({ operation, status, headers, text }: Exchange): string | undefined {
  if (text !== '') return 'HEAD answered with a body'
  const front = [400, 401, 404, 405, 429]
  const own = operation ? [OPERATION_CONTRACTS[operation].success, ...Object.keys(OPERATION_CONTRACTS[operation].errors).map(Number)] : []
  if (![...front, ...own].includes(status)) return `HEAD answered ${status}`
  if (status === 405 && !headers.get('Allow')) return '405 without Allow'
  return undefined
}

/** What is wrong with the exchange, or undefined when the real API could have answered this way. */
export function checkResponse(exchange: Exchange): string | undefined {
  if (exchange.method === 'HEAD') return checkHead(exchange)
  const front = checkFrontLayers(exchange)
  if (front !== 'not-front') return front
  const { operation, status, headers, text } = exchange
  if (operation === undefined) return `status ${status} is not possible for a path the API does not serve`
  const contract = OPERATION_CONTRACTS[operation]
  if (status === contract.success) {
    if (status === 204) return text === '' ? undefined : `${status} with a body`
    if (headers.get('Content-Type') !== 'application/json') return `success with Content-Type ${headers.get('Content-Type')}`
    const json = parseJson(text)
    return json.ok ? checkSuccessBody(operation, json.value) : 'success body is not JSON'
  }
  const codes = contract.errors[status]
  if (!codes) return `status ${status} is not documented for ${operation}`
  if (headers.get('Content-Type') !== 'application/json') return `error with Content-Type ${headers.get('Content-Type')}`
  const json = parseJson(text)
  return json.ok ? checkErrorBody(json.value, codes) : 'error body is not JSON'
}
