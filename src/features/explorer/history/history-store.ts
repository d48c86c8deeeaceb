// The explorer's view of the request history (simulator/services/request-history.ts): every
// request the simulated API answered in this browser, from any page, newest first. The service
// worker writes it; this module reads and searches it, and brings in a history an earlier version
// of the playground kept in localStorage.
import type { ExchangeRecord } from '../../../simulator/model/types.ts'
import { addHistoryRecords, MAX_HISTORY_ENTRIES } from '../../../simulator/services/request-history.ts'

export { clearHistory, MAX_HISTORY_ENTRIES, readHistory, redactKeys } from '../../../simulator/services/request-history.ts'

export type HistoryEntry = ExchangeRecord

/** Where versions of the playground before schema 3 kept the history, in each browser tab's origin. */
export const LEGACY_HISTORY_KEY = 'pay-playground.explorer.history'

/** The service filter's values for "every service" and for requests whose key was refused. */
export const ALL_SERVICES = 'all'
export const NO_SERVICE = 'none'

/** The entries sent with a key of the service (`NO_SERVICE`: with no accepted key; `ALL_SERVICES`: every entry). */
export function ofService(entries: readonly HistoryEntry[], service: string): HistoryEntry[] {
  if (service === ALL_SERVICES) return [...entries]
  return entries.filter((entry) => (service === NO_SERVICE ? entry.serviceId === undefined : entry.serviceId === service))
}

/** The services the history names, by their names when they sent their newest request, and `chosen` if it is not among them. */
export function historyServices(entries: readonly HistoryEntry[], chosen?: string): Array<{ id: string; name: string }> {
  const services = new Map<string, string>()
  for (const entry of entries) if (entry.serviceId !== undefined && !services.has(entry.serviceId)) services.set(entry.serviceId, entry.serviceName ?? entry.serviceId)
  if (chosen !== undefined && chosen !== ALL_SERVICES && chosen !== NO_SERVICE && !services.has(chosen)) services.set(chosen, 'The chosen service (no requests yet)')
  return [...services].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { numeric: true }))
}

/** Entries whose method, address, status, bodies, page, service or key contain every word of the search. */
export function searchHistory(entries: readonly HistoryEntry[], text: string): HistoryEntry[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...entries]
  return entries.filter((entry) => {
    const haystack = [
      entry.method,
      entry.url,
      String(entry.status),
      entry.source === 'explorer' ? 'explorer' : 'page code',
      entry.pageUrl,
      entry.serviceName,
      entry.keyName,
      entry.requestBody,
      entry.responseBody,
    ]
      .join(' ')
      .toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}

/**
 * Moves a history an earlier version kept in localStorage into the stored history, oldest first,
 * then removes it; an unreadable one is left where it is.
 */
export async function bringInLegacyHistory(storage: Pick<Storage, 'getItem' | 'removeItem'> = localStorage): Promise<number> {
  const raw = storage.getItem(LEGACY_HISTORY_KEY)
  if (raw === null) return 0
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return 0
  }
  if (!Array.isArray(parsed)) return 0
  const records = (parsed as Array<Partial<ExchangeRecord> & { id?: string }>)
    .filter((entry) => typeof entry.method === 'string' && typeof entry.url === 'string' && typeof entry.startedAt === 'number')
    .slice(0, MAX_HISTORY_ENTRIES)
    .reverse()
    .map(({ id: _id, ...entry }): ExchangeRecord => ({
      method: entry.method!,
      url: entry.url!,
      status: entry.status ?? 0,
      startedAt: entry.startedAt!,
      durationMs: entry.durationMs ?? 0,
      requestHeaders: entry.requestHeaders ?? {},
      requestBody: entry.requestBody ?? '',
      responseHeaders: entry.responseHeaders ?? {},
      responseBody: entry.responseBody ?? '',
      source: entry.source === 'explorer' ? 'explorer' : 'page',
    }))
  if (records.length > 0) await addHistoryRecords(records)
  storage.removeItem(LEGACY_HISTORY_KEY)
  return records.length
}
