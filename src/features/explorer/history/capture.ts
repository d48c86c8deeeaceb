// Records every exchange the simulator answers in this tab into the history. Installed when the app
// starts (and again, harmlessly, when the explorer opens) and kept for the life of the tab, so
// requests from page code (the browser console, your own scripts) are recorded too.
import { onApiExchange, type ApiExchange } from '../../../simulator/services/api-exchanges.ts'
import { addHistoryEntry } from './history-store.ts'

const expected: string[] = []
let installed = false

function signature(method: string, url: string): string {
  let normalised = url
  try {
    normalised = new URL(url).href
  } catch {
    // Not a URL: fetch will fail before the simulator sees it, so nothing will match.
  }
  return `${method.toUpperCase()} ${normalised}`
}

function record(exchange: ApiExchange): void {
  const index = expected.indexOf(signature(exchange.method, exchange.url))
  if (index >= 0) expected.splice(index, 1)
  addHistoryEntry(exchange, index >= 0 ? 'explorer' : 'page')
}

export function startCapturingHistory(): void {
  if (installed) return
  installed = true
  onApiExchange(record)
}

/** Marks the next exchange for this method and URL as sent by the explorer. */
export function expectExplorerRequest(method: string, url: string): () => void {
  const mark = signature(method, url)
  expected.push(mark)
  return () => {
    const index = expected.indexOf(mark)
    if (index >= 0) expected.splice(index, 1)
  }
}
