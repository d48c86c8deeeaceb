// When IndexedDB changes, in this tab or any other context (Dexie's global `storagemutated` event,
// which the service worker's writes reach too), the queries that may read it are invalidated, so an
// admin page updates while a payment is made in another tab. Only queries on screen refetch; the
// rest are marked stale. A change to the request history alone (one for every API request) only
// touches the history's query. Changes to another database (only tests have any) are not ours.
import type { QueryClient } from '@tanstack/react-query'
import { Dexie, type ObservabilitySet } from 'dexie'
import { useEffect } from 'react'
import { queryKeys } from '../../lib/query-keys.ts'
import { runningDatabaseName } from '../../simulator/services/runtime.ts'

/** The tables of `database` (of any, when none is named) a change touched, from Dexie's `idb://<database>/<table>/<index>` parts. */
export function changedTables(parts: ObservabilitySet, database?: string): Set<string> {
  const tables = new Set<string>()
  for (const part of Object.keys(parts)) {
    const [, , partDatabase, table] = part.split('/')
    if (database === undefined || partDatabase === database) tables.add(table ?? '')
  }
  return tables
}

export function subscribeToStorageChanges(queryClient: QueryClient): () => void {
  const invalidate = (parts: ObservabilitySet) => {
    const tables = changedTables(parts, runningDatabaseName())
    if (tables.size === 0) return
    const historyOnly = tables.size === 1 && tables.has('exchanges')
    void queryClient.invalidateQueries(historyOnly ? { queryKey: queryKeys.requestHistory } : undefined)
  }
  Dexie.on('storagemutated', invalidate)
  return () => Dexie.on.storagemutated.unsubscribe(invalidate)
}

export function useStorageSync(queryClient: QueryClient): void {
  useEffect(() => subscribeToStorageChanges(queryClient), [queryClient])
}
