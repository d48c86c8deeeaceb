// The real API's rate limits (pay-api-contract.md §1.2): per service, in fixed one-second windows,
// 15 POSTs a second in each POST bucket (create payment, capture, any other POST) and 75 for other
// methods. Counted in wall-clock time per browser tab.

export const POST_LIMIT = 15
export const OTHER_LIMIT = 75

const windows = new Map<string, { second: number; count: number }>()

function bucketOf(method: string, pathname: string): string {
  if (method !== 'POST') return method
  if (pathname.endsWith('/payments')) return 'POST-create_payment'
  if (pathname.endsWith('/capture')) return 'POST-capture_payment'
  return 'POST'
}

/** Counts the request; returns false when it is over the limit for its window. */
export function takeRateLimitToken(serviceId: string, method: string, pathname: string, at = Date.now()): boolean {
  const bucket = bucketOf(method, pathname)
  const key = `${bucket}-${serviceId}`
  const second = Math.floor(at / 1000)
  const window = windows.get(key)
  const current = window && window.second === second ? window : { second, count: 0 }
  current.count++
  windows.set(key, current)
  return current.count <= (method === 'POST' ? POST_LIMIT : OTHER_LIMIT)
}

export function resetRateLimits(): void {
  windows.clear()
}
