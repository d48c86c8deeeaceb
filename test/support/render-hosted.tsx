// Renders the hosted payment pages (their own layout and routes) inside the app's providers at a
// route, with a memory router. Any other address renders a stand-in page naming it, so a test can
// see where a link or a redirect went without loading the rest of the playground.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, useLocation, type RouteObject } from 'react-router'
import { App } from '../../src/app/app.tsx'
import { createQueryClient } from '../../src/app/providers/query-client.ts'
import { bindPayment } from '../../src/features/hosted-pages/browser-binding.ts'
import { hostedRoutes } from '../../src/features/hosted-pages/hosted-routes.ts'

function ElsewherePage() {
  const { pathname } = useLocation()
  return <h1>Elsewhere: {pathname}</h1>
}

const routes: RouteObject[] = [...hostedRoutes, { path: '*', Component: ElsewherePage }]

export function renderHosted(path: string) {
  const user = userEvent.setup()
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const queryClient = createQueryClient()
  const view = render(<App router={router} queryClient={queryClient} status={{ persistent: true, serviceWorker: true }} />)
  return { ...view, user, router, queryClient }
}

/** Opens a payment's hosted page as the browser that followed its link would, once `heading` shows. */
export async function openHostedPage(paymentId: string, path: string, heading: string) {
  bindPayment(paymentId)
  const view = renderHosted(path)
  await screen.findByRole('heading', { level: 1, name: heading })
  return view
}
