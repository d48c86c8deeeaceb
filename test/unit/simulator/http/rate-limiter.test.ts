// The rate limiter (pay-api-contract.md §1.2): per service, fixed one-second windows, buckets
// POST-create_payment / POST-capture_payment / other POST (15 each) and GET (75). Each request's
// bucket is the one its operation has in the registry, found here through the route table.
import { beforeEach, describe, expect, it } from 'vitest'
import { OTHER_LIMIT, POST_LIMIT, resetRateLimits, takeRateLimitToken as takeBucketToken } from '../../../../src/simulator/http/rate-limiter.ts'
import { matchPath } from '../../../../src/simulator/http/route.ts'
import { API_ROUTES } from '../../../../src/simulator/http/routes/index.ts'

const T = Date.UTC(2026, 5, 1, 12, 0, 0) // a whole second
const ID = '0123456789abcdefghijklmnop'

beforeEach(() => {
  resetRateLimits()
})

/** Takes a token for a request to `method path`, in the bucket its operation has in the registry. */
function takeRateLimitToken(service: string, method: string, path: string, at: number): boolean {
  const route = matchPath(API_ROUTES, path)?.routes.find((candidate) => candidate.spec.method === method)
  if (!route) throw new Error(`No operation answers ${method} ${path}`)
  return takeBucketToken(service, route.spec.rateBucket, at)
}

/** Takes `n` tokens at `at` and returns how many were granted. */
function take(n: number, method: string, path: string, at = T, service = 'svc-a'): number {
  let granted = 0
  for (let i = 0; i < n; i++) if (takeRateLimitToken(service, method, path, at)) granted++
  return granted
}

describe('limits', () => {
  it('are 15 POSTs and 75 other requests a second (RATE_LIMITER_VALUE_POST, RATE_LIMITER_VALUE)', () => {
    expect(POST_LIMIT).toBe(15)
    expect(OTHER_LIMIT).toBe(75)
  })

  it('grants 15 creates in a second and refuses the 16th', () => {
    expect(take(15, 'POST', '/v1/payments')).toBe(15)
    expect(takeRateLimitToken('svc-a', 'POST', '/v1/payments', T)).toBe(false)
    expect(takeRateLimitToken('svc-a', 'POST', '/v1/payments', T + 999)).toBe(false)
  })

  it('grants 75 GETs in a second and refuses the 76th', () => {
    expect(take(75, 'GET', '/v1/payments')).toBe(75)
    expect(takeRateLimitToken('svc-a', 'GET', `/v1/payments/${ID}`, T)).toBe(false)
  })

  it('keeps refusing for the rest of the window however many are refused', () => {
    take(15, 'POST', '/v1/payments')
    expect(take(100, 'POST', '/v1/payments', T + 500)).toBe(0)
  })
})

describe('windows', () => {
  it('are fixed seconds of wall-clock time, not a sliding second', () => {
    expect(take(15, 'POST', '/v1/payments', T + 999)).toBe(15)
    // 1 ms later is a new window, even though the last 15 were 1 ms ago
    expect(takeRateLimitToken('svc-a', 'POST', '/v1/payments', T + 1000)).toBe(true)
  })

  it('start afresh after a gap', () => {
    take(16, 'POST', '/v1/payments')
    expect(take(15, 'POST', '/v1/payments', T + 60_000)).toBe(15)
  })
})

describe('buckets', () => {
  it('separate creates, captures and other POSTs', () => {
    expect(take(15, 'POST', '/v1/payments')).toBe(15)
    expect(take(15, 'POST', `/v1/payments/${ID}/capture`)).toBe(15)
    expect(take(15, 'POST', `/v1/payments/${ID}/cancel`)).toBe(15)
    expect(take(1, 'POST', '/v1/payments')).toBe(0)
    expect(take(1, 'POST', `/v1/payments/${ID}/capture`)).toBe(0)
    expect(take(1, 'POST', `/v1/payments/${ID}/cancel`)).toBe(0)
  })

  it('put cancels and refunds in the same "other POST" bucket', () => {
    expect(take(10, 'POST', `/v1/payments/${ID}/cancel`)).toBe(10)
    expect(take(10, 'POST', `/v1/payments/${ID}/refunds`)).toBe(5)
  })

  it('do not let POSTs use up GETs or the other way round', () => {
    take(16, 'POST', '/v1/payments')
    expect(take(75, 'GET', '/v1/payments')).toBe(75)
    expect(take(1, 'POST', `/v1/payments/${ID}/refunds`)).toBe(1)
  })

  it('count every GET path together', () => {
    take(40, 'GET', '/v1/payments')
    take(30, 'GET', `/v1/payments/${ID}`)
    expect(take(10, 'GET', `/v1/payments/${ID}/refunds`)).toBe(5)
  })

  it('are per service', () => {
    take(15, 'POST', '/v1/payments', T, 'svc-a')
    expect(take(15, 'POST', '/v1/payments', T, 'svc-b')).toBe(15)
    expect(take(1, 'POST', '/v1/payments', T, 'svc-a')).toBe(0)
  })
})

describe('resetRateLimits', () => {
  it('forgets every count', () => {
    take(15, 'POST', '/v1/payments')
    resetRateLimits()
    expect(take(15, 'POST', '/v1/payments')).toBe(15)
  })
})
