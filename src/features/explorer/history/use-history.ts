// The stored history as React state. It is refetched whenever storage changes (a request answered
// by the service worker for any page, or the history cleared in another tab).
import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../../lib/query-keys.ts'
import { readHistory, type HistoryEntry } from './history-store.ts'

const NONE: HistoryEntry[] = []

export function useHistory(): HistoryEntry[] {
  return useQuery({ queryKey: queryKeys.requestHistory, queryFn: readHistory }).data ?? NONE
}
