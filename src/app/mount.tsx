// Loaded once the simulator is running: installs the console API, then renders the app with the
// hash router into the root that showed "Starting the simulator…".
import { createHashRouter } from 'react-router'
import type { Root } from 'react-dom/client'
import { startCapturingHistory } from '../features/explorer/history/capture.ts'
import { App } from './app.tsx'
import { installConsoleApi } from './console-api.ts'
import { createQueryClient } from './providers/query-client.ts'
import { routes } from './routes.tsx'
import type { SimulatorStatus } from './simulator-status.ts'

export function mountApp(root: Root, status: SimulatorStatus): void {
  installConsoleApi(window)
  // The explorer's history records requests from page code from the moment the app starts.
  startCapturingHistory()
  root.render(<App router={createHashRouter(routes)} queryClient={createQueryClient()} status={status} />)
}
