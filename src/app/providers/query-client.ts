// React Query wraps calls to the simulator's services. They run in the page against IndexedDB, so
// retrying a failure would only repeat it; freshness comes from storage events (storage-sync.ts).
import { QueryClient } from '@tanstack/react-query'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false },
      mutations: { retry: false },
    },
  })
}
