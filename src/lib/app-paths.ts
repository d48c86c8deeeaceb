// Typed builders for the playground's own routes (the part after `#`), so one part can link to
// another without importing it. Build hrefs with `hashHref(path)`, or pass paths to the router.

/**
 * How the explorer's inputs are written in a route's query string, `?path.paymentId=…&query.state=…`:
 * its share links (src/features/explorer/share/share-link.ts) and other parts' deep links into it.
 */
export const EXPLORER_INPUT_PREFIXES = { path: 'path.', query: 'query.', header: 'header.' } as const

const explorerPath = (operation?: string) => (operation ? `/explorer/${encodeURIComponent(operation)}` : '/explorer')

/** What a link can fill in on an explorer page: path and query parameters, and the JSON body. */
export interface ExplorerInputs {
  path?: Record<string, string>
  query?: Record<string, string>
  /** the request body, as JSON text */
  body?: string
}

/** The explorer's page for an operation, filled in. */
function explorerRequest(operation: string, { path = {}, query = {}, body }: ExplorerInputs): string {
  const params = new URLSearchParams([
    ...Object.entries(path).map(([name, value]) => [`${EXPLORER_INPUT_PREFIXES.path}${name}`, value]),
    ...Object.entries(query).map(([name, value]) => [`${EXPLORER_INPUT_PREFIXES.query}${name}`, value]),
    ...(body === undefined ? [] : [['body', body]]),
  ])
  const search = params.toString()
  return search === '' ? explorerPath(operation) : `${explorerPath(operation)}?${search}`
}

export const appPaths = {
  start: () => '/',
  explorer: explorerPath,
  /** The explorer's "Get a payment" (GET /v1/payments/{paymentId}), filled in with the payment's id. */
  explorerGetPayment: (paymentId: string) => explorerRequest('get-payment', { path: { paymentId } }),
  /** Any explorer page (`create-payment`, `search-payments`…), filled in. */
  explorerWith: explorerRequest,
  /** The request history, showing one service's requests when given. */
  explorerHistory: (serviceId?: string) => (serviceId ? `/explorer/history?service=${encodeURIComponent(serviceId)}` : '/explorer/history'),
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
  /** The agreements list, filtered when given a query (`status=ACTIVE&reference=…`). */
  agreements: (query?: URLSearchParams | string) => {
    const search = query === undefined ? '' : String(query)
    return search === '' ? '/admin/agreements' : `/admin/agreements?${search}`
  },
  agreement: (agreementId: string) => `/admin/agreements/${encodeURIComponent(agreementId)}`,
  apiKeys: () => '/admin/api-keys',
  settings: () => '/admin/settings',
  webhooks: () => '/admin/settings/webhooks',
  services: () => '/admin/services',
  simulator: () => '/simulator',
  learn: () => '/learn',
  lesson: (lessonId: string) => `/learn/${encodeURIComponent(lessonId)}`,
  chooseLessons: () => '/learn/choose',
  startLessonsAgain: () => '/learn/start-again',
  sampleService: () => '/sample-service',
  /** Where the sample service's payments return to: its own page, found by its own id for the journey. */
  sampleServiceReturn: (journeyId: string) => `/sample-service/return/${encodeURIComponent(journeyId)}`,
  scenarios: () => '/scenarios',
  /** Opens a scenario from a link: `data` is the compressed scenario. */
  openScenario: (data?: string) => (data ? `/scenarios/open?s=${data}` : '/scenarios/open'),
} as const

/** An href for a route, for plain links and for new tabs (`#/admin`). */
export const hashHref = (path: string): string => `#${path}`
