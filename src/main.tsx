// Boot: show "Starting the simulator…" at once, start the simulator (its own chunk) while the app
// and the current route's page load, then render the app. Nothing here imports the simulator or the
// router, so the JavaScript that runs before the first render stays small.
import './styles.scss'
import { StrictMode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { checkBrowserRequirements } from './app/boot/browser-requirements.ts'
import { StartFailedPage, type StartFailure } from './app/boot/start-failed-page.tsx'
import { StartingPage } from './app/boot/starting-page.tsx'

/** The app's own address: origin and base path, ending in `/`, without query or hash. */
const appUrl = (): string => new URL('.', window.location.href).href

function showFailure(root: Root, failure: StartFailure, error: unknown): void {
  console.error(failure === 'simulator' ? 'The simulator could not start' : 'The playground could not load', error)
  root.render(
    <StrictMode>
      <StartFailedPage failure={failure} error={error} />
    </StrictMode>,
  )
}

async function boot(root: Root): Promise<void> {
  // The app's code (and the current route's page) loads while the simulator opens its storage.
  const app = import('./app/mount.tsx').then(({ prepareApp }) => prepareApp())
  app.catch(() => {}) // reported below, once the simulator has started
  let status
  try {
    checkBrowserRequirements()
    const { startSimulator } = await import('./simulator/start.ts')
    status = await startSimulator({ appUrl: appUrl() })
  } catch (error) {
    showFailure(root, 'simulator', error)
    return
  }
  try {
    ;(await app).mount(root, status)
    // Keeps a copy of the whole site for offline use (src/static-host/precache.ts).
    void import('./static-host/precache.ts').then(({ precacheSiteWhenIdle }) => precacheSiteWhenIdle(appUrl()))
  } catch (error) {
    showFailure(root, 'app', error)
  }
}

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no element with the id "root"')
const root = createRoot(container)
root.render(
  <StrictMode>
    <StartingPage />
  </StrictMode>,
)
void boot(root)
