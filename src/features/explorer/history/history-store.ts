// The explorer's request history, kept in localStorage: the newest 200 exchanges, with every API
// key replaced by "[redacted]" (in headers, addresses and bodies alike), so no key is ever stored.
import type { ApiExchange } from '../../../simulator/http/exchange-log.ts'

export type HistorySource = 'explorer' | 'page'

export interface HistoryEntry {
  id: string
  source: HistorySource
  method: string
  url: string
  status: number
  startedAt: number
  durationMs: number
  requestHeaders: Record<string, string>
  requestBody: string
  responseHeaders: Record<string, string>
  responseBody: string
}

export const HISTORY_STORAGE_KEY = 'pay-playground.explorer.history'
export const MAX_HISTORY_ENTRIES = 200
/** Longer bodies are cut, so 200 entries fit in the browser's storage. */
export const MAX_STORED_BODY = 8_000

const KEY_PATTERN = /api_(?:test|live)_[0-9a-z]{20,}/gi
export const redactKeys = (text: string): string => text.replace(KEY_PATTERN, '[redacted]')

function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, name.toLowerCase() === 'authorization' ? 'Bearer [redacted]' : redactKeys(value)]),
  )
}

const cut = (text: string) =>
  text.length > MAX_STORED_BODY ? `${text.slice(0, MAX_STORED_BODY)}\n… (cut: only the first ${MAX_STORED_BODY.toLocaleString('en-GB')} characters are kept)` : text

const listeners = new Set<() => void>()
let cache: { raw: string | null; entries: HistoryEntry[] } | undefined

export function loadHistory(): HistoryEntry[] {
  const raw = localStorage.getItem(HISTORY_STORAGE_KEY)
  if (cache?.raw === raw) return cache.entries
  let entries: HistoryEntry[] = []
  try {
    const parsed: unknown = JSON.parse(raw ?? '[]')
    if (Array.isArray(parsed)) entries = parsed as HistoryEntry[]
  } catch {
    entries = []
  }
  cache = { raw, entries }
  return entries
}

function save(entries: HistoryEntry[]): void {
  let kept = entries
  for (;;) {
    try {
      if (kept.length === 0) localStorage.removeItem(HISTORY_STORAGE_KEY)
      else localStorage.setItem(HISTORY_STORAGE_KEY, JSON.stringify(kept))
      break
    } catch (error) {
      // Storage is full: drop the oldest half and try again.
      if (kept.length <= 1) throw error
      kept = kept.slice(0, Math.floor(kept.length / 2))
    }
  }
  for (const listener of listeners) listener()
}

let counter = 0

export function addHistoryEntry(exchange: ApiExchange, source: HistorySource): HistoryEntry {
  const entry: HistoryEntry = {
    id: `${exchange.startedAt.toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    source,
    method: exchange.method,
    url: redactKeys(exchange.url),
    status: exchange.status,
    startedAt: exchange.startedAt,
    durationMs: exchange.durationMs,
    requestHeaders: redactHeaders(exchange.requestHeaders),
    requestBody: cut(redactKeys(exchange.requestBody)),
    responseHeaders: redactHeaders(exchange.responseHeaders),
    responseBody: cut(redactKeys(exchange.responseBody)),
  }
  save([entry, ...loadHistory()].slice(0, MAX_HISTORY_ENTRIES))
  return entry
}

export function clearHistory(): void {
  save([])
}

/** Calls `listener` when the history changes, in this tab or another. */
export function subscribeToHistory(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key === HISTORY_STORAGE_KEY || event.key === null) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** Entries whose method, address, status or bodies contain every word of the search. */
export function searchHistory(entries: readonly HistoryEntry[], text: string): HistoryEntry[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...entries]
  return entries.filter((entry) => {
    const haystack = [entry.method, entry.url, String(entry.status), entry.source === 'explorer' ? 'explorer' : 'page code', entry.requestBody, entry.responseBody]
      .join(' ')
      .toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}
