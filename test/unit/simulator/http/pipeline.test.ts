// The layers of the real API in order (pay-api-contract.md §1.1, §1.2, §1.4): the firewall (400
// P0920), the servlet checksum filter (401 error page), route and media-type matching (404, 405,
// 415), the key lookup (401 "Credentials are required…"), the rate limiter (429 P0900), and the
// endpoint, whose unexpected failures are 500 with its own downstream code.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { API_BASE_URL } from '../../../../src/simulator/model/api-base.ts'
import { setBeforeEndpoint } from '../../../../src/simulator/http/pipeline.ts'
import * as apiKeys from '../../../../src/simulator/services/api-keys.ts'
import { generateApiKey } from '../../../../src/simulator/services/api-key-format.ts'
import * as paymentCreation from '../../../../src/simulator/services/payment-creation.ts'
import * as payments from '../../../../src/simulator/services/payments.ts'
import { createService } from '../../../../src/simulator/services/service-accounts.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { api, newKey, useSimulator, validPayment } from '../../../support/simulator.ts'

useSimulator()

afterEach(() => {
  vi.restoreAllMocks()
  setBeforeEndpoint(undefined)
})

const BLOCKED = {
  code: 'P0920',
  description: 'Request blocked by security rules. Please consult API documentation for more information.',
}
const CREDENTIALS_REQUIRED = 'Credentials are required to access this resource.'

