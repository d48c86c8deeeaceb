// The page shell around every route: skip link, header with navigation, the simulator's status
// banners (a newer version opened in another tab, data kept in memory only), the page itself in
// <main>, and the footer.
import { useRef } from 'react'
import { Outlet } from 'react-router'
import { FaultBanner } from '../../features/simulator-tools/fault-banner.tsx'
import { usePageBanners } from '../../lib/page-banners.ts'
import { SkipLink } from '../../ui/skip-link.tsx'
import { Footer } from './footer.tsx'
import { Header } from './header.tsx'
import { useRouteFocus } from './use-route-focus.ts'

export function Layout() {
  const main = useRef<HTMLElement>(null)
  const banners = usePageBanners()
  useRouteFocus(main)
  return (
    <>
      <SkipLink target={main}>Skip to main content</SkipLink>
      <Header />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1} ref={main}>
          {banners}
          <FaultBanner />
          <Outlet />
        </main>
      </div>
      <Footer />
    </>
  )
}
