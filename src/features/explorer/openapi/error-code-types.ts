// The shape of an entry in the error catalogue, and builders for the entries every operation has
// ("Not found", "Downstream system error").

export type OperationName =
  | 'createPayment'
  | 'searchPayments'
  | 'getPayment'
  | 'getPaymentEvents'
  | 'cancelPayment'
  | 'capturePayment'
  | 'createRefund'
  | 'getPaymentRefunds'
  | 'getRefund'
  | 'searchRefunds'

export interface ErrorCodeExample {
  status: number
  /** The body exactly as the API sends it. */
  body: { field?: string; header?: string; code: string; description: string }
  /** When this happens, in a sentence. */
  when: string
  /** Only a live account gets this; the playground is always a test account. */
  liveOnly?: boolean
}

export interface ErrorCode {
  code: string
  /** What the code means and what to do about it. */
  meaning: string
  operations: readonly OperationName[] | 'all'
  examples: readonly ErrorCodeExample[]
}

export const SUPPORT = 'https://www.payments.service.gov.uk/support/'
export const SEARCH_HINT = 'See Public API documentation for the correct data formats'

export const notFound = (code: string, operation: OperationName, what: string): ErrorCode => ({
  code,
  meaning: `There is no ${what} with that ID for the service your API key belongs to. A payment made with another service's key counts as not found.`,
  operations: [operation],
  examples: [{ status: 404, body: { code, description: 'Not found' }, when: `The ${what} does not exist for this service.` }],
})

export const downstream = (code: string, operation: OperationName): ErrorCode => ({
  code,
  meaning:
    'Something behind the API failed. In the playground this only happens when a fault is injected from the simulator tools. Try again later; the real service asks you to contact support if it persists.',
  operations: [operation],
  examples: [{ status: 500, body: { code, description: 'Downstream system error' }, when: 'An internal failure.' }],
})

