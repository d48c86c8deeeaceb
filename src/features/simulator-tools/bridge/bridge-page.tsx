// `#/bridge?url=…&pair=…`, where the link `npm run bridge` prints leads: connects this tab to the
// bridge, then says what to do next.
import { useEffect } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { readPairingLink } from '../../../simulator/model/bridge-protocol.ts'
import { connectBridge } from '../../../simulator/services/bridge.ts'
import { BridgeStatusText } from './bridge-status-text.tsx'
import { useBridgeStatus } from './use-bridge-status.ts'

export const BRIDGE_PAGE_TITLE = 'Connect the local bridge'

/** Links already used in this document: a second render or mount of the page does not connect again. */
const used = new Set<string>()

export function BridgePage() {
  const { search } = useLocation()
  const navigate = useNavigate()
  const status = useBridgeStatus()
  const link = `${window.location.origin}${window.location.pathname}#/bridge${search}`
  const isPairingLink = readPairingLink(link) !== undefined
  useEffect(() => {
    if (!isPairingLink) return
    if (!used.has(link)) {
      used.add(link)
      connectBridge(link)
    }
    // The token works once: it does not stay in the address or the browser's history.
    void navigate('/bridge', { replace: true })
  }, [isPairingLink, link, navigate])
  const tools = (
    <Link className="govuk-link" to={appPaths.simulator()}>
      simulator tools
    </Link>
  )
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle(BRIDGE_PAGE_TITLE)}</title>
        <h1 className="govuk-heading-xl">{BRIDGE_PAGE_TITLE}</h1>
        {isPairingLink || status.kind !== 'off' || search === '' ? (
          <BridgeStatusText status={status} />
        ) : (
          <p className="govuk-body">This address is not a whole pairing link. Copy the link the bridge printed again, or paste it on the {tools} page.</p>
        )}
        <p className="govuk-body">The bridge’s status, and a way to disconnect, are on the {tools} page.</p>
      </div>
    </div>
  )
}
