// Every error code the simulated API answers with: the HTTP status, the exact `description` the
// body carries (facts from the reference), and what it means, in our words. The OpenAPI document's
// error responses and the explorer's error-code reference are both built from this list.
import { type ErrorCode, type ErrorCodeExample, type OperationName } from './error-code-types.ts'
import { PAYMENT_ERROR_CODES } from './error-codes-payments.ts'
import { REFUND_ERROR_CODES } from './error-codes-refunds.ts'

export type { ErrorCode, ErrorCodeExample, OperationName } from './error-code-types.ts'

/** Codes every endpoint can answer with. */
const COMMON_ERROR_CODES: readonly ErrorCode[] = [
  {
    code: 'P0900',
    meaning:
      'Too many requests from this service in one second: 15 a second for each kind of POST (create payment, capture, other), 75 for everything else. Wait a second and try again; there is no Retry-After header.',
    operations: 'all',
    examples: [{ status: 429, body: { code: 'P0900', description: 'Too many requests' }, when: 'The rate limit is exceeded.' }],
  },
  {
    code: 'P0920',
    meaning:
      'The firewall in front of the API blocked the request: usually a POST with an empty body or without Content-Type: application/json, an Accept header that rules out JSON, or one of < > " \\ | in the address. On a live account, create payment also uses this code for a return_url that is not https.',
    operations: 'all',
    examples: [
      {
        status: 400,
        body: { code: 'P0920', description: 'Request blocked by security rules. Please consult API documentation for more information.' },
        when: 'The firewall blocked the request.',
      },
    ],
  },
]

export const ERROR_CODES: readonly ErrorCode[] = [...PAYMENT_ERROR_CODES, ...REFUND_ERROR_CODES, ...COMMON_ERROR_CODES]

/** The extra P0920 a live account gives for a non-https return_url; never answered by the playground. */
export const LIVE_ONLY_HTTPS_RETURN_URL: ErrorCodeExample = {
  status: 422,
  body: {
    field: 'return_url',
    code: 'P0920',
    description: 'Invalid attribute value: return_url. Must begin with https:// for a live gateway account',
  },
  when: 'Live accounts only: return_url does not start with https://. Test accounts, and so the playground, accept http.',
  liveOnly: true,
}

export function errorCodesFor(operation: OperationName): ErrorCode[] {
  return ERROR_CODES.filter((entry) => entry.operations === 'all' || entry.operations.includes(operation))
}

/** The catalogue entry for a code, preferring the one that belongs to the operation (P0200 has two). */
export function findErrorCode(code: string, operation?: string): ErrorCode | undefined {
  const matches = ERROR_CODES.filter((entry) => entry.code === code)
  return (
    matches.find((entry) => entry.operations === 'all' || (operation !== undefined && entry.operations.includes(operation as OperationName))) ??
    matches[0]
  )
}
