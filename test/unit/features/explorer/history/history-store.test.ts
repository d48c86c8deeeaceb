// The request history survives a reload (localStorage), keeps the newest 200, never stores a key,
// can be searched and cleared.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearPlaygroundBrowserData } from '../../../../../src/lib/browser-storage.ts'
import {
  addHistoryEntry,
  clearHistory,
  HISTORY_STORAGE_KEY,
  loadHistory,
  MAX_HISTORY_ENTRIES,
  SAVE_DELAY_MS,
  saveHistoryNow,
  searchHistory,
  subscribeToHistory,
} from '../../../../../src/features/explorer/history/history-store.ts'
import type { ApiExchange } from '../../../../../src/simulator/services/api-exchanges.ts'

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

beforeEach(() => {
  clearHistory()
  localStorage.clear()
})
afterEach(() => vi.useRealTimers())

describe('the request history', () => {
  it('is kept in localStorage, newest first, and read back as it was', () => {
    addHistoryEntry(exchange({ url: 'https://publicapi.payments.service.gov.uk/v1/payments/first' }), 'explorer')
    addHistoryEntry(exchange({ method: 'GET', status: 200 }), 'page')
    saveHistoryNow()
    const stored = JSON.parse(localStorage.getItem(HISTORY_STORAGE_KEY) ?? '[]')
    expect(stored).toHaveLength(2)
    const [newest, oldest] = loadHistory()
    expect(newest).toMatchObject({ method: 'GET', status: 200, source: 'page' })
    expect(oldest).toMatchObject({ method: 'POST', status: 201, source: 'explorer', responseBody: '{"payment_id":"abc"}' })
  })

  it('keeps only the newest 200', () => {
    for (let index = 0; index < MAX_HISTORY_ENTRIES + 5; index++) addHistoryEntry(exchange({ durationMs: index }), 'explorer')
    const entries = loadHistory()
    expect(entries).toHaveLength(MAX_HISTORY_ENTRIES)
    expect(entries[0]?.durationMs).toBe(MAX_HISTORY_ENTRIES + 4)
  })

  it('never stores an API key: headers, address and bodies are redacted', () => {
    addHistoryEntry(
      exchange({
        url: `https://publicapi.payments.service.gov.uk/v1/payments?reference=${KEY}`,
        requestHeaders: { authorization: `Bearer ${KEY}`, 'x-copy': KEY },
        requestBody: JSON.stringify({ reference: KEY }),
        responseBody: JSON.stringify({ reference: KEY }),
      }),
      'page',
    )
    saveHistoryNow()
    const raw = localStorage.getItem(HISTORY_STORAGE_KEY) ?? ''
    expect(raw).not.toContain(KEY)
    expect(raw).not.toContain(KEY.slice(9))
    expect(loadHistory()[0]?.requestHeaders.authorization).toBe('Bearer [redacted]')
  })

  it('finds entries by method, address, status and body, and can be cleared', () => {
    addHistoryEntry(exchange({ method: 'GET', url: 'https://publicapi.payments.service.gov.uk/v1/refunds', status: 200, responseBody: '{}' }), 'explorer')
    addHistoryEntry(exchange(), 'explorer')
    const entries = loadHistory()
    expect(searchHistory(entries, 'post 201')).toHaveLength(1)
    expect(searchHistory(entries, 'refunds')).toHaveLength(1)
    expect(searchHistory(entries, 'payment_id')).toHaveLength(1)
    expect(searchHistory(entries, '')).toHaveLength(2)
    let changes = 0
    const stop = subscribeToHistory(() => changes++)
    clearHistory()
    stop()
    expect(changes).toBe(1)
    expect(loadHistory()).toEqual([])
    expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toBeNull()
  })

  it('shows new entries at once and writes a burst of them to localStorage once, a moment later', () => {
    vi.useFakeTimers()
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    let changes = 0
    const stop = subscribeToHistory(() => changes++)
    for (let index = 0; index < 30; index++) addHistoryEntry(exchange({ durationMs: index }), 'page')
    stop()
    expect(changes).toBe(30)
    expect(loadHistory()).toHaveLength(30)
    expect(loadHistory()).toBe(loadHistory())
    expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toBeNull()
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(setItem.mock.calls.filter(([key]) => key === HISTORY_STORAGE_KEY)).toHaveLength(1)
    expect(JSON.parse(localStorage.getItem(HISTORY_STORAGE_KEY) ?? '[]')).toHaveLength(30)
    setItem.mockRestore()
  })

  it('where the browser can say when it is idle, writes the burst at the first idle moment after the delay', () => {
    vi.useFakeTimers()
    const idle: Array<() => void> = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
    vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.splice(handle - 1, 1, () => {}))
    try {
      for (let index = 0; index < 5; index++) addHistoryEntry(exchange({ durationMs: index }), 'page')
      vi.advanceTimersByTime(SAVE_DELAY_MS)
      expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toBeNull()
      expect(idle).toHaveLength(1)
      idle[0]!()
      expect(JSON.parse(localStorage.getItem(HISTORY_STORAGE_KEY) ?? '[]')).toHaveLength(5)

      // Data cleared while a write waits for an idle moment: the entries do not come back.
      addHistoryEntry(exchange(), 'page')
      vi.advanceTimersByTime(SAVE_DELAY_MS)
      expect(idle).toHaveLength(2)
      clearPlaygroundBrowserData()
      idle[1]!()
      expect(loadHistory()).toEqual([])
      expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toBeNull()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('keeps what another tab wrote meanwhile when it writes its own entries', () => {
    addHistoryEntry(exchange({ url: 'https://publicapi.payments.service.gov.uk/v1/payments/mine' }), 'page')
    const otherTab = { ...exchange(), id: 'other-tab-entry', source: 'explorer', url: 'https://publicapi.payments.service.gov.uk/v1/payments/theirs' }
    localStorage.setItem(HISTORY_STORAGE_KEY, JSON.stringify([otherTab]))
    saveHistoryNow()
    const urls = loadHistory().map((entry) => entry.url.split('/').pop())
    expect(urls).toEqual(['mine', 'theirs'])
    expect(JSON.parse(localStorage.getItem(HISTORY_STORAGE_KEY) ?? '[]')).toHaveLength(2)
  })

  it('does not bring back entries waiting to be written once the playground’s browser data is cleared', () => {
    vi.useFakeTimers()
    addHistoryEntry(exchange(), 'page')
    clearPlaygroundBrowserData()
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(loadHistory()).toEqual([])
    expect(localStorage.getItem(HISTORY_STORAGE_KEY)).toBeNull()
  })
})
