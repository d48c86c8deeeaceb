// The layout of the hosted payment pages, apart from the playground's shell: skip link, a header
// with the service's name, the "Test service" phase banner (every playground service is a test
// service), the page (which gives itself its own <main>, as the real pages do), and a footer.
// The payment's language is the pages' language, and the document's `lang`; the skip link, the
// header, the banners and the footer stay English, as they do on the real Welsh pages. A page with
// `handle: { playgroundPage: true }` is the playground's own: English, without the service's
// name and the phase banner.
import { createContext, useContext, useEffect, useMemo, useState } from 'react'
import { Outlet, useLocation, useMatches, useNavigationType, useParams } from 'react-router'
import { PhaseBanner } from '../../ui/phase-banner.tsx'
import { SkipLink } from '../../ui/skip-link.tsx'
import { isBound } from './browser-binding.ts'
import { useFocusHeadingOnChange } from './focus-heading.ts'
import { HostedFooter } from './hosted-footer.tsx'
import { HostedHeader } from './hosted-header.tsx'
import { type HostedLanguage, LanguageContext } from './i18n/language.tsx'
import { MAIN_ID } from './page-main.tsx'
import { serviceNameIn } from './service-name.ts'
import { useHostedPayment } from './use-hosted-payment.ts'

/** Lets a page that learns its payment later (the one-time link) tell the layout which it is. */
const ReportPayment = createContext<(paymentId: string | undefined) => void>(() => undefined)

export function useReportPayment(paymentId: string | undefined): void {
  const report = useContext(ReportPayment)
  useEffect(() => report(paymentId), [report, paymentId])
}

function isPlaygroundPage(handle: unknown): boolean {
  return typeof handle === 'object' && handle !== null && (handle as { playgroundPage?: unknown }).playgroundPage === true
}

interface PaymentFacts {
  serviceName?: string
  language: HostedLanguage
}

/** The service's name and the payment's language, once this browser may see the payment. */
function usePaymentFacts(paymentId: string | undefined): PaymentFacts {
  const bound = paymentId !== undefined && isBound(paymentId)
  const hosted = useHostedPayment(paymentId ?? '', bound).data
  if (!bound || !hosted) return { language: 'en' }
  return { serviceName: serviceNameIn(hosted.service, hosted.payment.language), language: hosted.payment.language }
}

/** Keeps `<html lang>` on the page's language while the hosted pages are shown. */
function useDocumentLanguage(language: HostedLanguage): void {
  useEffect(() => {
    const root = document.documentElement
    const before = root.lang
    root.lang = language
    return () => {
      root.lang = before
    }
  }, [language])
}

export function HostedLayout() {
  const params = useParams()
  const [reported, setReported] = useState<string>()
  const playgroundPage = useMatches().some((match) => isPlaygroundPage(match.handle))
  const facts = usePaymentFacts(params.paymentId ?? reported)
  const language = playgroundPage ? 'en' : facts.language
  const english = language === 'en' ? {} : { lang: 'en' }
  // The skip link's target is each page's own <main>.
  const main = useMemo(() => ({ get current() { return document.getElementById(MAIN_ID) } }), [])
  useDocumentLanguage(language)
  // A redirect (the one-time link going on to the card details page) is not a move the user made.
  useFocusHeadingOnChange(useLocation().pathname, useNavigationType() === 'REPLACE')
  return (
    <ReportPayment value={setReported}>
      <LanguageContext value={language}>
        <SkipLink target={main}>
          <span {...english}>Skip to main content</span>
        </SkipLink>
        <HostedHeader serviceName={playgroundPage ? undefined : facts.serviceName} />
        <div className="govuk-width-container">
          {playgroundPage ? null : (
            <div {...english}>
              <PhaseBanner tag="Test service">This is a test payment service.</PhaseBanner>
            </div>
          )}
          <Outlet />
        </div>
        <div {...english}>
          <HostedFooter />
        </div>
      </LanguageContext>
    </ReportPayment>
  )
}
