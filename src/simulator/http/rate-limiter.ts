// The real API's rate limits (pay-api-contract.md §1.2): per service, in fixed one-second windows,
// 15 POSTs a second in each POST bucket (create payment, capture, any other POST) and 75 for
// reads. Each operation's bucket is part of its description in the registry.
import type { RateBucket } from '../operations/operation.ts'

export const POST_LIMIT = 15
export const OTHER_LIMIT = 75

const windows = new Map<string, { second: number; count: number }>()

/** Counts the request; returns false when it is over the limit for its window. */
export function takeRateLimitToken(serviceId: string, bucket: RateBucket, at = Date.now()): boolean {
  const key = `${bucket}-${serviceId}`
  const second = Math.floor(at / 1000)
  const window = windows.get(key)
  const current = window && window.second === second ? window : { second, count: 0 }
  current.count++
  windows.set(key, current)
  return current.count <= (bucket === 'read' ? OTHER_LIMIT : POST_LIMIT)
}

export function resetRateLimits(): void {
  windows.clear()
}
