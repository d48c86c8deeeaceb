// The msw handlers: each exchange reaches the explorer's history as it was sent and answered
// (bodies read once, the key redacted), and only after the answer was handed back.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { onApiExchange, type ApiExchange } from '../../../../src/simulator/services/api-exchanges.ts'
import { api, newKey, useSimulator, validPayment } from '../../../support/simulator.ts'

useSimulator()

let stop: (() => void) | undefined
afterEach(() => stop?.())

function recordExchanges(): ApiExchange[] {
  const exchanges: ApiExchange[] = []
  stop = onApiExchange((exchange) => exchanges.push(exchange))
  return exchanges
}

describe('reporting API exchanges', () => {
  it('reports a created payment with the body sent and the body answered, word for word', async () => {
    const key = await newKey()
    const exchanges = recordExchanges()
    const sent = JSON.stringify(validPayment({ reference: 'HISTORY-1' }))
    const answer = await api('POST', '/v1/payments', { key, rawBody: sent })
    expect(answer.status).toBe(201)
    await vi.waitFor(() => expect(exchanges).toHaveLength(1))
    const [exchange] = exchanges
    expect(exchange).toMatchObject({
      method: 'POST',
      url: 'https://publicapi.payments.service.gov.uk/v1/payments',
      status: 201,
      requestBody: sent,
      responseBody: answer.text,
    })
    expect(exchange!.requestHeaders.authorization).toBe('Bearer [redacted]')
    expect(exchange!.responseHeaders.location).toBe(answer.headers.get('Location'))
    expect(exchange!.durationMs).toBeGreaterThanOrEqual(0)
  })

  it('reports refusals from every layer with their own bodies: the firewall, a bad key, a bad JSON body', async () => {
    const key = await newKey()
    const exchanges = recordExchanges()
    const answers = [
      await api('GET', '/v1/payments?reference=<script>alert(1)</script>', { key }),
      await api('GET', '/v1/payments', { key: 'not-a-key', headers: { Accept: 'text/plain' } }),
      await api('POST', '/v1/payments', { key, rawBody: '{"amount":' }),
    ]
    await vi.waitFor(() => expect(exchanges).toHaveLength(3))
    expect(exchanges.map((exchange) => exchange.status)).toEqual(answers.map((answer) => answer.status))
    expect(exchanges.map((exchange) => exchange.responseBody)).toEqual(answers.map((answer) => answer.text))
    expect(exchanges[2]!.requestBody).toBe('{"amount":')
  })

  it('reports a HEAD with no body, as it was answered', async () => {
    const key = await newKey()
    const exchanges = recordExchanges()
    const answer = await api('HEAD', '/v1/payments', { key })
    expect(answer.status).toBe(200)
    await vi.waitFor(() => expect(exchanges).toHaveLength(1))
    expect(exchanges[0]).toMatchObject({ method: 'HEAD', status: 200, requestBody: '', responseBody: '' })
  })

  it('does not report anything before the answer has been handed back', async () => {
    const key = await newKey()
    const exchanges = recordExchanges()
    const answered = api('GET', '/v1/payments', { key }).then((answer) => ({ answer, reportedBefore: exchanges.length }))
    const { answer, reportedBefore } = await answered
    expect(answer.status).toBe(200)
    expect(reportedBefore).toBe(0)
    await vi.waitFor(() => expect(exchanges).toHaveLength(1))
  })
})
