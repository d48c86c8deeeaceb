// A banner on every page while simulated faults are on, so nobody mistakes a planned failure for
// a real one, with a button to turn them off. The simulator tools page shows its own status instead.
import { Link, useLocation } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { describeError } from '../../lib/describe-error.ts'
import { faultsActive } from '../../simulator/services/faults.ts'
import { Button } from '../../ui/button.tsx'
import { NotificationBanner } from '../../ui/notification-banner.tsx'
import { describeFaults } from './faults/fault-description.ts'
import { useFaultSettings, useTurnOffFaults } from './faults/use-fault-settings.ts'

export function FaultBanner() {
  const location = useLocation()
  const settings = useFaultSettings()
  const turnOff = useTurnOffFaults()
  if (!settings.data || !faultsActive(settings.data) || location.pathname === appPaths.simulator()) return null
  return (
    <NotificationBanner title="Simulated faults are on">
      <p className="govuk-notification-banner__heading">The simulated API is failing or slowing down on purpose</p>
      <ul className="govuk-list govuk-list--bullet">
        {describeFaults(settings.data).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {turnOff.isError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The faults could not be turned off: {describeError(turnOff.error)}
        </p>
      )}
      <div className="govuk-button-group">
        <Button variant="secondary" onClick={() => turnOff.mutate()} disabled={turnOff.isPending}>
          Turn off faults
        </Button>
        <Link className="govuk-link" to={appPaths.simulator()}>
          Change them in Simulator tools
        </Link>
      </div>
    </NotificationBanner>
  )
}
