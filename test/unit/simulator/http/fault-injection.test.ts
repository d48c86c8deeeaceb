// Fault injection through the API: the next N requests (or a percentage) fail with the endpoint's
// own 500 code, optionally for one endpoint only; latency is added to each response; the settings
// are read from storage, so they apply after a "reload" and to changes made by another tab.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { installFaultInjection } from '../../../../src/simulator/http/fault-injection.ts'
import { FAULTS_META_KEY, getFaultSettings, setFaultSettings, type FaultSettings } from '../../../../src/simulator/services/faults.ts'
import { seededRandom } from '../../../../src/simulator/services/seeded-random.ts'
import { createApiKey } from '../../../../src/simulator/services/api-keys.ts'
import { createService } from '../../../../src/simulator/services/service-accounts.ts'
import { paymentIn } from '../../../support/payment-fixtures.ts'
import { api, newKey, useSimulator, validPayment } from '../../../support/simulator.ts'

const sim = useSimulator()
const sleep = vi.fn((_ms: number) => Promise.resolve())
let uninstall: (() => void) | undefined

function install(seed = 1) {
  uninstall?.()
  uninstall = installFaultInjection({ random: seededRandom(seed), sleep })
}

beforeEach(() => {
  sleep.mockClear()
  install()
})
afterEach(() => {
  uninstall?.()
  uninstall = undefined
})

const settings = (change: Partial<FaultSettings>): FaultSettings => ({
  failWith: 'downstream',
  failures: { kind: 'none' },
  operation: null,
  latencyMs: 0,
  ...change,
})

const DOWNSTREAM = (code: string) => ({ code, description: 'Downstream system error' })

describe('faults for one service', () => {
  it('fail only requests sent with that service’s keys, and count down there', async () => {
    const mine = await newKey()
    const trainee = await createService('Trainee 1')
    const theirs = (await createApiKey(trainee.id, 'trainee key')).key
    await setFaultSettings(settings({ failures: { kind: 'next', remaining: 2 } }), trainee.id)
    expect((await api('GET', '/v1/payments', { key: mine })).status).toBe(200)
    expect((await api('GET', '/v1/payments', { key: theirs })).json).toStrictEqual(DOWNSTREAM('P0498'))
    expect((await getFaultSettings(trainee.id)).failures).toStrictEqual({ kind: 'next', remaining: 1 })
    expect(await getFaultSettings()).toStrictEqual(settings({}))
  })

  it('replace the settings for every service while they are on', async () => {
    const mine = await newKey()
    const trainee = await createService('Trainee 2')
    const theirs = (await createApiKey(trainee.id, 'trainee key')).key
    await setFaultSettings(settings({ failWith: 'rate-limited', failures: { kind: 'percentage', percent: 100 } }))
    await setFaultSettings(settings({ failWith: 'unavailable', failures: { kind: 'next', remaining: 1 } }), trainee.id)
    expect((await api('GET', '/v1/payments', { key: mine })).status).toBe(429)
    expect((await api('GET', '/v1/payments', { key: theirs })).status).toBe(503)
    // Its own have run out: the settings for every service apply to it again.
    expect((await api('GET', '/v1/payments', { key: theirs })).status).toBe(429)
  })
})

