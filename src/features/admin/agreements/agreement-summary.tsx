// An agreement's own details, as the real admin site lists them (ID, Reference, Status, Description,
// Date created, and Cancelled date once cancelled), with the user identifier the service gave it,
// and a sentence on what its status means for the service's payments.
import type { ReactNode } from 'react'
import { formatDateTime } from '../../../lib/dates.ts'
import type { AgreementRecord, AgreementStatus } from '../../../simulator/model/recurring-types.ts'
import { SummaryList, type SummaryRow } from '../../../ui/summary-list.tsx'
import { AgreementStatusTag } from './agreement-status-tag.tsx'

const code = (text: string) => <code className="app-code">{text}</code>

const STATUS_MEANINGS: Record<AgreementStatus, ReactNode> = {
  created: (
    <>
      This agreement is waiting to be set up. A payment created with {code('set_up_agreement')} and this agreement’s ID saves
      the card the user pays with for it.
    </>
  ),
  active: (
    <>
      Your service can take payments with this agreement’s saved card, without the user, by creating payments with{' '}
      {code('authorisation_mode')} {code('agreement')}.
    </>
  ),
  cancelled: (
    <>
      This agreement has been cancelled, so payments with it are refused. Another {code('set_up_agreement')} payment sets it
      up again with a new card.
    </>
  ),
  inactive: (
    <>
      A payment taken with this agreement was declined and cannot be retried with the same card, so the agreement is
      inactive. Another {code('set_up_agreement')} payment sets it up again with a new card.
    </>
  ),
}

export function AgreementSummary({ agreement }: { agreement: AgreementRecord }) {
  const rows: SummaryRow[] = [
    { key: 'ID', value: agreement.id },
    { key: 'Reference', value: agreement.reference },
    { key: 'Status', value: <AgreementStatusTag status={agreement.status} /> },
    { key: 'Description', value: agreement.description },
    {
      key: 'User identifier',
      value: agreement.userIdentifier ?? <span className="app-secondary-text">Not provided</span>,
    },
    { key: 'Date created', value: formatDateTime(agreement.createdAt) },
  ]
  if (agreement.cancelledAt !== undefined) rows.push({ key: 'Cancelled date', value: formatDateTime(agreement.cancelledAt) })
  return (
    <>
      <div id="agreement-detail" className="app-agreement-detail">
        <SummaryList rows={rows} />
      </div>
      <p className="govuk-body" id="status-meaning">
        {STATUS_MEANINGS[agreement.status]}
      </p>
    </>
  )
}
