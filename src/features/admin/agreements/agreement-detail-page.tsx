// #/admin/agreements/:agreementId — one agreement: its details, the card that pays (its payment
// instrument), its payments, and "Cancel this agreement" while it is active.
import { Link } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import type { AgreementWithPayments } from '../../../simulator/services/agreement-admin.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { FlashBanner, useFlash } from '../flash.tsx'
import { agreementPaths } from './agreement-paths.ts'
import { AgreementPayments } from './agreement-payments-table.tsx'
import { AgreementSummary } from './agreement-summary.tsx'
import { InstrumentSummary } from './payment-instrument.tsx'

export function AgreementDetailPage({ detail }: { detail: AgreementWithPayments }) {
  const flash = useFlash()
  const { agreement, instrument, payments, paymentCount } = detail
  return (
    <>
      <title>{pageTitle(`Agreement details ${agreement.id}`)}</title>
      <BackLink to={agreementPaths.index()}>Back to agreements</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FlashBanner message={flash} />
          <h1 className="govuk-heading-l">Agreement detail</h1>
          <AgreementSummary agreement={agreement} />
          <h2 className="govuk-heading-m govuk-!-margin-top-9">Payment instrument</h2>
          {instrument ? (
            <InstrumentSummary instrument={instrument} />
          ) : (
            <p className="govuk-body" id="empty-payment-instrument">
              No payment instrument set for this agreement.
            </p>
          )}
          <AgreementPayments agreementId={agreement.id} payments={payments} paymentCount={paymentCount} />
          {agreement.status === 'active' ? (
            <>
              <hr className="govuk-section-break govuk-section-break--l govuk-section-break--visible" />
              <Link className="govuk-button govuk-button--secondary" role="button" draggable={false} to={agreementPaths.cancel(agreement.id)}>
                Cancel this agreement
              </Link>
            </>
          ) : null}
        </div>
      </div>
    </>
  )
}
