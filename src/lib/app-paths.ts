// Typed builders for the playground's own routes (the part after `#`), so one part can link to
// another without importing it. Build hrefs with `hashHref(path)`, or pass paths to the router.

/**
 * How the explorer's inputs are written in a route's query string, `?path.paymentId=…&query.state=…`:
 * its share links (src/features/explorer/share/share-link.ts) and other parts' deep links into it.
 */
export const EXPLORER_INPUT_PREFIXES = { path: 'path.', query: 'query.', header: 'header.' } as const

const explorerPath = (operation?: string) => (operation ? `/explorer/${encodeURIComponent(operation)}` : '/explorer')

/** The explorer's page for an operation, with path parameters filled in. */
function explorerRequest(operation: string, pathParams: Record<string, string>): string {
  const query = new URLSearchParams(Object.entries(pathParams).map(([name, value]) => [`${EXPLORER_INPUT_PREFIXES.path}${name}`, value]))
  const search = query.toString()
  return search === '' ? explorerPath(operation) : `${explorerPath(operation)}?${search}`
}

export const appPaths = {
  start: () => '/',
  explorer: explorerPath,
  /** The explorer's "Get a payment" (GET /v1/payments/{paymentId}), filled in with the payment's id. */
  explorerGetPayment: (paymentId: string) => explorerRequest('get-payment', { paymentId }),
  secure: (token: string) => `/secure/${encodeURIComponent(token)}`,
  cardDetails: (paymentId: string) => `/card_details/${encodeURIComponent(paymentId)}`,
  confirm: (paymentId: string) => `/card_details/${encodeURIComponent(paymentId)}/confirm`,
  returnToService: (paymentId: string) => `/return/${encodeURIComponent(paymentId)}`,
  admin: () => '/admin',
  testPayment: (step?: 'edit' | 'mock-card') => (step ? `/admin/test-payment/${step}` : '/admin/test-payment'),
  transactions: (query?: URLSearchParams | string) => {
    const search = query === undefined ? '' : String(query)
    return search === '' ? '/admin/transactions' : `/admin/transactions?${search}`
  },
  transaction: (paymentId: string) => `/admin/transactions/${encodeURIComponent(paymentId)}`,
  apiKeys: () => '/admin/api-keys',
  settings: () => '/admin/settings',
  webhooks: () => '/admin/settings/webhooks',
  services: () => '/admin/services',
  simulator: () => '/simulator',
} as const

/** An href for a route, for plain links and for new tabs (`#/admin`). */
export const hashHref = (path: string): string => `#${path}`
