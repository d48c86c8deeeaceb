// The stored history as React state, updated when a request is recorded in this tab or another.
import { useSyncExternalStore } from 'react'
import { loadHistory, subscribeToHistory, type HistoryEntry } from './history-store.ts'

export function useHistory(): HistoryEntry[] {
  return useSyncExternalStore(subscribeToHistory, loadHistory, loadHistory)
}
