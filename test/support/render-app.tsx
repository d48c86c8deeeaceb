// Renders the whole app (providers, shell and routes) at a route, with a memory router instead of
// the hash router, as a user would see it after the simulator has started.
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, type RouteObject } from 'react-router'
import { App } from '../../src/app/app.tsx'
import { createQueryClient } from '../../src/app/providers/query-client.ts'
import { pageRoutes, shellRoutes } from '../../src/app/routes.tsx'
import type { SimulatorStatus } from '../../src/app/simulator-status.ts'

export interface RenderAppOptions {
  status?: Partial<SimulatorStatus>
  /** Pages to render inside the shell instead of the app's own. */
  pages?: RouteObject[]
}

export function renderApp(path = '/', options: RenderAppOptions = {}) {
  const user = userEvent.setup()
  const router = createMemoryRouter(shellRoutes(options.pages ?? pageRoutes), { initialEntries: [path] })
  const queryClient = createQueryClient()
  const status: SimulatorStatus = { persistent: true, serviceWorker: true, ...options.status }
  const view = render(<App router={router} queryClient={queryClient} status={status} />)
  return { ...view, user, router, queryClient }
}
