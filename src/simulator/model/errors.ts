// The error catalogue: every error the simulated API answers with in the real body shape
// `{ field?, header?, code, description }` (pay-api-contract.md §1.3 and §12).

export class PayApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
    readonly field?: string,
    readonly header?: string,
  ) {
    super(`${code} ${description}`)
    this.name = 'PayApiError'
  }

  toJSON(): Record<string, string> {
    const body: Record<string, string> = {}
    if (this.field !== undefined) body.field = this.field
    if (this.header !== undefined) body.header = this.header
    body.code = this.code
    body.description = this.description
    return body
  }
}

export function missingAttribute(status: number, code: string, field: string, withField = true): PayApiError {
  return new PayApiError(status, code, `Missing mandatory attribute: ${field}`, withField ? field : undefined)
}

export function invalidAttribute(status: number, code: string, field: string, message: string): PayApiError {
  return new PayApiError(status, code, `Invalid attribute value: ${field}. ${message}`, field)
}

export function unexpectedAttribute(field: string): PayApiError {
  return new PayApiError(400, 'P0104', `Unexpected attribute: ${field}`)
}

export const notFound = (code: string): PayApiError => new PayApiError(404, code, 'Not found')
export const pageNotFound = (code: string): PayApiError => new PayApiError(404, code, 'Page not found')
export const downstreamError = (code: string): PayApiError => new PayApiError(500, code, 'Downstream system error')

export function invalidSearchParameters(code: string, names: string[]): PayApiError {
  return new PayApiError(
    422,
    code,
    `Invalid parameters: ${names.join(', ')}. See Public API documentation for the correct data formats`,
  )
}

export const SUPPORT_URL = 'https://www.payments.service.gov.uk/support/'

export const tooManyRequests = (): PayApiError => new PayApiError(429, 'P0900', 'Too many requests')

export const requestBlocked = (): PayApiError =>
  new PayApiError(
    400,
    'P0920',
    'Request blocked by security rules. Please consult API documentation for more information.',
  )

export const unableToParseJson = (code: string): PayApiError => new PayApiError(400, code, 'Unable to parse JSON')

export const motoNotEnabled = (): PayApiError =>
  new PayApiError(
    422,
    'P0196',
    `MOTO payments are not enabled for this account. Please contact support if you would like to process MOTO payments - ${SUPPORT_URL} .`,
  )

export const motoApiNotAllowed = (): PayApiError =>
  new PayApiError(422, 'P0195', 'Using authorisation_mode of moto_api is not allowed for this account')

export const recurringNotEnabled = (): PayApiError =>
  new PayApiError(
    422,
    'P0942',
    `Recurring card payments are currently disabled for this service. Contact support with your error code - ${SUPPORT_URL}`,
  )

export const accountError = (): PayApiError =>
  new PayApiError(500, 'P0199', `There is an error with this account. Contact support with your error code - ${SUPPORT_URL} .`)

/** The codes each API operation uses for "not found" and for a failure behind it. */
export const OPERATION_ERRORS = {
  createPayment: { notFound: 'P0200', downstream: 'P0198' },
  getPayment: { notFound: 'P0200', downstream: 'P0298' },
  searchPayments: { notFound: 'P0402', downstream: 'P0498' },
  getPaymentEvents: { notFound: 'P0300', downstream: 'P0398' },
  cancelPayment: { notFound: 'P0500', downstream: 'P0598' },
  capturePayment: { notFound: 'P1000', downstream: 'P1098' },
  createRefund: { notFound: 'P0600', downstream: 'P0698' },
  getRefund: { notFound: 'P0700', downstream: 'P0798' },
  getPaymentRefunds: { notFound: 'P0800', downstream: 'P0898' },
  searchRefunds: { notFound: 'P1100', downstream: 'P1898' },
} as const

export type OperationId = keyof typeof OPERATION_ERRORS
