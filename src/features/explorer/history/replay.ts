// Turns a history entry back into a filled-in request: the operation its address belongs to, the
// path and query from the address, the body, and the headers that were set by hand.
import { operationsForUrl } from '../catalogue/match-url.ts'
import type { ExplorerOperation } from '../catalogue/operations.ts'
import { defaultInput, type RequestInput } from '../request/request-input.ts'
import type { HistoryEntry } from './history-store.ts'

/** Headers the explorer or the browser sets itself; they are not copied into the form. */
const AUTOMATIC = new Set(['authorization', 'content-type', 'accept', 'accept-encoding', 'accept-language', 'user-agent', 'referer', 'origin', 'content-length', 'connection', 'host', 'cache-control', 'pragma'])

export interface Replay {
  operation: ExplorerOperation
  input: RequestInput
}

export function replayOf(entry: HistoryEntry): Replay | undefined {
  const match = operationsForUrl(entry.url, entry.method).find((candidate) => candidate.operation.method === entry.method)
  if (!match) return undefined
  const input = defaultInput(match.operation)
  input.pathParams = { ...input.pathParams, ...match.pathParams }
  input.query = match.query
  if (match.operation.bodySchema) input.body = entry.requestBody
  const extra = Object.entries(entry.requestHeaders)
    .filter(([name]) => !AUTOMATIC.has(name.toLowerCase()) && !name.toLowerCase().startsWith('sec-'))
    .map(([name, value]) => ({ name, value }))
  for (const header of extra) {
    const row = input.headers.find((existing) => existing.name.toLowerCase() === header.name.toLowerCase())
    if (row) row.value = header.value
    else input.headers.push(header)
  }
  return { operation: match.operation, input }
}
