// The app, loaded while the simulator's storage opens: `prepareApp` creates the hash router at once
// (so the current route's page starts loading beside the storage), and `mount` installs the
// console API and renders into the root that showed "Starting the simulator…".
import { createHashRouter } from 'react-router'
import type { Root } from 'react-dom/client'
import { bringInLegacyHistory } from '../features/explorer/history/history-store.ts'
import { App } from './app.tsx'
import { installConsoleApi } from './console-api.ts'
import { createQueryClient } from './providers/query-client.ts'
import { routes } from './routes.tsx'
import { createTabBridge } from '../simulator/bridge/tab-bridge.ts'
import { provideBridgeConnector } from '../simulator/services/bridge.ts'
import type { RunningSimulator } from '../simulator/start.ts'

export interface PreparedApp {
  mount(root: Root, simulator: RunningSimulator): void
}

export function prepareApp(): PreparedApp {
  const router = createHashRouter(routes)
  const queryClient = createQueryClient()
  return { mount: (root, simulator) => mountApp(root, simulator, router, queryClient) }
}

function mountApp(root: Root, simulator: RunningSimulator, router: ReturnType<typeof createHashRouter>, queryClient: ReturnType<typeof createQueryClient>): void {
  installConsoleApi(window)
  // The local bridge: connected from a pairing link, and again after this tab reloads.
  const bridge = createTabBridge()
  provideBridgeConnector(bridge)
  bridge.resume()
  // A request history kept in localStorage by an earlier version moves into storage.
  bringInLegacyHistory().catch((error: unknown) => console.warn('The earlier request history could not be kept', error))
  const render = (serviceWorker: boolean) =>
    root.render(<App router={router} queryClient={queryClient} status={{ persistent: simulator.persistent, serviceWorker }} />)
  // The page renders at once; it says so if the API turns out to be answered in the page itself.
  render(true)
  simulator.serviceWorker.then(
    (byWorker) => byWorker || render(false),
    () => render(false),
  )
}
