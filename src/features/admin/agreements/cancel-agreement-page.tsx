// #/admin/agreements/:agreementId/cancel — "Are you sure you want to cancel the agreement for
// {name on card}?", as the real admin site asks it. Yes cancels it exactly as the API's
// POST /v1/agreements/{agreementId}/cancel does (the same service), then the agreement's page says
// "Agreement cancelled". An agreement that is not active cannot be cancelled, and the page says so.
import { Link } from 'react-router'
import { pageTitle } from '../../../lib/page-title.ts'
import type { AgreementWithPayments } from '../../../simulator/services/agreement-admin.ts'
import { cancelAgreement, type CancelAgreementResult } from '../../../simulator/services/agreements.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { YesNoPage } from '../yes-no-page.tsx'
import { agreementPaths } from './agreement-paths.ts'
import { AGREEMENT_STATUS_TEXT } from './agreement-status-tag.tsx'

export const CANCEL_FAILURES: Record<Exclude<CancelAgreementResult, 'cancelled'>, string> = {
  'not-active': 'it is no longer active (it may have been cancelled in another tab or through the API)',
  'not-found': 'it no longer exists',
}

function NotCancellable({ detail }: { detail: AgreementWithPayments }) {
  const { agreement } = detail
  return (
    <>
      <title>{pageTitle('This agreement cannot be cancelled')}</title>
      <BackLink to={agreementPaths.detail(agreement.id)} />
      <h1 className="govuk-heading-l">This agreement cannot be cancelled</h1>
      <p className="govuk-body">
        Only an active agreement can be cancelled. This agreement’s status is {AGREEMENT_STATUS_TEXT[agreement.status]}.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={agreementPaths.detail(agreement.id)}>
          Go back to the agreement
        </Link>
      </p>
    </>
  )
}

export function CancelAgreementPage({ serviceId, detail }: { serviceId: string; detail: AgreementWithPayments }) {
  const { agreement, instrument } = detail
  if (agreement.status !== 'active') return <NotCancellable detail={detail} />
  const name = instrument?.cardDetails.cardholderName
  const forWhom = name ? ` for ${name}` : ''
  return (
    <YesNoPage
      title={`Cancel agreement${forWhom}`}
      back={agreementPaths.detail(agreement.id)}
      idPrefix="cancel-agreement"
      question={`Are you sure you want to cancel the agreement${forWhom}?`}
      hint="The agreement will be cancelled immediately"
      noAnswer="Select either 'Yes' or 'No'"
      change={async () => {
        const result = await cancelAgreement(serviceId, agreement.id)
        if (result !== 'cancelled') throw new Error(CANCEL_FAILURES[result])
        return 'Agreement cancelled'
      }}
      failed="The agreement could not be cancelled"
    />
  )
}