/** A request with exactly these headers (fetch adds no Content-Type for a byte body). */
async function raw(method: string, path: string, headers: Record<string, string>, body?: string) {
  const response = await fetch(`${API_BASE_URL}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : new TextEncoder().encode(body),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text }
}

describe('servlet filter (step 1 of authentication)', () => {
  const BAD_AUTH: Array<[string, Record<string, string>]> = [
    ['no Authorization header', {}],
    ['"Basic x"', { Authorization: 'Basic x' }],
    ['"Bearer" with nothing after it', { Authorization: 'Bearer ' }],
    ['a lower-case "bearer" prefix', { Authorization: 'bearer api_test_x' }],
    ['a key too short to hold a checksum', { Authorization: 'Bearer api_test_short' }],
  ]

  it.each(BAD_AUTH)('answers %s with the HTML error page for Accept */*', async (_why, headers) => {
    const response = await raw('GET', '/v1/payments', { Accept: '*/*', ...headers })
    expect(response.status).toBe(401)
    expect(response.headers.get('Content-Type')).toBe('text/html;charset=utf-8')
    expect(response.text).toContain('<title>Error 401 Unauthorized</title>')
    expect(response.text).toContain('<h2>HTTP ERROR 401 Unauthorized</h2>')
    expect(response.text).toContain('<tr><th>URI:</th><td>/v1/payments</td></tr>')
    expect(response.headers.get('WWW-Authenticate')).toBeNull()
  })

  it('answers a key with a wrong checksum the same way', async () => {
    const key = await newKey()
    const tampered = key.slice(0, -1) + (key.endsWith('a') ? 'b' : 'a')
    const response = await api('GET', '/v1/payments', { key: tampered, headers: { Accept: '*/*' } })
    expect(response.status).toBe(401)
    expect(response.text).toContain('<title>Error 401 Unauthorized</title>')
  })

  it('answers with JSON {url, status, message} for Accept application/json', async () => {
    const response = await api('GET', '/v1/payments/abc', { key: null })
    expect(response.status).toBe(401)
    expect(response.headers.get('Content-Type')).toBe('application/json')
    expect(response.json).toStrictEqual({ url: '/v1/payments/abc', status: '401', message: 'Unauthorized' })
  })

  it('answers before the route is matched: an unknown path under /v1 without a key is 401, not 404', async () => {
    const response = await api('GET', '/v1/no-such-thing', { key: null })
    expect(response.status).toBe(401)
  })

  it('answers before the body is read: a malformed body with no key is 401', async () => {
    const response = await api('POST', '/v1/payments', { key: null, rawBody: '{"amount":' })
    expect(response.status).toBe(401)
  })

  it('does not apply to URLs starting /v1/auth (MOTO authorisation needs no key, §1.1)', async () => {
    // The endpoint itself answers: here, that the card number is missing.
    const response = await api('POST', '/v1/auth', { key: null, body: { one_time_token: 'x' } })
    expect(response.status).toBe(422)
    expect(response.json).toStrictEqual({ field: 'card_number', code: 'P0101', description: 'Missing mandatory attribute: card_number' })
  })

  it('under /v1/auth, ignores a key altogether: a revoked or unknown one is not refused', async () => {
    const response = await api('POST', '/v1/auth', { key: 'api_test_' + 'x'.repeat(40), body: { one_time_token: 'x' } })
    expect(response.status).toBe(422)
  })

  it('does not apply outside /v1: an unknown path there is 404', async () => {
    const response = await api('GET', '/healthcheck-nope', { key: null })
    expect(response.status).toBe(404)
  })

  it('does not look the key up (a malformed key never reaches the key store)', async () => {
    const lookup = vi.spyOn(apiKeys, 'authenticateApiKey')
    await api('GET', '/v1/payments', { key: 'api_test_' + 'x'.repeat(40) })
    expect(lookup).not.toHaveBeenCalled()
  })
})

describe('key lookup (step 2 of authentication)', () => {
  it('answers a well-formed key that was never issued with 401 text/plain and WWW-Authenticate', async () => {
    const response = await api('GET', '/v1/payments', { key: await generateApiKey() })
    expect(response.status).toBe(401)
    expect(response.text).toBe(CREDENTIALS_REQUIRED)
    expect(response.headers.get('Content-Type')).toBe('text/plain')
    expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm=".+"$/)
  })

  it('answers a revoked key the same way, at once', async () => {
    const key = await newKey()
    expect((await api('GET', '/v1/payments', { key })).status).toBe(200)
    await apiKeys.revokeApiKey(key)
    const response = await api('GET', '/v1/payments', { key })
    expect(response.status).toBe(401)
    expect(response.text).toBe(CREDENTIALS_REQUIRED)
  })

  it("does not let a key of one service see another service's payment (404 P0200)", async () => {
    const other = await createService('Service B')
    const theirs = await paymentIn('created', { serviceId: other.id })
    const response = await api('GET', `/v1/payments/${theirs.id}`, { key: await newKey() })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 'P0200', description: 'Not found' })
  })

  it('matches routes first: an unknown path with a well-formed unknown key is 404, not 401', async () => {
    const response = await api('GET', '/v1/nothing-here', { key: await generateApiKey() })
    expect(response.status).toBe(404)
  })
})

describe('route and media-type matching', () => {
  it('answers an unknown path under /v1 with the framework 404', async () => {
    const response = await api('GET', '/v1/paymentz', { key: await newKey() })
    expect(response.status).toBe(404)
    expect(response.json).toStrictEqual({ code: 404, message: 'HTTP 404 Not Found' })
  })

  it('answers a wrong method with the framework 405', async () => {
    const response = await api('DELETE', '/v1/payments', { key: await newKey() })
    expect(response.status).toBe(405)
    expect(response.json).toStrictEqual({ code: 405, message: 'HTTP 405 Method Not Allowed' })
  })

  it('answers GET on a POST-only path with 405', async () => {
    const payment = await paymentIn('created')
    const response = await api('GET', `/v1/payments/${payment.id}/cancel`, { key: await newKey() })
    expect(response.status).toBe(405)
  })

  it('answers a form-encoded body on POST /v1/payments with the framework 415', async () => {
    const response = await api('POST', '/v1/payments', {
      key: await newKey(),
      rawBody: 'amount=100&reference=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(415)
    expect(response.json).toStrictEqual({ code: 415, message: 'HTTP 415 Unsupported Media Type' })
  })

  it('accepts application/json with a charset', async () => {
    const response = await api('POST', '/v1/payments', {
      key: await newKey(),
      body: validPayment(),
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    })
    expect(response.status).toBe(201)
  })
})

describe('firewall (400 P0920)', () => {
  it('blocks a body with no Content-Type', async () => {
    const key = await newKey()
    const response = await raw(
      'POST',
      '/v1/payments',
      { Authorization: `Bearer ${key}`, Accept: 'application/json' },
      JSON.stringify(validPayment()),
    )
    expect(response.status).toBe(400)
    expect(JSON.parse(response.text)).toStrictEqual(BLOCKED)
  })

  it('blocks a text/plain body', async () => {
    const response = await api('POST', '/v1/payments', {
      key: await newKey(),
      body: validPayment(),
      headers: { 'Content-Type': 'text/plain' },
    })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual(BLOCKED)
  })

  it('blocks an empty body on POST /v1/payments', async () => {
    const response = await api('POST', '/v1/payments', { key: await newKey(), rawBody: '' })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual(BLOCKED)
    expect(response.headers.get('Content-Type')).toBe('application/json')
  })

  it('blocks an empty body on a refund', async () => {
    const payment = await paymentIn('success')
    const response = await api('POST', `/v1/payments/${payment.id}/refunds`, { key: await newKey(), rawBody: ' ' })
    expect(response.json).toStrictEqual(BLOCKED)
  })

  it('lets an empty body through on cancel, which takes none', async () => {
    const payment = await paymentIn('created')
    const response = await api('POST', `/v1/payments/${payment.id}/cancel`, { key: await newKey() })
    expect(response.status).toBe(204)
  })

  it.each(['text/html', 'application/xml', 'text/plain'])('blocks Accept: %s', async (accept) => {
    const response = await api('GET', '/v1/payments', { key: await newKey(), headers: { Accept: accept } })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual(BLOCKED)
  })

  it.each(['*/*', 'application/*', 'text/html, application/json;q=0.9', 'application/json'])(
    'lets Accept: %s through',
    async (accept) => {
      const response = await api('GET', '/v1/payments', { key: await newKey(), headers: { Accept: accept } })
      expect(response.status).toBe(200)
    },
  )

  it('blocks before authentication: no key and Accept text/html is still P0920', async () => {
    const response = await api('GET', '/v1/payments', { key: null, headers: { Accept: 'text/html' } })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual(BLOCKED)
  })

  it.each(['/v1/payments?reference=%3Cscript%3E', '/v1/payments?reference=a|b', '/v1/payments?reference=%22x%22'])(
    'blocks attack characters in the address: %s',
    async (path) => {
      const response = await api('GET', path, { key: await newKey() })
      expect(response.status).toBe(400)
      expect(response.json).toStrictEqual(BLOCKED)
    },
  )
})

describe('rate limiting (429 P0900)', () => {
  const pinTime = () => vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 5, 1, 12, 0, 0, 250))

  it('refuses the 16th POST /v1/payments in one second', async () => {
    const key = await newKey()
    pinTime()
    const responses = await Promise.all(
      Array.from({ length: 16 }, () => api('POST', '/v1/payments', { key, body: validPayment() })),
    )
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(15)
    const limited = responses.filter((r) => r.status === 429)
    expect(limited).toHaveLength(1)
    expect(limited[0]!.text).toBe('{"code":"P0900","description":"Too many requests"}')
    expect(limited[0]!.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(limited[0]!.headers.get('Retry-After')).toBeNull()
  })

  it('allows POSTs again in the next second', async () => {
    const key = await newKey()
    const time = pinTime()
    for (let i = 0; i < 15; i++) await api('POST', '/v1/payments', { key, body: validPayment() })
    expect((await api('POST', '/v1/payments', { key, body: validPayment() })).status).toBe(429)
    time.mockReturnValue(Date.UTC(2026, 5, 1, 12, 0, 1, 0))
    expect((await api('POST', '/v1/payments', { key, body: validPayment() })).status).toBe(201)
  })

  it('counts creates and cancels in separate buckets: 15 of each in one second are fine', async () => {
    const key = await newKey()
    const created = await Promise.all(Array.from({ length: 15 }, () => paymentIn('created')))
    pinTime()
    const creates = Array.from({ length: 15 }, () => api('POST', '/v1/payments', { key, body: validPayment() }))
    const cancels = created.map((p) => api('POST', `/v1/payments/${p.id}/cancel`, { key }))
    const statuses = (await Promise.all([...creates, ...cancels])).map((r) => r.status)
    expect(statuses.slice(0, 15)).toEqual(Array(15).fill(201))
    expect(statuses.slice(15)).toEqual(Array(15).fill(204))
  })

  it('allows 75 GETs a second and refuses the 76th', async () => {
    const key = await newKey()
    pinTime()
    const statuses = (await Promise.all(Array.from({ length: 76 }, () => api('GET', '/v1/payments', { key })))).map(
      (r) => r.status,
    )
    expect(statuses.filter((s) => s === 200)).toHaveLength(75)
    expect(statuses.filter((s) => s === 429)).toHaveLength(1)
  })

  it('counts each service separately', async () => {
    const keyA = await newKey()
    const other = await createService('Service B')
    const keyB = (await apiKeys.createApiKey(other.id, 'b')).key
    pinTime()
    for (let i = 0; i < 15; i++) await api('POST', '/v1/payments', { key: keyA, body: validPayment() })
    expect((await api('POST', '/v1/payments', { key: keyA, body: validPayment() })).status).toBe(429)
    expect((await api('POST', '/v1/payments', { key: keyB, body: validPayment() })).status).toBe(201)
  })

  it('runs after authentication: requests with unknown keys are not counted', async () => {
    const key = await newKey()
    const unknown = await generateApiKey()
    pinTime()
    for (let i = 0; i < 20; i++) expect((await api('POST', '/v1/payments', { key: unknown, body: validPayment() })).status).toBe(401)
    expect((await api('POST', '/v1/payments', { key, body: validPayment() })).status).toBe(201)
  })
})

describe('unexpected failures in an endpoint', () => {
  it("answers GET payment with 500 P0298 and logs the error", async () => {
    const key = await newKey()
    const payment = await paymentIn('created')
    vi.spyOn(payments, 'getPayment').mockRejectedValue(new TypeError('a bug'))
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await api('GET', `/v1/payments/${payment.id}`, { key })
    expect(response.status).toBe(500)
    expect(response.json).toStrictEqual({ code: 'P0298', description: 'Downstream system error' })
    expect(logged).toHaveBeenCalledTimes(1)
    expect(logged.mock.calls[0]![1]).toBeInstanceOf(TypeError)
  })

  it('answers create payment with 500 P0198', async () => {
    const key = await newKey()
    vi.spyOn(paymentCreation, 'createApiPayment').mockRejectedValue(new Error('storage full'))
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await api('POST', '/v1/payments', { key, body: validPayment() })
    expect(response.status).toBe(500)
    expect(response.json).toStrictEqual({ code: 'P0198', description: 'Downstream system error' })
    expect(logged).toHaveBeenCalled()
  })

  it.each([
    ['POST', '/cancel', 'cancelPayment', 'P0598'],
    ['POST', '/capture', 'capturePayment', 'P1098'],
    ['GET', '/events', 'getPaymentEvents', 'P0398'],
  ] as const)('answers %s …%s with its own code when the service throws', async (method, suffix, fn, code) => {
    const key = await newKey()
    const payment = await paymentIn('created')
    vi.spyOn(payments, fn).mockRejectedValue(new Error('boom'))
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await api(method, `/v1/payments/${payment.id}${suffix}`, { key })
    expect(response.status).toBe(500)
    expect(response.json).toStrictEqual({ code, description: 'Downstream system error' })
  })

  it('passes an API error thrown by the endpoint through as it is, without logging', async () => {
    const key = await newKey()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await api('POST', '/v1/payments', { key, body: { reference: 'x' } })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual({ field: 'amount', code: 'P0101', description: 'Missing mandatory attribute: amount' })
    expect(logged).not.toHaveBeenCalled()
  })

  it('answers malformed JSON with the route’s parse error code', async () => {
    const key = await newKey()
    const response = await api('POST', '/v1/payments', { key, rawBody: '{"amount": 100,' })
    expect(response.status).toBe(400)
    expect(response.json).toStrictEqual({ code: 'P0197', description: 'Unable to parse JSON' })
  })

  it('lets a fault-injection hook answer in place of the endpoint, after authentication', async () => {
    const key = await newKey()
    const hook = vi.fn(async () => new Response('injected', { status: 503 }))
    setBeforeEndpoint(hook)
    expect((await api('GET', '/v1/payments', { key: await generateApiKey() })).status).toBe(401)
    expect(hook).not.toHaveBeenCalled()
    const response = await api('GET', '/v1/payments', { key })
    expect(response.status).toBe(503)
    expect(response.text).toBe('injected')
    expect(hook).toHaveBeenCalledTimes(1)
  })
})
