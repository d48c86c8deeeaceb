// The routes of the playground (hash routing: `#/explorer` is the path `/explorer`; see
// docs/decisions/002-relative-base-and-hash-routing.md). Router-agnostic route objects, so the app
// uses them with createHashRouter and tests with createMemoryRouter.
//
// A new part adds its route here, loaded lazily so its code is fetched only when visited:
//   { path: 'explorer/*', lazy: () => import('../features/explorer/explorer-page.tsx').then((m) => ({ Component: m.ExplorerPage })) }
// and its entry in src/lib/navigation.ts once it works.
import type { RouteObject } from 'react-router'
import { StartPage } from '../features/start/start-page.tsx'
import { hostedRoutes } from '../features/hosted-pages/hosted-routes.ts'
import { LoadingPage } from './pages/loading-page.tsx'
import { NotFoundPage } from './pages/not-found-page.tsx'
import { RouteErrorPage } from './pages/route-error-page.tsx'
import { Layout } from './shell/layout.tsx'

/** The pages inside the shell. Exported so tests can add a page of their own around the same shell. */
export const pageRoutes: RouteObject[] = [
  { index: true, Component: StartPage },
  { path: 'sample-service/*', lazy: () => import('../features/learn/sample-service/sample-service-section.tsx').then((m) => ({ Component: m.SampleServiceSection })) },
  { path: 'learn/*', lazy: () => import('../features/learn/learn-section.tsx').then((m) => ({ Component: m.LearnSection })) },
  { path: 'explorer/*', lazy: () => import('../features/explorer/explorer-page.tsx').then((m) => ({ Component: m.ExplorerPage })) },
  { path: 'admin', lazy: () => import('../features/admin/dashboard/dashboard-page.tsx').then((m) => ({ Component: m.DashboardPage })) },
  { path: 'admin/test-payment/*', lazy: () => import('../features/admin/test-payment/test-payment-section.tsx').then((m) => ({ Component: m.TestPaymentSection })) },
  { path: 'admin/transactions', lazy: () => import('../features/admin/transactions-list/transactions-page.tsx').then((m) => ({ Component: m.TransactionsPage })) },
  { path: 'admin/transactions/:paymentId', lazy: () => import('../features/admin/transaction-detail/transaction-detail-page.tsx').then((m) => ({ Component: m.TransactionDetailPage })) },
  { path: 'admin/agreements/*', lazy: () => import('../features/admin/agreements/agreements-section.tsx').then((m) => ({ Component: m.AgreementsSection })) },
  { path: 'admin/api-keys/*', lazy: () => import('../features/admin/api-keys/api-keys-section.tsx').then((m) => ({ Component: m.ApiKeysSection })) },
  { path: 'admin/settings/webhooks/*', lazy: () => import('../features/admin/webhooks/webhooks-section.tsx').then((m) => ({ Component: m.WebhooksSection })) },
  { path: 'admin/settings/*', lazy: () => import('../features/admin/settings/settings-section.tsx').then((m) => ({ Component: m.SettingsSection })) },
  { path: 'admin/services/*', lazy: () => import('../features/admin/services/services-section.tsx').then((m) => ({ Component: m.ServicesSection })) },
  { path: 'simulator', lazy: () => import('../features/simulator-tools/simulator-tools-page.tsx').then((m) => ({ Component: m.SimulatorToolsPage })) },
  { path: 'scenarios/*', lazy: () => import('../features/simulator-tools/scenarios/scenarios-section.tsx').then((m) => ({ Component: m.ScenariosSection })) },
  { path: 'bridge', lazy: () => import('../features/simulator-tools/bridge/bridge-page.tsx').then((m) => ({ Component: m.BridgePage })) },
  { path: '*', Component: NotFoundPage },
]

export function shellRoutes(pages: RouteObject[]): RouteObject[] {
  return [
    {
      Component: Layout,
      HydrateFallback: LoadingPage,
      // A failing page is replaced by an error page inside the shell, with the navigation still there.
      children: [{ ErrorBoundary: RouteErrorPage, children: pages }],
    },
  ]
}

// The hosted payment pages (`#/secure/…`, `#/card_details/…`, `#/return/…`) have their own layout, outside the shell.
export const routes: RouteObject[] = [...hostedRoutes, ...shellRoutes(pageRoutes)]
