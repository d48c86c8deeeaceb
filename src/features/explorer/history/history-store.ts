// The explorer's request history, kept in localStorage: the newest 200 exchanges, with every API
// key replaced by "[redacted]" (in headers, addresses and bodies alike), so no key is ever stored.
// New entries are shown at once and written a moment later, together, so recording a busy stream
// of requests does not rewrite the whole history on every one of them.
import { beforePlaygroundBrowserDataCleared } from '../../../lib/browser-storage.ts'
import type { ApiExchange } from '../../../simulator/services/api-exchanges.ts'

export type HistorySource = 'explorer' | 'page'

/** An exchange as the history keeps it: keys redacted, long bodies cut, and where it came from. */
export interface HistoryEntry extends ApiExchange {
  id: string
  source: HistorySource
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
let stored: { raw: string | null; entries: HistoryEntry[] } | undefined
/** Entries recorded in this tab and not yet written to localStorage, newest first. */
let unsaved: HistoryEntry[] = []
let view: { from: readonly HistoryEntry[]; unsaved: readonly HistoryEntry[]; entries: HistoryEntry[] } | undefined
let saveTimer: ReturnType<typeof setTimeout> | undefined
let saveWhenIdle: number | undefined
/**
 * How long new entries wait before being written, so a burst of requests is written once. The
 * write then waits for a moment when the page is idle (at most IDLE_WAIT_MS more), so that turning
 * the history into text does not hold up a request being answered.
 */
export const SAVE_DELAY_MS = 250
const IDLE_WAIT_MS = 1_000

function scheduleSave(): void {
  if (saveTimer !== undefined || saveWhenIdle !== undefined) return
  saveTimer = setTimeout(() => {
    saveTimer = undefined
    if (typeof requestIdleCallback === 'function') saveWhenIdle = requestIdleCallback(saveHistoryNow, { timeout: IDLE_WAIT_MS })
    else saveHistoryNow()
  }, SAVE_DELAY_MS)
}

function cancelScheduledSave(): void {
  clearTimeout(saveTimer)
  saveTimer = undefined
  if (saveWhenIdle !== undefined) cancelIdleCallback(saveWhenIdle)
  saveWhenIdle = undefined
}

function readStored(): HistoryEntry[] {
  const raw = localStorage.getItem(HISTORY_STORAGE_KEY)
  if (stored?.raw === raw) return stored.entries
  let entries: HistoryEntry[] = []
  try {
    const parsed: unknown = JSON.parse(raw ?? '[]')
    if (Array.isArray(parsed)) entries = parsed as HistoryEntry[]
  } catch {
    entries = []
  }
  stored = { raw, entries }
  return entries
}

/** The history, newest first: this tab's unsaved entries over what localStorage holds. */
export function loadHistory(): HistoryEntry[] {
  const from = readStored()
  if (unsaved.length === 0) return from
  if (view?.from !== from || view.unsaved !== unsaved) view = { from, unsaved, entries: [...unsaved, ...from].slice(0, MAX_HISTORY_ENTRIES) }
  return view.entries
}

function write(entries: HistoryEntry[]): void {
  let kept = entries
  for (;;) {
    try {
      if (kept.length === 0) localStorage.removeItem(HISTORY_STORAGE_KEY)
      else localStorage.setItem(HISTORY_STORAGE_KEY, JSON.stringify(kept))
      return
    } catch (error) {
      // Storage is full: drop the oldest half and try again.
      if (kept.length <= 1) throw error
      kept = kept.slice(0, Math.floor(kept.length / 2))
    }
  }
}

const notify = () => {
  for (const listener of listeners) listener()
}

/**
 * Writes this tab's waiting entries to localStorage now, on top of what is there (which another tab
 * may have changed meanwhile). Done after a short delay, and when the page is hidden or left.
 */
export function saveHistoryNow(): void {
  cancelScheduledSave()
  if (unsaved.length === 0) return
  const entries = loadHistory()
  unsaved = []
  write(entries)
}

/** Forgets entries waiting to be written: the playground's browser data is being cleared. */
function dropUnsaved(): void {
  cancelScheduledSave()
  unsaved = []
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', saveHistoryNow)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveHistoryNow()
  })
}
beforePlaygroundBrowserDataCleared(dropUnsaved)

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
  unsaved = [entry, ...unsaved].slice(0, MAX_HISTORY_ENTRIES)
  scheduleSave()
  notify()
  return entry
}

export function clearHistory(): void {
  dropUnsaved()
  write([])
  notify()
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
