// #/admin/settings/* — the current service's settings and one page to change each of them.
import { Route, Routes } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import { AdminLayout } from '../admin-layout.tsx'
import { AdminLoading, AdminProblem } from '../admin-states.tsx'
import { useCurrentService } from '../use-current-service.ts'
import { CardTypesPage } from './card-types-page.tsx'
import { CorporateFeePage } from './corporate-fee-page.tsx'
import { EmailCollectionPage } from './email-collection-page.tsx'
import { HideCardNumberPage, HideCardSecurityCodePage } from './moto-security-pages.tsx'
import { OnOffSettingPage } from './on-off-setting-page.tsx'
import { ServiceNamePage } from './service-name-page.tsx'
import { AuthorisationApiPage, BlockPrepaidCardsPage, RecurringPaymentsPage } from './set-by-pay-pages.tsx'
import { CORPORATE_FEES, DELAYED_CAPTURE_QUESTION, MOTO_QUESTION, REDIRECT_QUESTION } from './setting-labels.ts'
import { CORPORATE_FEE_PAGES } from './settings-paths.ts'
import { SettingsIndexPage } from './settings-index-page.tsx'
import { WelshServiceNamePage } from './welsh-service-name-page.tsx'

const delayedCaptureHint = (
  <>
    <p className="govuk-body govuk-hint">
      With delayed capture, a test payment you make from the admin site waits after the user confirms it (status
      capturable) until your service captures it, instead of being taken at once.
    </p>
    <p className="govuk-body govuk-hint">
      This does not change API payments: each one chooses for itself with <code className="app-code">delayed_capture</code>{' '}
      when it is created, and is captured with <code className="app-code">POST /v1/payments/{'{paymentId}'}/capture</code>.
    </p>
  </>
)

const redirectHint = (
  <>
    <p className="govuk-body govuk-hint">
      For services that show their own pages when a payment has not worked. When this is on, the payment pages do not
      show “Your payment has been declined”, “Your payment has been cancelled”, “Your payment session has expired” and
      the like: the user goes straight back to your return URL, and your service looks the payment up with the API.
    </p>
    <p className="govuk-body govuk-hint">
      On GOV.UK Pay this is the service flag <code className="app-code">redirect_to_service_immediately_on_terminal_state</code>,
      which GOV.UK Pay support turn on when asked.
    </p>
  </>
)

const motoHint = (
  <p className="govuk-body govuk-hint">
    Mail order and telephone (MOTO) payments are taken by your staff for a user. When this is on, the API accepts{' '}
    <code className="app-code">moto: true</code> on a new payment. When it is off, such a payment is refused with error
    P0196.
  </p>
)

function NoSuchSetting() {
  return (
    <>
      <title>{pageTitle('Page not found')}</title>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">There is no settings page at this address.</p>
    </>
  )
}

export function SettingsSection() {
  const current = useCurrentService()
  if (current.isPending) return <AdminLayout><AdminLoading what="the settings" /></AdminLayout>
  if (current.isError) return <AdminLayout><AdminProblem error={current.error} /></AdminLayout>
  const service = current.data
  return (
    <AdminLayout>
      <Routes>
        <Route index element={<SettingsIndexPage service={service} />} />
        <Route path="service-name" element={<ServiceNamePage service={service} />} />
        <Route path="welsh-service-name" element={<WelshServiceNamePage service={service} />} />
        <Route
          path="redirect-to-service"
          element={
            <OnOffSettingPage
              service={service}
              setting="redirectToServiceImmediatelyOnTerminalState"
              question={REDIRECT_QUESTION}
              hint={redirectHint}
              onHint="A finished payment sends the user straight back to your service."
              offHint="The payment pages say what happened, with a way back to your service."
              saved="Payment pages updated"
            />
          }
        />
        <Route path="email-collection" element={<EmailCollectionPage service={service} />} />
        <Route
          path="billing-address"
          element={
            <OnOffSettingPage
              service={service}
              setting="collectBillingAddress"
              question="Ask users for their billing address"
              hint="The address associated with the card."
              onHint="The payment page asks for the billing address, with United Kingdom as the country to start with."
              offHint="The payment page has no billing address section."
              saved="Billing address collection updated"
            />
          }
        />
        <Route path="card-types" element={<CardTypesPage service={service} />} />
        <Route
          path="delayed-capture"
          element={<OnOffSettingPage service={service} setting="delayedCapture" question={DELAYED_CAPTURE_QUESTION} hint={delayedCaptureHint} saved="Delayed capture updated" />}
        />
        <Route
          path="moto"
          element={<OnOffSettingPage service={service} setting="moto" question={MOTO_QUESTION} hint={motoHint} saved="MOTO payments updated" />}
        />
        <Route path="hide-card-number" element={<HideCardNumberPage service={service} />} />
        <Route path="hide-card-security-code" element={<HideCardSecurityCodePage service={service} />} />
        <Route path="recurring-payments" element={<RecurringPaymentsPage service={service} />} />
        <Route path="authorisation-api" element={<AuthorisationApiPage service={service} />} />
        <Route path="block-prepaid-cards" element={<BlockPrepaidCardsPage service={service} />} />
        {CORPORATE_FEES.map((fee) => (
          <Route key={fee.setting} path={CORPORATE_FEE_PAGES[fee.setting]} element={<CorporateFeePage key={fee.setting} service={service} fee={fee} />} />
        ))}
        <Route path="*" element={<NoSuchSetting />} />
      </Routes>
    </AdminLayout>
  )
}
