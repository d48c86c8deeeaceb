// Typed builders for the playground's own routes (the part after `#`), so one part can link to
// another without importing it. Build hrefs with `hashHref(path)`, or pass paths to the router.

export const appPaths = {
  start: () => '/',
  explorer: (operation?: string) => (operation ? `/explorer/${encodeURIComponent(operation)}` : '/explorer'),
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
  services: () => '/admin/services',
  simulator: () => '/simulator',
} as const

/** An href for a route, for plain links and for new tabs (`#/admin`). */
export const hashHref = (path: string): string => `#${path}`
