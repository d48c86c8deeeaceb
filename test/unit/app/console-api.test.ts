import { beforeEach, describe, expect, it } from 'vitest'
import { installConsoleApi } from '../../../src/app/console-api.ts'
import { api, useSimulator, validPayment } from '../../support/simulator.ts'

const simulator = useSimulator()

beforeEach(() => {
  installConsoleApi(window)
})

describe('window.payPlayground', () => {
  it('gives the real API base URL', () => {
    expect(window.payPlayground.baseUrl).toBe('https://publicapi.payments.service.gov.uk')
  })

  it('createApiKey returns a full key that creates payments', async () => {
    const key = await window.payPlayground.createApiKey()
    expect(key).toMatch(/^api_test_/)
    const created = await api('POST', '/v1/payments', { key, body: validPayment() })
    expect(created.status).toBe(201)
    const keys = await simulator.db().apiKeys.toArray()
    expect(keys.map((record) => record.name)).toEqual(['Key created from the console'])
  })

  it('createApiKey uses the name given', async () => {
    await window.payPlayground.createApiKey('Training key')
    const keys = await simulator.db().apiKeys.toArray()
    expect(keys.map((record) => record.name)).toEqual(['Training key'])
  })

  it('revokeApiKey makes the key fail with 401 and reports whether it found the key', async () => {
    const key = await window.payPlayground.createApiKey()
    expect(await window.payPlayground.revokeApiKey(key)).toBe(true)
    const refused = await api('POST', '/v1/payments', { key, body: validPayment() })
    expect(refused.status).toBe(401)
    const unknown = await window.payPlayground.createApiKey()
    await window.payPlayground.reset()
    expect(await window.payPlayground.revokeApiKey(unknown)).toBe(false)
  })

  it('advanceClock by 91 minutes makes an unfinished payment fail with P0020 at once', async () => {
    const key = await window.payPlayground.createApiKey()
    const created = await api('POST', '/v1/payments', { key, body: validPayment() })
    const paymentId: string = created.json.payment_id

    const before = Date.now()
    const moved = await window.payPlayground.advanceClock({ minutes: 91 })
    expect(moved.expired).toBe(1)
    expect(Date.parse(moved.now)).toBeGreaterThanOrEqual(before + 91 * 60_000)

    // Stored as expired by the sweep, before anyone reads it through the API.
    expect((await simulator.db().payments.get(paymentId))?.state).toBe('failed')
    const read = await api('GET', `/v1/payments/${paymentId}`, { key })
    expect(read.json.state).toEqual({ status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' })
  })

  it('advanceClock accepts hours and days, and refuses to run without a distance', async () => {
    const hours = await window.payPlayground.advanceClock({ hours: 2 })
    const days = await window.payPlayground.advanceClock({ days: 1 })
    expect(Date.parse(days.now) - Date.parse(hours.now)).toBeGreaterThanOrEqual(24 * 60 * 60_000 - 1000)
    // @ts-expect-error -- called from the console with no argument
    await expect(window.payPlayground.advanceClock()).rejects.toThrow(/advanceClock\(\{ minutes: 91 \}\)/)
  })

  it('reset removes keys and payments and leaves one "My test service"', async () => {
    const key = await window.payPlayground.createApiKey()
    const created = await api('POST', '/v1/payments', { key, body: validPayment() })
    expect(created.status).toBe(201)
    await window.payPlayground.createService('Another service')

    await expect(window.payPlayground.reset()).resolves.toBeUndefined()

    expect((await api('GET', '/v1/payments', { key })).status).toBe(401)
    const freshKey = await window.payPlayground.createApiKey()
    const read = await api('GET', `/v1/payments/${created.json.payment_id}`, { key: freshKey })
    expect(read.status).toBe(404)
    expect(await simulator.db().payments.count()).toBe(0)
    expect((await window.payPlayground.currentService()).name).toBe('My test service')
    expect(await simulator.db().services.count()).toBe(1)
  })

  it('createService, switchService and currentService keep keys and payments per service', async () => {
    const first = await window.payPlayground.currentService()
    expect(first.name).toBe('My test service')
    const firstKey = await window.payPlayground.createApiKey()
    const payment = await api('POST', '/v1/payments', { key: firstKey, body: validPayment() })

    const secondId = await window.payPlayground.createService('Training cohort 2')
    expect(await window.payPlayground.currentService()).toEqual(first)
    expect(await window.payPlayground.switchService(secondId)).toEqual({ id: secondId, name: 'Training cohort 2' })
    expect(await window.payPlayground.currentService()).toEqual({ id: secondId, name: 'Training cohort 2' })

    const secondKey = await window.payPlayground.createApiKey()
    const fromSecond = await api('GET', `/v1/payments/${payment.json.payment_id}`, { key: secondKey })
    expect(fromSecond.status).toBe(404)
    const keyRecords = await simulator.db().apiKeys.toArray()
    expect(keyRecords.filter((record) => record.serviceId === secondId)).toHaveLength(1)
  })

  it('switchService rejects an unknown id and keeps the current service', async () => {
    const before = await window.payPlayground.currentService()
    await expect(window.payPlayground.switchService('no-such-service')).rejects.toThrow(/no service/)
    expect(await window.payPlayground.currentService()).toEqual(before)
  })

  it('seedPayments adds demo payments to the current service, reporting progress, and the API finds them', async () => {
    const progress: number[] = []
    expect(await window.payPlayground.seedPayments(40, { onProgress: ({ added }) => progress.push(added) })).toBe(40)
    expect(progress.at(-1)).toBe(40)
    const key = await window.payPlayground.createApiKey()
    const search = await api('GET', '/v1/payments?display_size=1', { key })
    expect(search.json.total).toBe(40)
    await expect(window.payPlayground.seedPayments(0)).rejects.toThrow(/from 1 to 100,000/)
  })
})
