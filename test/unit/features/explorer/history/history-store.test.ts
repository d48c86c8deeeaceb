// The explorer's view of the history: searchable by method, address, status, body, page, service
// and key; and a history an earlier version kept in localStorage is brought into storage once.
import { describe, expect, it } from 'vitest'
import {
  bringInLegacyHistory,
  LEGACY_HISTORY_KEY,
  readHistory,
  searchHistory,
  type HistoryEntry,
} from '../../../../../src/features/explorer/history/history-store.ts'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()

const entry = (overrides: Partial<HistoryEntry> = {}): HistoryEntry => ({
  method: 'POST',
  url: 'https://publicapi.payments.service.gov.uk/v1/payments',
  status: 201,
  startedAt: 1_700_000_000_000,
  durationMs: 3,
  requestHeaders: {},
  requestBody: '{"amount":100}',
  responseHeaders: {},
  responseBody: '{"payment_id":"abc"}',
  source: 'explorer',
  ...overrides,
})

describe('searching the history', () => {
  it('finds entries by every word of the search in their method, address, status, bodies, page, service and key', () => {
    const entries = [
      entry({ method: 'GET', url: 'https://publicapi.payments.service.gov.uk/v1/refunds', status: 200, responseBody: '{}', serviceName: 'Parking' }),
      entry({ source: 'page', pageUrl: 'https://x.github.io/pay-playground/demo.html', keyName: 'Back office' }),
    ]
    expect(searchHistory(entries, 'post 201')).toHaveLength(1)
    expect(searchHistory(entries, 'refunds parking')).toHaveLength(1)
    expect(searchHistory(entries, 'demo.html back office')).toHaveLength(1)
    expect(searchHistory(entries, 'page code')).toEqual([entries[1]])
    expect(searchHistory(entries, 'payment_id')).toHaveLength(1)
    expect(searchHistory(entries, '')).toHaveLength(2)
    expect(searchHistory(entries, 'teapot')).toEqual([])
  })
})

describe('a history kept by an earlier version', () => {
  it('moves into storage in its order, then leaves localStorage', async () => {
    const legacy = [
      { ...entry({ url: 'https://publicapi.payments.service.gov.uk/v1/payments/newest' }), id: 'b' },
      { ...entry({ url: 'https://publicapi.payments.service.gov.uk/v1/payments/oldest', source: 'page' }), id: 'a' },
    ]
    localStorage.setItem(LEGACY_HISTORY_KEY, JSON.stringify(legacy))
    expect(await bringInLegacyHistory()).toBe(2)
    expect((await readHistory()).map((stored) => [stored.url.split('/').pop(), stored.source])).toEqual([
      ['newest', 'explorer'],
      ['oldest', 'page'],
    ])
    expect(localStorage.getItem(LEGACY_HISTORY_KEY)).toBeNull()
    expect(await bringInLegacyHistory()).toBe(0)
    expect(await readHistory()).toHaveLength(2)
  })

  it('is left where it is when it cannot be read, and nothing is added', async () => {
    localStorage.setItem(LEGACY_HISTORY_KEY, '{not json')
    expect(await bringInLegacyHistory()).toBe(0)
    expect(localStorage.getItem(LEGACY_HISTORY_KEY)).toBe('{not json')
    expect(await readHistory()).toEqual([])
    localStorage.clear()
  })
})
