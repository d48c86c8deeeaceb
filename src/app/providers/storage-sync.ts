// When IndexedDB changes, in this tab or any other (Dexie's global `storagemutated` event), every
// query is invalidated, so an admin page updates while a payment is made in another tab. Only
// queries on screen refetch; the rest are marked stale.
import type { QueryClient } from '@tanstack/react-query'
import { Dexie } from 'dexie'
import { useEffect } from 'react'

export function subscribeToStorageChanges(queryClient: QueryClient): () => void {
  const invalidate = () => {
    void queryClient.invalidateQueries()
  }
  Dexie.on('storagemutated', invalidate)
  return () => Dexie.on.storagemutated.unsubscribe(invalidate)
}

export function useStorageSync(queryClient: QueryClient): void {
  useEffect(() => subscribeToStorageChanges(queryClient), [queryClient])
}