describe('the next N requests fail', () => {
  it('fails the next 2 requests with 500 and the operation’s code, then the third succeeds', async () => {
    const key = await newKey()
    await setFaultSettings(settings({ failWith: 'downstream', failures: { kind: 'next', remaining: 2 } }))
    const first = await api('POST', '/v1/payments', { key, body: validPayment() })
    expect(first.status).toBe(500)
    expect(first.json).toStrictEqual(DOWNSTREAM('P0198'))
    expect(first.headers.get('Content-Type')).toBe('application/json')
    const second = await api('GET', '/v1/payments', { key })
    expect(second.status).toBe(500)
    expect(second.json).toStrictEqual(DOWNSTREAM('P0498'))
    const third = await api('POST', '/v1/payments', { key, body: validPayment() })
    expect(third.status).toBe(201)
    expect(await getFaultSettings()).toStrictEqual(settings({}))
    expect(await sim.db().meta.get(FAULTS_META_KEY)).toBeUndefined()
  })

  it('counts down in storage, so the page can show how many are left', async () => {
    const key = await newKey()
    await setFaultSettings(settings({ failWith: 'downstream', failures: { kind: 'next', remaining: 3 } }))
    await api('GET', '/v1/payments', { key })
    expect((await getFaultSettings()).failures).toStrictEqual({ kind: 'next', remaining: 2 })
  })

  it('uses each endpoint’s own downstream code', async () => {
    const key = await newKey()
    const payment = await paymentIn('success')
    const calls: Array<[string, string, string, unknown?]> = [
      ['GET', `/v1/payments/${payment.id}`, 'P0298'],
      ['GET', `/v1/payments/${payment.id}/events`, 'P0398'],
      ['POST', `/v1/payments/${payment.id}/cancel`, 'P0598'],
      ['POST', `/v1/payments/${payment.id}/capture`, 'P1098'],
      ['POST', `/v1/payments/${payment.id}/refunds`, 'P0698', { amount: 100 }],
      ['GET', `/v1/payments/${payment.id}/refunds`, 'P0898'],
      ['GET', `/v1/payments/${payment.id}/refunds/anything`, 'P0798'],
      ['GET', '/v1/refunds', 'P1898'],
    ]
    await setFaultSettings(settings({ failWith: 'downstream', failures: { kind: 'next', remaining: calls.length } }))
    for (const [method, path, code, body] of calls) {
      const response = await api(method, path, { key, body })
      expect([path, response.status, response.json]).toStrictEqual([path, 500, DOWNSTREAM(code)])
    }
  })

  it('does not count requests refused before the endpoint (a bad key)', async () => {
    await setFaultSettings(settings({ failWith: 'downstream', failures: { kind: 'next', remaining: 1 } }))
    const refused = await api('GET', '/v1/payments', { key: 'api_test_not_a_real_key_at_all_000000000000000000000000' })
    expect(refused.status).toBe(401)
    expect((await getFaultSettings()).failures).toStrictEqual({ kind: 'next', remaining: 1 })
  })
})

describe('failing one endpoint only', () => {
  it('fails only "Get a payment" and leaves the others and the countdown alone', async () => {
    const key = await newKey()
    await setFaultSettings(settings({ failWith: 'downstream', failures: { kind: 'next', remaining: 1 }, operation: 'getPayment' }))
    const created = await api('POST', '/v1/payments', { key, body: validPayment() })
    expect(created.status).toBe(201)
    expect((await api('GET', '/v1/payments', { key })).status).toBe(200)
    expect((await getFaultSettings()).failures).toStrictEqual({ kind: 'next', remaining: 1 })
    const read = await api('GET', `/v1/payments/${created.json.payment_id}`, { key })
    expect(read.status).toBe(500)
    expect(read.json).toStrictEqual(DOWNSTREAM('P0298'))
    expect((await api('GET', `/v1/payments/${created.json.payment_id}`, { key })).status).toBe(200)
  })
})

describe('a percentage of requests fail', () => {
  it('fails exactly the requests the seeded random picks, and keeps going', async () => {
    const key = await newKey()
    await setFaultSettings(settings({ failWith: 'downstream', failures: { kind: 'percentage', percent: 30 } }))
    const expectedRandom = seededRandom(5)
    install(5)
    const expected: number[] = []
    const got: number[] = []
    for (let i = 0; i < 40; i++) {
      expected.push(expectedRandom() * 100 < 30 ? 500 : 200)
      got.push((await api('GET', '/v1/payments', { key })).status)
    }
    expect(got).toStrictEqual(expected)
    const failures = got.filter((status) => status === 500).length
    expect(failures).toBeGreaterThan(4)
    expect(failures).toBeLessThan(25)
    expect((await getFaultSettings()).failures).toStrictEqual({ kind: 'percentage', percent: 30 })
  })

  it('fails every request at 100%', async () => {
    const key = await newKey()
    await setFaultSettings(settings({ failWith: 'downstream', failures: { kind: 'percentage', percent: 100 } }))
    for (let i = 0; i < 5; i++) expect((await api('GET', '/v1/refunds', { key })).json).toStrictEqual(DOWNSTREAM('P1898'))
  })
})

