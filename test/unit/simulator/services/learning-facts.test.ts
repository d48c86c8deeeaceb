// The facts the lessons read for one service: only what it did through the API since the lessons
// started (keys, requests, the payments those requests created, as stored now, and their refunds),
// never another service's or a payment made some other way.
import { describe, expect, it } from 'vitest'
import type { ExchangeRecord } from '../../../../src/simulator/model/types.ts'
import { createApiKey } from '../../../../src/simulator/services/api-keys.ts'
import { createdPaymentId, readLearningFacts } from '../../../../src/simulator/services/learning-facts.ts'
import { startLessonsAgain } from '../../../../src/simulator/services/lesson-progress.ts'
import { advanceClock } from '../../../../src/simulator/services/clock.ts'
import { currentFacts, apiPayment } from '../../../support/learning.ts'
import { currentServiceId, makePayment, otherService, pay, refund } from '../../../support/payment-scenarios.ts'
import { api, newKey, useSimulator } from '../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the learning facts of a service', () => {
  it('are undefined for a service that does not exist', async () => {
    expect(await readLearningFacts('no-such-service')).toBeUndefined()
  })

  it('hold the payments the service created through the API, as stored now, oldest first', async () => {
    const key = await newKey('Lesson key')
    const first = await apiPayment(key, { reference: 'FIRST' })
    await advanceClock({ minutes: 1 })
    const second = await apiPayment(key, { reference: 'SECOND' })
    await pay(first)

    const facts = await currentFacts()
    expect(facts.payments.map((payment) => [payment.reference, payment.state])).toEqual([
      ['FIRST', 'success'],
      ['SECOND', 'created'],
    ])
    expect(facts.payments.map((payment) => payment.id)).toEqual([first, second])
    expect(facts.keys.map((k) => k.name)).toEqual(['Lesson key'])
  })

  it('leave out payments made without the API and another service’s payments', async () => {
    await makePayment({ reference: 'MADE-BY-SERVICE' })
    const other = await otherService()
    await api('POST', '/v1/payments', { key: other.key, body: { amount: 100, reference: 'THEIRS', description: 'x', return_url: 'https://a.gov.uk/' } })

    const facts = await currentFacts()
    expect(facts.payments).toEqual([])
    expect(facts.exchanges.map((exchange) => exchange.serviceId)).not.toContain(other.serviceId)
    expect((await currentFacts(other.serviceId)).payments.map((payment) => payment.reference)).toEqual(['THEIRS'])
  })

  it('include requests refused for their key, which carry no service', async () => {
    await api('GET', '/v1/payments?reference=x', { key: 'api_test_not-a-real-key' })
    const facts = await currentFacts()
    expect(facts.exchanges).toHaveLength(1)
    expect(facts.exchanges[0]).toMatchObject({ status: 401 })
    expect(facts.exchanges[0]!.serviceId).toBeUndefined()
  })

  it('include the refunds of the service’s API payments, however they were made', async () => {
    const key = await newKey()
    const id = await apiPayment(key, { amount: 1000 })
    await pay(id)
    await refund(id, 300)
    const notThroughApi = await makePayment({ amount: 500 })
    await pay(notThroughApi.id)
    await refund(notThroughApi.id, 500)

    const facts = await currentFacts()
    expect(facts.refunds.map((r) => [r.paymentId, r.amount])).toEqual([[id, 300]])
  })

  it('count only what happened since the lessons were started again', async () => {
    const key = await newKey('Old key')
    await apiPayment(key, { reference: 'BEFORE' })
    await api('GET', '/v1/payments?reference=BEFORE', { key })
    await currentFacts()
    await pause(5)
    await startLessonsAgain(await currentServiceId())
    await pause(5)

    const empty = await currentFacts()
    expect(empty.keys).toEqual([])
    expect(empty.exchanges).toEqual([])
    expect(empty.payments).toEqual([])

    await advanceClock({ minutes: 1 })
    const serviceId = await currentServiceId()
    await createApiKey(serviceId, 'New key')
    await apiPayment(key, { reference: 'AFTER' })
    const facts = await currentFacts()
    expect(facts.keys.map((k) => k.name)).toEqual(['New key'])
    expect(facts.payments.map((payment) => payment.reference)).toEqual(['AFTER'])
  })

  it('tell how far the simulator clock is ahead', async () => {
    expect((await currentFacts()).clockOffsetMs).toBe(0)
    await advanceClock({ minutes: 90 })
    expect((await currentFacts()).clockOffsetMs).toBe(90 * 60 * 1000)
  })
})

describe('createdPaymentId', () => {
  const exchange = (overrides: Partial<ExchangeRecord>): ExchangeRecord => ({
    method: 'POST',
    url: 'https://publicapi.payments.service.gov.uk/v1/payments',
    status: 201,
    startedAt: 0,
    durationMs: 1,
    requestHeaders: {},
    requestBody: '',
    responseHeaders: {},
    responseBody: JSON.stringify({ payment_id: 'abc123' }),
    source: 'explorer',
    ...overrides,
  })

  it('reads the payment id of a 201 answer to POST /v1/payments', () => {
    expect(createdPaymentId(exchange({}))).toBe('abc123')
  })

  it('is undefined for anything else', () => {
    expect(createdPaymentId(exchange({ status: 422 }))).toBeUndefined()
    expect(createdPaymentId(exchange({ method: 'GET', status: 200 }))).toBeUndefined()
    expect(createdPaymentId(exchange({ url: 'https://publicapi.payments.service.gov.uk/v1/payments/abc123/refunds' }))).toBeUndefined()
    expect(createdPaymentId(exchange({ responseBody: 'not json' }))).toBeUndefined()
    expect(createdPaymentId(exchange({ responseBody: JSON.stringify({ payment_id: 7 }) }))).toBeUndefined()
  })
})
