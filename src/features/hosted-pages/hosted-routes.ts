// The hosted payment pages' routes: their own layout, outside the playground's shell, each page
// loaded only when visited.
import type { RouteObject } from 'react-router'
import { HostedLoading } from './hosted-loading.tsx'

export const hostedRoutes: RouteObject[] = [
  {
    lazy: () => import('./hosted-layout.tsx').then((m) => ({ Component: m.HostedLayout })),
    HydrateFallback: HostedLoading,
    children: [
      {
        lazy: () => import('./outcome-pages.tsx').then((m) => ({ ErrorBoundary: m.HostedErrorPage })),
        children: [
          { path: 'secure/:token', lazy: () => import('./secure-page.tsx').then((m) => ({ Component: m.SecurePage })) },
          {
            path: 'card_details/:paymentId',
            lazy: () => import('./card-details/card-details-page.tsx').then((m) => ({ Component: m.CardDetailsPage })),
          },
          {
            path: 'card_details/:paymentId/confirm',
            lazy: () => import('./confirm/confirm-page.tsx').then((m) => ({ Component: m.ConfirmPage })),
          },
          {
            path: 'return/:paymentId',
            handle: { playgroundPage: true },
            lazy: () => import('./return/return-page.tsx').then((m) => ({ Component: m.ReturnPage })),
          },
        ],
      },
    ],
  },
]
