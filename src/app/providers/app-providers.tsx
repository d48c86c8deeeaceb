// Everything a page needs around it: the simulator's status, React Query, and the bridge from
// storage changes to query invalidation.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { SimulatorStatusContext, type SimulatorStatus } from '../simulator-status.ts'
import { useStorageSync } from './storage-sync.ts'

export interface AppProvidersProps {
  queryClient: QueryClient
  status: SimulatorStatus
  children: ReactNode
}

export function AppProviders({ queryClient, status, children }: AppProvidersProps) {
  useStorageSync(queryClient)
  return (
    <SimulatorStatusContext value={status}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </SimulatorStatusContext>
  )
}
