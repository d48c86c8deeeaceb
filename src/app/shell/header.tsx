// The app's header: the GOV.UK header frame with the name linking to the start page and the
// current service, followed by the service navigation, inside the template's <header> landmark.
import { Link } from 'react-router'
import { START_PATH } from '../../lib/navigation.ts'
import { HeaderBridgeStatus } from './header-bridge-status.tsx'
import { HeaderCurrentService } from './header-current-service.tsx'
import { HeaderFrame, PLAYGROUND_NAME } from './header-frame.tsx'
import { ServiceNavigation } from './service-navigation.tsx'

export function Header() {
  return (
    <header className="govuk-template__header">
      <HeaderFrame
        aside={
          <>
            <HeaderBridgeStatus />
            <HeaderCurrentService />
          </>
        }
      >
        <Link to={START_PATH} className="govuk-header__homepage-link">
          <span className="app-header__name">{PLAYGROUND_NAME}</span>
        </Link>
      </HeaderFrame>
      <ServiceNavigation />
    </header>
  )
}
