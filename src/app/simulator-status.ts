// How the simulator is running in this browser, as startSimulator() reported it. Pages read it to
// warn when data will not be kept or when the Network tab will not show simulated calls.
import { createContext, useContext } from 'react'

export interface SimulatorStatus {
  /** false when the browser refused IndexedDB and data lives in memory only */
  persistent: boolean
  /** false when requests are answered inside the page instead of by a service worker */
  serviceWorker: boolean
}

export const SimulatorStatusContext = createContext<SimulatorStatus>({ persistent: true, serviceWorker: true })

export const useSimulatorStatus = (): SimulatorStatus => useContext(SimulatorStatusContext)
