// The request history: exchanges are stored by whoever answers them, newest first, the newest 200
// kept, with the page, service and key that sent each, and never an API key.
import { describe, expect, it } from 'vitest'
import type { ApiExchange } from '../../../../src/simulator/services/api-exchanges.ts'
import {
  historyWritten,
  MAX_HISTORY_ENTRIES,
  readHistory,
  recordExchange,
  startRecordingHistory,
  toRecord,
} from '../../../../src/simulator/services/request-history.ts'
import { api, newKey, useSimulator, validPayment } from '../../../support/simulator.ts'

const sim = useSimulator()
const KEY = 'api_test_0123456789abcdefghijklmnopqrstuv0123456789abcdefghijklmnopqrstuv'

const exchange = (overrides: Partial<ApiExchange> = {}): ApiExchange => ({
  method: 'POST',
  url: 'https://publicapi.payments.service.gov.uk/v1/payments',
  status: 201,
  startedAt: 1_700_000_000_000,
  durationMs: 3,
  requestHeaders: { authorization: 'Bearer [redacted]', 'content-type': 'application/json' },
  requestBody: '{"amount":100}',
  responseHeaders: { location: 'https://publicapi.payments.service.gov.uk/v1/payments/abc' },
  responseBody: '{"payment_id":"abc"}',
  ...overrides,
})

describe('the request history', () => {
  it('records every exchange answered while recording, newest first, with the service and key that sent it', async () => {
    const stop = startRecordingHistory()
    const key = await newKey('Back office key')
    await api('POST', '/v1/payments', { key, body: validPayment() })
    await api('GET', '/v1/payments/unknownpaymentid000000000', { key })
    await api('GET', '/v1/payments', { key: 'api_test_notakey' })
    await historyWritten()
    stop()
    await api('GET', '/v1/payments', { key })
    await historyWritten()
    const [refused, notFound, created, ...rest] = await readHistory()
    expect(rest).toEqual([])
    expect(created).toMatchObject({ method: 'POST', status: 201, serviceName: 'My test service', keyName: 'Back office key', source: 'page' })
    expect(notFound).toMatchObject({ method: 'GET', status: 404, keyName: 'Back office key' })
    expect(refused).toMatchObject({ status: 401 })
    expect(refused).not.toHaveProperty('serviceName')
  })

  it('says a request came from the explorer when the page that sent it is one of the explorer’s, and names the bridge one came through', async () => {
    const at = (pageUrl: string) => toRecord(exchange({ origin: Promise.resolve({ pageUrl }) }))
    expect(await at('https://x.github.io/pay-playground/#/explorer/create-payment')).toMatchObject({ source: 'explorer' })
    expect(await at('https://x.github.io/pay-playground/#/explorer')).toMatchObject({ source: 'explorer' })
    expect(await at('https://x.github.io/pay-playground/my-page.html')).toMatchObject({
      source: 'page',
      pageUrl: 'https://x.github.io/pay-playground/my-page.html',
    })
    expect(await at('https://x.github.io/pay-playground/#/explorers-guide')).toMatchObject({ source: 'page' })
    expect(await toRecord(exchange({ origin: Promise.resolve({ bridgeUrl: 'http://127.0.0.1:9292' }) }))).toMatchObject({
      source: 'bridge',
      bridgeUrl: 'http://127.0.0.1:9292',
    })
  })

  it('never stores an API key: headers, address and bodies are redacted', async () => {
    recordExchange(
      exchange({
        url: `https://publicapi.payments.service.gov.uk/v1/payments?reference=${KEY}`,
        requestHeaders: { authorization: `Bearer ${KEY}`, 'x-copy': KEY },
        requestBody: JSON.stringify({ reference: KEY }),
        responseBody: JSON.stringify({ reference: KEY }),
      }),
    )
    await historyWritten()
    const stored = JSON.stringify(await sim.db().exchanges.toArray())
    expect(stored).not.toContain(KEY.slice(9))
    expect((await readHistory())[0]?.requestHeaders.authorization).toBe('Bearer [redacted]')
  })

  it('keeps only the newest 200, writing a burst of exchanges together', async () => {
    for (let index = 0; index < MAX_HISTORY_ENTRIES + 5; index++) recordExchange(exchange({ durationMs: index }))
    await historyWritten()
    const entries = await readHistory()
    expect(entries).toHaveLength(MAX_HISTORY_ENTRIES)
    expect(entries[0]?.durationMs).toBe(MAX_HISTORY_ENTRIES + 4)
    expect(entries.at(-1)?.durationMs).toBe(5)
  })

  it('cuts very long bodies', async () => {
    recordExchange(exchange({ responseBody: 'x'.repeat(20_000) }))
    await historyWritten()
    const [entry] = await readHistory()
    expect(entry?.responseBody.length).toBeLessThan(8_200)
    expect(entry?.responseBody).toMatch(/cut: only the first 8,000 characters are kept/)
  })
})
