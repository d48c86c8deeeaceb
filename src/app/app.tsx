// The whole app for a given router: error boundary, providers, then the routes.
import type { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
// RouterProvider from 'react-router' itself: 'react-router/dom' resolves to a second copy of the
// router's context under Node (vitest), and one copy is what both the app and its tests need.
import { RouterProvider, type createMemoryRouter } from 'react-router'
import { AppErrorBoundary } from './error-boundary.tsx'
import { AppProviders } from './providers/app-providers.tsx'
import type { SimulatorStatus } from './simulator-status.ts'

/** A data router: the hash router in the browser, a memory router in tests. */
export type AppRouter = ReturnType<typeof createMemoryRouter>

export interface AppProps {
  router: AppRouter
  queryClient: QueryClient
  status: SimulatorStatus
}

export function App({ router, queryClient, status }: AppProps) {
  return (
    <StrictMode>
      <AppErrorBoundary>
        <AppProviders queryClient={queryClient} status={status}>
          <RouterProvider router={router} />
        </AppProviders>
      </AppErrorBoundary>
    </StrictMode>
  )
}
