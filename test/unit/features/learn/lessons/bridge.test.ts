// The "Bridge" lesson ticks once a request of the service came through the local bridge and was
// answered successfully.
import { describe, expect, it } from 'vitest'
import { bridgeLesson } from '../../../../../src/features/learn/lessons/bridge.ts'
import type { ExchangeRecord } from '../../../../../src/simulator/model/types.ts'
import { addHistoryRecords } from '../../../../../src/simulator/services/request-history.ts'
import { currentFacts } from '../../../../support/learning.ts'
import { currentServiceId } from '../../../../support/payment-scenarios.ts'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator({ recordHistory: true })

const check = async () => bridgeLesson.check(await currentFacts())

const exchange = (overrides: Partial<ExchangeRecord>): ExchangeRecord => ({
  method: 'GET',
  url: 'https://publicapi.payments.service.gov.uk/v1/payments?reference=x',
  status: 200,
  startedAt: Date.now(),
  durationMs: 3,
  requestHeaders: {},
  requestBody: '',
  responseHeaders: {},
  responseBody: '{"total":0,"results":[]}',
  source: 'bridge',
  bridgeUrl: 'http://127.0.0.1:9292',
  ...overrides,
})

describe('the bridge lesson', () => {
  it('is done once the service’s request through the bridge was answered', async () => {
    await addHistoryRecords([exchange({ serviceId: await currentServiceId() })])
    expect(await check()).toEqual({ done: true, evidence: 'GET /v1/payments came through the bridge and was answered 200.' })
  })

  it('is not done for the same request sent from the explorer', async () => {
    await addHistoryRecords([exchange({ serviceId: await currentServiceId(), source: 'explorer', bridgeUrl: undefined })])
    expect(await check()).toEqual({ done: false, hint: undefined })
  })

  it('explains a key refused through the bridge', async () => {
    await addHistoryRecords([exchange({ status: 401, responseBody: '{"code":"P0940"}' })])
    const result = await check()
    expect(result.done).toBe(false)
    expect(result.hint).toMatch(/refused with 401/)
  })
})
