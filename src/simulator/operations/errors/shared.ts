// Error codes that several operations share, and builders for the ones every operation has its
// own code for ("Not found", "Downstream system error", unreadable JSON, a page past the end).
import type { ErrorCodeSpec, ErrorVariant } from '../operation.ts'

export const SUPPORT_URL = 'https://www.payments.service.gov.uk/support/'
export const SEARCH_HINT = 'See Public API documentation for the correct data formats'

const single = (code: string, meaning: string, variant: ErrorVariant, role?: ErrorCodeSpec['role']): ErrorCodeSpec => ({
  code,
  meaning,
  ...(role ? { role } : {}),
  variants: [variant],
})

/** 404 "Not found" for an id that does not belong to the key's service. */
export const notFoundError = (code: string, what: string, cause?: string): ErrorCodeSpec =>
  single(
    code,
    `There is no ${what} with that ID for the service your API key belongs to. One made with another service’s key counts as not found.`,
    { status: 404, description: 'Not found', cause: cause ?? `The ${what} ID is not one of this service’s ${what}s.` },
    'not-found',
  )

/** 500 "Downstream system error": something behind the API failed. */
export const downstreamError = (code: string): ErrorCodeSpec =>
  single(
    code,
    'Something behind the API failed. Try again later; the real service asks you to contact support if it keeps happening.',
    {
      status: 500,
      description: 'Downstream system error',
      cause: 'In the playground, only a fault injected from the simulator tools (or one the storage could not recover from).',
    },
    'downstream',
  )

export const unparseableJson = (code: string): ErrorCodeSpec =>
  single(
    code,
    'The body is not valid JSON. Check the quotes, commas and brackets.',
    { status: 400, description: 'Unable to parse JSON', cause: 'The body cannot be read as JSON.' },
    'unparseable-json',
  )

export const pageNotFound = (code: string, what: string): ErrorCodeSpec =>
  single(code, `page is beyond the last page of ${what}. A search with no results at all still answers 200.`, {
    status: 404,
    description: 'Page not found',
    cause: `page is more than the number of pages of ${what}.`,
  })

/** 422 for search parameters in the wrong format: every bad one is named, in the order they are checked. */
export const invalidSearchParameters = (code: string, example: string, cause: string): ErrorCodeSpec =>
  single(code, 'One or more query parameters are not in the right format. The description lists every bad one, in the order they are checked.', {
    status: 422,
    description: `Invalid parameters: {names}. ${SEARCH_HINT}`,
    example: { names: example },
    cause,
  })

export const TOO_MANY_REQUESTS: ErrorCodeSpec = single(
  'P0900',
  'Too many requests from this service in one second: 15 a second for each kind of POST (create payment, capture, other), 75 for everything else. Wait a second and try again; there is no Retry-After header.',
  { status: 429, description: 'Too many requests', cause: 'The service sent more requests in this second than its rate limit allows.' },
)

export const REQUEST_BLOCKED: ErrorCodeSpec = single(
  'P0920',
  'The firewall in front of the API blocked the request before it reached the API.',
  {
    status: 400,
    description: 'Request blocked by security rules. Please consult API documentation for more information.',
    cause:
      'A POST with an empty body or without Content-Type: application/json, an Accept header that rules out JSON, or one of < > " \\ | in the address.',
  },
)

/** The errors every operation can answer with, wherever the request was going. */
export const COMMON_ERRORS: readonly ErrorCodeSpec[] = [TOO_MANY_REQUESTS, REQUEST_BLOCKED]

export const ACCOUNT_ERROR: ErrorCodeSpec = single(
  'P0199',
  'The service the API key belongs to could not be found.',
  {
    status: 500,
    description: `There is an error with this account. Contact support with your error code - ${SUPPORT_URL} .`,
    cause: 'The service was deleted while its key was still in use.',
  },
)

export const RECURRING_DISABLED: ErrorCodeSpec = single(
  'P0942',
  'Recurring card payments are switched off for this service, as on a new test account.',
  {
    status: 422,
    description: `Recurring card payments are currently disabled for this service. Contact support with your error code - ${SUPPORT_URL}`,
    cause: 'The request asks to set up an agreement, or to take a payment with one, on a service without recurring card payments.',
  },
)
