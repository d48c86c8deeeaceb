// The routes of the playground (hash routing: `#/explorer` is the path `/explorer`; see
// docs/decisions/002-relative-base-and-hash-routing.md). Router-agnostic route objects, so the app
// uses them with createHashRouter and tests with createMemoryRouter.
//
// A new part adds its route here, loaded lazily so its code is fetched only when visited:
//   { path: 'explorer/*', lazy: () => import('../features/explorer/explorer-page.tsx').then((m) => ({ Component: m.ExplorerPage })) }
// and its entry in src/lib/navigation.ts once it works.
import type { RouteObject } from 'react-router'
import { StartPage } from '../features/start/start-page.tsx'
import { LoadingPage } from './pages/loading-page.tsx'
import { NotFoundPage } from './pages/not-found-page.tsx'
import { RouteErrorPage } from './pages/route-error-page.tsx'
import { Layout } from './shell/layout.tsx'

/** The pages inside the shell. Exported so tests can add a page of their own around the same shell. */
export const pageRoutes: RouteObject[] = [
  { index: true, Component: StartPage },
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

export const routes: RouteObject[] = shellRoutes(pageRoutes)
