// The page shell around every route: skip link, header with navigation, the simulator's status
// banner, the page itself in <main>, and the footer.
import { useRef } from 'react'
import { Outlet } from 'react-router'
import { SkipLink } from '../../ui/skip-link.tsx'
import { Footer } from './footer.tsx'
import { Header } from './header.tsx'
import { SimulatorStatusBanner } from './simulator-status-banner.tsx'
import { useRouteFocus } from './use-route-focus.ts'

export function Layout() {
  const main = useRef<HTMLElement>(null)
  useRouteFocus(main)
  return (
    <>
      <SkipLink target={main}>Skip to main content</SkipLink>
      <Header />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1} ref={main}>
          <SimulatorStatusBanner />
          <Outlet />
        </main>
      </div>
      <Footer />
    </>
  )
}
