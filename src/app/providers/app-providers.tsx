// Everything a page needs around it: the simulator's status, the banners every layout shows about
// it, React Query, and the bridge from storage changes to query invalidation.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { PageBannersContext } from '../../lib/page-banners.ts'
import { NewVersionBanner } from '../shell/new-version-banner.tsx'
import { SimulatorStatusBanner } from '../shell/simulator-status-banner.tsx'
import { SimulatorStatusContext, type SimulatorStatus } from '../simulator-status.ts'
import { useStorageSync } from './storage-sync.ts'

export interface AppProvidersProps {
  queryClient: QueryClient
  status: SimulatorStatus
  children: ReactNode
}

const PAGE_BANNERS = (
  <>
    <NewVersionBanner />
    <SimulatorStatusBanner />
  </>
)

export function AppProviders({ queryClient, status, children }: AppProvidersProps) {
  useStorageSync(queryClient)
  return (
    <SimulatorStatusContext value={status}>
      <PageBannersContext value={PAGE_BANNERS}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </PageBannersContext>
    </SimulatorStatusContext>
  )
}
