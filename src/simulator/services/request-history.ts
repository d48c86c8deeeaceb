// The request history: the newest 200 exchanges the simulated API answered in this browser, from
// any page, kept in IndexedDB by whoever answers them (the service worker, or a page in
// compatibility mode) and read by the explorer. Every API key is replaced by "[redacted]" (in
// headers, addresses and bodies alike) before anything is stored, and long bodies are cut.
import type { ExchangeRecord } from '../model/types.ts'
import { onApiExchange, type ApiExchange, type RequestOrigin } from './api-exchanges.ts'
import { database } from './runtime.ts'

export const MAX_HISTORY_ENTRIES = 200
/** Longer bodies are cut. */
export const MAX_STORED_BODY = 8_000
/** Exchanges answered close together are written in one transaction. */
const WRITE_DELAY_MS = 100

const KEY_PATTERN = /api_(?:test|live)_[0-9a-z]{20,}/gi
export const redactKeys = (text: string): string => text.replace(KEY_PATTERN, '[redacted]')

function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, name.toLowerCase() === 'authorization' ? 'Bearer [redacted]' : redactKeys(value)]),
  )
}

const cut = (text: string) =>
  text.length > MAX_STORED_BODY ? `${text.slice(0, MAX_STORED_BODY)}\n… (cut: only the first ${MAX_STORED_BODY.toLocaleString('en-GB')} characters are kept)` : text

/** A page of the API explorer: the exchanges it sends are the explorer's. */
const isExplorerPage = (url: string | undefined) => url !== undefined && /#\/explorer(\/|$|\?)/.test(url)

function sourceOf({ pageUrl, bridgeUrl }: RequestOrigin): ExchangeRecord['source'] {
  if (bridgeUrl !== undefined) return 'bridge'
  return isExplorerPage(pageUrl) ? 'explorer' : 'page'
}

export async function toRecord(exchange: ApiExchange): Promise<ExchangeRecord> {
  const origin: RequestOrigin = (await exchange.origin?.catch(() => undefined)) ?? {}
  const { pageUrl, bridgeUrl } = origin
  const { caller } = exchange
  return {
    method: exchange.method,
    url: redactKeys(exchange.url),
    status: exchange.status,
    startedAt: exchange.startedAt,
    durationMs: exchange.durationMs,
    requestHeaders: redactHeaders(exchange.requestHeaders),
    requestBody: cut(redactKeys(exchange.requestBody)),
    responseHeaders: redactHeaders(exchange.responseHeaders),
    responseBody: cut(redactKeys(exchange.responseBody)),
    source: sourceOf(origin),
    ...(pageUrl === undefined ? {} : { pageUrl }),
    ...(bridgeUrl === undefined ? {} : { bridgeUrl }),
    ...(caller ? { serviceId: caller.serviceId, serviceName: caller.serviceName, keyName: caller.keyName } : {}),
  }
}

let waiting: Array<Promise<ExchangeRecord>> = []
/** The write of the exchanges waiting now, once it is scheduled; then the last write started. */
let nextWrite: Promise<void> | undefined
let lastWrite: Promise<void> = Promise.resolve()

/** Adds records and drops the oldest beyond the newest 200, in one transaction. */
export function addHistoryRecords(records: readonly ExchangeRecord[]): Promise<void> {
  const db = database()
  return db.transaction('rw', db.exchanges, async () => {
    // Numbers are given in order and never reused, so everything 200 or more below the newest goes.
    const keys = await db.exchanges.bulkAdd([...records], { allKeys: true })
    const newest = Math.max(...keys)
    await db.exchanges.where(':id').belowOrEqual(newest - MAX_HISTORY_ENTRIES).delete()
  })
}

export function recordExchange(exchange: ApiExchange): void {
  waiting.push(toRecord(exchange))
  nextWrite ??= new Promise<void>((resolve) => setTimeout(resolve, WRITE_DELAY_MS)).then(() => {
    const batch = waiting
    waiting = []
    nextWrite = undefined
    lastWrite = lastWrite
      .then(async () => addHistoryRecords(await Promise.all(batch)))
      .catch((error: unknown) => console.error('The request history could not be saved', error))
    return lastWrite
  })
}

/** Resolves once every exchange reported so far is stored (a service worker keeps running until then). */
export async function historyWritten(): Promise<void> {
  // Exchanges are reported a moment after their answer is handed back.
  await new Promise((resolve) => setTimeout(resolve, 0))
  await (nextWrite ?? lastWrite)
}

/** Records every exchange answered in this context from now on; returns a function that stops. */
export function startRecordingHistory(): () => void {
  return onApiExchange(recordExchange)
}

/** The history, newest first. */
export async function readHistory(): Promise<ExchangeRecord[]> {
  return database().exchanges.orderBy(':id').reverse().toArray()
}

export async function clearHistory(): Promise<void> {
  await database().exchanges.clear()
}
