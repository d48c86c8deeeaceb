// A banner on every page while simulated faults are on, so nobody mistakes a planned failure for
// a real one, with a button to turn them off. The simulator tools page shows its own status instead.
import { Link, useLocation } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { Button } from '../../ui/button.tsx'
import { NotificationBanner } from '../../ui/notification-banner.tsx'
import { FaultLines } from './faults/fault-lines.tsx'
import { useActiveFaults, useTurnOffFaults } from './faults/use-fault-settings.ts'

export function FaultBanner() {
  const location = useLocation()
  const faults = useActiveFaults()
  const turnOff = useTurnOffFaults()
  if (!faults.data || faults.data.length === 0 || location.pathname === appPaths.simulator()) return null
  return (
    <NotificationBanner title="Simulated faults are on">
      <p className="govuk-notification-banner__heading">The simulated API is failing or slowing down on purpose</p>
      <FaultLines faults={faults.data} turnOffError={turnOff.error} />
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
