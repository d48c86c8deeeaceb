// "Bridge connected" in the header of every page while a tab of this browser answers for the local
// bridge, linking to where it can be disconnected.
import { useSyncExternalStore } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../lib/app-paths.ts'
import { bridgeStatus, onBridgeStatus } from '../../simulator/services/bridge.ts'

export function HeaderBridgeStatus() {
  const status = useSyncExternalStore(onBridgeStatus, bridgeStatus, bridgeStatus)
  if (status.kind !== 'connected') return null
  return (
    <Link className="govuk-link govuk-link--inverse app-header__bridge" to={appPaths.simulator()}>
      <strong className="govuk-tag govuk-tag--green">Bridge connected</strong>
      <span className="govuk-visually-hidden"> at {status.bridgeUrl}</span>
    </Link>
  )
}
