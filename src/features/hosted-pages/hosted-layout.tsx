// The layout of the hosted payment pages, apart from the playground's shell: skip link, a header
// with the service's name, the "Test service" phase banner (every playground service is a test
// service), the page in <main>, and a footer. A page with `handle: { playgroundPage: true }` is
// the playground's own and leaves out the service's name and the phase banner.
import { createContext, useContext, useEffect, useRef, useState } from 'react'
import { Outlet, useLocation, useMatches, useNavigationType, useParams } from 'react-router'
import { PhaseBanner } from '../../ui/phase-banner.tsx'
import { SkipLink } from '../../ui/skip-link.tsx'
import { isBound } from './browser-binding.ts'
import { useFocusHeadingOnChange } from './focus-heading.ts'
import { HostedFooter } from './hosted-footer.tsx'
import { HostedHeader } from './hosted-header.tsx'
import { useHostedPayment } from './use-hosted-payment.ts'
import { usePageBanners } from '../../lib/page-banners.ts'

/** Lets a page that learns its payment later (the one-time link) tell the layout which it is. */
const ReportPayment = createContext<(paymentId: string | undefined) => void>(() => undefined)

export function useReportPayment(paymentId: string | undefined): void {
  const report = useContext(ReportPayment)
  useEffect(() => report(paymentId), [report, paymentId])
}

function isPlaygroundPage(handle: unknown): boolean {
  return typeof handle === 'object' && handle !== null && (handle as { playgroundPage?: unknown }).playgroundPage === true
}

function useServiceName(paymentId: string | undefined): string | undefined {
  const bound = paymentId !== undefined && isBound(paymentId)
  const query = useHostedPayment(paymentId ?? '', bound)
  return bound ? query.data?.service.name : undefined
}

export function HostedLayout() {
  const main = useRef<HTMLElement>(null)
  const banners = usePageBanners()
  const params = useParams()
  const [reported, setReported] = useState<string>()
  const playgroundPage = useMatches().some((match) => isPlaygroundPage(match.handle))
  const serviceName = useServiceName(params.paymentId ?? reported)
  // A redirect (the one-time link going on to the card details page) is not a move the user made.
  useFocusHeadingOnChange(useLocation().pathname, useNavigationType() === 'REPLACE')
  return (
    <ReportPayment value={setReported}>
      <SkipLink target={main}>Skip to main content</SkipLink>
      <HostedHeader serviceName={playgroundPage ? undefined : serviceName} />
      <div className="govuk-width-container">
        {playgroundPage ? null : <PhaseBanner tag="Test service">This is a test payment service.</PhaseBanner>}
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1} ref={main}>
          {banners}
          <Outlet />
        </main>
      </div>
      <HostedFooter />
    </ReportPayment>
  )
}
