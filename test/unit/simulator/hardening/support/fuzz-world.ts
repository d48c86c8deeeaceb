// The data a fuzzing run aims at: API keys of every kind, and payments in every state (with a
// refund), plus a payment of another service. Requests are built against it and sent through the
// real pipeline (msw/node), and each is checked against the contract and the store.
import fc from 'fast-check'
import { expect, vi } from 'vitest'
import { API_BASE_URL } from '../../../../../src/simulator/model/api-base.ts'
import { resetRateLimits } from '../../../../../src/simulator/http/rate-limiter.ts'
import { API_ROUTES } from '../../../../../src/simulator/http/routes/index.ts'
import type { OperationId } from '../../../../../src/simulator/model/errors.ts'
import { createApiKey, revokeApiKey } from '../../../../../src/simulator/services/api-keys.ts'
import { refundSummary } from '../../../../../src/simulator/model/refund-availability.ts'
import { database } from '../../../../../src/simulator/services/runtime.ts'
import { paymentIn, type FixtureState } from '../../../../support/payment-fixtures.ts'
import { currentServiceId, otherService, refund } from '../../../../support/payment-scenarios.ts'
import { checkResponse } from './contract-responses.ts'
import { AMOUNT_AVAILABLE, type KeyChoice } from './request-arbitraries.ts'
import { changedTables, snapshotStore } from './store-snapshot.ts'

export interface World {
  keys: Record<KeyChoice, string | undefined>
  /** ids worth aiming at: payments in every state, another service's payment, a refund */
  paymentIds: string[]
  refundIds: string[]
}

const STATES: FixtureState[] = ['created', 'started', 'submitted', 'capturable', 'success', 'declined', 'error', 'cancelled', 'user-cancelled']

export async function buildWorld(): Promise<World> {
  const serviceId = await currentServiceId()
  const valid = (await createApiKey(serviceId, 'fuzz key')).key
  const revoked = (await createApiKey(serviceId, 'revoked key')).key
  await revokeApiKey(revoked)
  const other = await otherService()
  const payments = []
  for (const state of STATES) payments.push(await paymentIn(state, { amount: 5000 }))
  const refunded = payments.find((p) => p.state === 'success')!
  const firstRefund = await refund(refunded.id, 1200)
  const foreign = await paymentIn('success', { serviceId: other.serviceId })
  return {
    keys: {
      valid,
      'other-service': other.key,
      revoked,
      tampered: valid.slice(0, -1) + (valid.endsWith('a') ? 'b' : 'a'),
      none: undefined,
      garbage: 'not-a-key',
    },
    paymentIds: [...payments.map((p) => p.id), foreign.id],
    refundIds: [firstRefund.id],
  }
}

/** A path parameter: one of the world's ids, or something odd (kept to one path segment). */
export const idFrom = (ids: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', '0'.repeat(26), 'A'.repeat(26), 'x'.repeat(3000), '%', '%E0%A4%A', '%2F', '..%2F..', 'ABC def') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  )

/** Encodes a path parameter as a client would, keeping dot segments from being resolved away. */
export function pathSegment(value: string): string {
  const encoded = value.includes('%') && /%[0-9A-F]{2}/i.test(value) ? value : encodeURIComponent(value)
  return encoded === '.' || encoded === '..' ? `${encoded}x` : encoded
}

export interface FuzzRequest {
  method: string
  path: string
  query: string
  key: KeyChoice
  headers: Record<string, string | undefined>
  body?: string
}

/** The operation a method and path reach, read from the route table (HEAD is answered as GET). */
export function operationFor(method: string, pathname: string): OperationId | undefined {
  const effective = method === 'HEAD' ? 'GET' : method
  for (const route of API_ROUTES) {
    const pattern = new RegExp(`^${route.path.replace(/:\w+/g, '[^/]+')}$`)
    if (pattern.test(pathname) && route.method === effective) return route.operation
  }
  return undefined
}

let casesRun = 0
export const fuzzCasesRun = () => casesRun
/** How often each answer was seen ("POST /v1/payments 422 P0102"), to show the cases reach the endpoints. */
export const outcomes = new Map<string, number>()

function recordOutcome(operation: string | undefined, status: number, text: string): void {
  let code = ''
  try {
    const body: unknown = JSON.parse(text)
    if (typeof body === "object" && body !== null && "code" in body) code = String(body.code) + (process.env.HARDENING_DESC && "description" in body ? " " + String(body.description).slice(0, 60) : "")
  } catch {
    // not JSON: the status says enough
  }
  const key = `${operation ?? 'other'} ${status} ${code}`.trim()
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1)
}

