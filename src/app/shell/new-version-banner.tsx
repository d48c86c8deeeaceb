// Shown on every page once another tab has opened a newer version of the playground: this tab has
// let go of the stored data, so the only way on is to reload.
import { Button } from '../../ui/button.tsx'
import { NotificationBanner } from '../../ui/notification-banner.tsx'
import { useSimulatorStopped } from './use-simulator-stopped.ts'

export const NEW_VERSION_HEADING = 'A new version of the playground is available — reload the page'

export function NewVersionBanner() {
  const stopped = useSimulatorStopped()
  if (!stopped) return null
  return (
    <NotificationBanner>
      <p className="govuk-notification-banner__heading">{NEW_VERSION_HEADING}</p>
      <p className="govuk-body">
        The playground has been opened in another tab with a newer version of its storage. This tab has stopped using
        the stored data so that the new version can update it, and nothing you do here will be saved until you reload.
        Your payments, keys and settings are kept.
      </p>
      <Button onClick={() => window.location.reload()}>Reload the page</Button>
    </NotificationBanner>
  )
}