describe('latency', () => {
  it('waits the chosen time before every response, which still succeeds', async () => {
    const key = await newKey()
    await setFaultSettings(settings({ latencyMs: 750 }))
    expect((await api('POST', '/v1/payments', { key, body: validPayment() })).status).toBe(201)
    expect((await api('GET', '/v1/payments', { key })).status).toBe(200)
    expect(sleep.mock.calls).toStrictEqual([[750], [750]])
  })

  it('adds nothing when no faults are set', async () => {
    const key = await newKey()
    expect((await api('GET', '/v1/payments', { key })).status).toBe(200)
    expect(sleep).not.toHaveBeenCalled()
  })
})

describe('persistence', () => {
  it('applies stored settings after a reload (the hook is installed again)', async () => {
    const key = await newKey()
    await setFaultSettings(settings({ failWith: 'downstream', failures: { kind: 'next', remaining: 1 } }))
    uninstall?.()
    uninstall = undefined
    expect((await api('GET', '/v1/payments', { key })).status).toBe(200)
    install()
    expect((await api('GET', '/v1/payments', { key })).status).toBe(500)
  })

  it('picks up settings another tab wrote straight into storage', async () => {
    const key = await newKey()
    expect((await api('GET', '/v1/payments', { key })).status).toBe(200)
    await sim.db().meta.put({ key: FAULTS_META_KEY, value: settings({ failWith: 'downstream', failures: { kind: 'next', remaining: 1 } }) })
    let status = 200
    for (let attempt = 0; attempt < 50 && status === 200; attempt++) {
      status = (await api('GET', '/v1/payments', { key })).status
    }
    expect(status).toBe(500)
  })
})

describe('the ways a request can fail', () => {
  const failNext = (failWith: FaultSettings['failWith']) =>
    setFaultSettings(settings({ failWith, failures: { kind: 'next', remaining: 1 }, operation: 'getPayment' }))

  it('rate limited: 429 P0900 exactly as the rate limiter answers', async () => {
    const key = await newKey()
    await failNext('rate-limited')
    const answer = await api('GET', '/v1/payments/hu20sqlact5260q2nanm0q8u93', { key })
    expect(answer.status).toBe(429)
    expect(answer.json).toStrictEqual({ code: 'P0900', description: 'Too many requests' })
    expect(answer.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
  })

  it('unauthorised: the 401 of a revoked key, in plain text', async () => {
    const key = await newKey()
    await failNext('unauthorised')
    const answer = await api('GET', '/v1/payments/hu20sqlact5260q2nanm0q8u93', { key })
    expect(answer.status).toBe(401)
    expect(answer.text).toBe('Credentials are required to access this resource.')
    expect(answer.headers.get('WWW-Authenticate')).toBe('Bearer realm="realm"')
  })

  it('unavailable: 503 with no body', async () => {
    const key = await newKey()
    await failNext('unavailable')
    const answer = await api('GET', '/v1/payments/hu20sqlact5260q2nanm0q8u93', { key })
    expect(answer.status).toBe(503)
    expect(answer.text).toBe('')
  })

  it('a network failure: the client’s fetch rejects, and the next request is answered', async () => {
    const key = await newKey()
    await failNext('network')
    await expect(api('GET', '/v1/payments/hu20sqlact5260q2nanm0q8u93', { key })).rejects.toThrow(TypeError)
    expect((await api('GET', '/v1/payments/hu20sqlact5260q2nanm0q8u93', { key })).status).toBe(404)
  })

  it('a timeout: no answer until the client gives up', async () => {
    const key = await newKey()
    await failNext('timeout')
    const gaveUp = AbortSignal.timeout(300)
    const started = Date.now()
    await expect(
      fetch('https://publicapi.payments.service.gov.uk/v1/payments/hu20sqlact5260q2nanm0q8u93', {
        headers: { Authorization: `Bearer ${key}` },
        signal: gaveUp,
      }),
    ).rejects.toThrow()
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect((await api('GET', '/v1/payments/hu20sqlact5260q2nanm0q8u93', { key })).status).toBe(404)
  })

  it('is kept with the settings, and settings saved before there was a choice fail with the 500', async () => {
    await failNext('unavailable')
    expect((await getFaultSettings()).failWith).toBe('unavailable')
    await sim.db().meta.put({ key: FAULTS_META_KEY, value: { failures: { kind: 'next', remaining: 1 }, operation: null, latencyMs: 0 } })
    expect((await getFaultSettings()).failWith).toBe('downstream')
  })
})
