// A banner on every page when the simulator is running in a reduced way in this browser.
import { NotificationBanner } from '../../ui/notification-banner.tsx'
import { useSimulatorStatus } from '../simulator-status.ts'

export function SimulatorStatusBanner() {
  const { persistent, serviceWorker } = useSimulatorStatus()
  if (persistent && serviceWorker) return null
  return (
    <NotificationBanner>
      {!persistent && (
        <>
          <p className="govuk-notification-banner__heading">Your data won’t be saved</p>
          <p className="govuk-body">
            This browser would not let the playground store data, so the simulator is running in memory. Everything you
            create is lost when you close or reload this tab.
          </p>
        </>
      )}
      {!serviceWorker && (
        <>
          <p className="govuk-notification-banner__heading">The simulator is running in compatibility mode</p>
          <p className="govuk-body">
            This browser cannot run the simulator’s service worker here, so simulated API calls are answered inside the
            page. They work the same, but they will not show in the Network tab of your browser’s developer tools.
          </p>
        </>
      )}
    </NotificationBanner>
  )
}