async function amountAvailable(path: string): Promise<number> {
  let paymentId: string
  try {
    paymentId = decodeURIComponent(path.split('/')[3] ?? '')
  } catch {
    return 0
  }
  const payment = await database().payments.get(paymentId)
  return payment ? refundSummary(payment).amount_available : 0
}

/**
 * Sends one request and checks it: the answer is one the real API could give, a refused request
 * changed nothing in the store, a read changed nothing but the hosted-page tokens it issues, and
 * nothing was logged as an unhandled failure.
 */
export async function sendAndCheck(world: World, request: FuzzRequest): Promise<{ status: number; text: string }> {
  casesRun++
  resetRateLimits() // the limiter is tested on its own; here every request should reach its endpoint
  const consoleError = vi.spyOn(console, 'error')
  consoleError.mockClear()
  const headers = new Headers()
  const key = world.keys[request.key]
  if (key !== undefined) headers.set('Authorization', `Bearer ${key}`)
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name, value)
  let body = request.body
  if (body?.includes(AMOUNT_AVAILABLE)) body = body.replaceAll(AMOUNT_AVAILABLE, String(await amountAvailable(request.path)))
  const sendsBody = body !== undefined && request.method !== 'GET' && request.method !== 'HEAD'

  const before = await snapshotStore()
  const response = await fetch(`${API_BASE_URL}${request.path}${request.query}`, {
    method: request.method,
    headers,
    body: sendsBody ? new TextEncoder().encode(body) : undefined,
  })
  const text = await response.text()
  const after = await snapshotStore()

  const url = new URL(`${API_BASE_URL}${request.path}${request.query}`)
  const operation = operationFor(request.method, url.pathname)
  const problem = checkResponse({ method: request.method, operation, status: response.status, headers: response.headers, text })
  recordOutcome(operation, response.status, text)
  const summary = `${request.method} ${request.path}${request.query} → ${response.status} ${text.slice(0, 300)}`
  expect(problem, summary).toBeUndefined()
  expect(consoleError, summary).not.toHaveBeenCalled()

  const changed = changedTables(before, after)
  if (response.status >= 400) expect(changed, `a refused request changed data: ${summary}`).toEqual([])
  else if (request.method === 'GET' || request.method === 'HEAD') {
    expect(changed.filter((table) => table !== 'tokens'), `a read changed data: ${summary}`).toEqual([])
  }
  if (operation === 'createPayment' && response.status === 201 && sendsBody) checkEcho(body!, JSON.parse(text))
  return { status: response.status, text }
}

/** A new payment reads back what was sent (JSON.parse keeps the last of repeated keys, as Jackson does). */
function checkEcho(sent: string, created: Record<string, unknown>): void {
  let parsed: Record<string, unknown>
  try {
    parsed = JSON.parse(sent) as Record<string, unknown>
  } catch {
    return
  }
  expect(created.amount).toBe(parsed.amount)
  expect(created.reference).toBe(parsed.reference)
  expect(created.description).toBe(parsed.description)
  const metadata = parsed.metadata
  if (typeof metadata === 'object' && metadata !== null && Object.keys(metadata).length > 0) {
    const echoed = created.metadata as Record<string, unknown>
    for (const [name, value] of Object.entries(metadata)) {
      if (typeof value === 'string' || typeof value === 'boolean' || Number.isSafeInteger(value)) {
        expect(Object.hasOwn(echoed, name) ? echoed[name] : '(missing)', `metadata ${JSON.stringify(name)}`).toBe(value)
      }
    }
  }
}
