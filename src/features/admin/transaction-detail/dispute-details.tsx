// "Dispute details" on a disputed payment's page, with the real admin site's labels: status, date
// disputed, amount, the provider's fee and the net amount once lost, reason, evidence due by.
import { formatDateTime } from '../../../lib/dates.ts'
import { formatPence } from '../../../lib/money.ts'
import type { DisputeRecord } from '../../../simulator/model/dispute-types.ts'
import { disputeReasonName, disputeStatusName } from '../../../simulator/rules/dispute-display-names.ts'
import { Details } from '../../../ui/details.tsx'
import { DetailTable, type DetailRow } from './detail-table.tsx'

function FeeValue({ fee }: { fee: number }) {
  return (
    <>
      {formatPence(fee)}
      <Details summary="What is this fee?" className="govuk-!-margin-top-2 govuk-!-margin-bottom-0">
        If you lose a payment dispute, Stripe will deduct the disputed amount and an additional {formatPence(fee)} dispute fee
        from your account.
      </Details>
    </>
  )
}

function disputeRows(dispute: DisputeRecord): DetailRow[] {
  const rows: DetailRow[] = [
    { label: 'Status:', value: disputeStatusName(dispute.status), id: 'dispute-state' },
    { label: 'Date disputed:', value: formatDateTime(dispute.createdAt), id: 'dispute-date' },
    { label: 'Disputed amount:', value: formatPence(dispute.amount), id: 'dispute-amount' },
  ]
  if (dispute.fee) rows.push({ label: 'PSP dispute fee:', value: <FeeValue fee={dispute.fee} />, id: 'dispute-fee' })
  if (dispute.netAmount) rows.push({ label: 'Dispute net amount:', value: formatPence(dispute.netAmount), id: 'dispute-net-amount' })
  rows.push(
    { label: 'Reason:', value: disputeReasonName(dispute.reason), id: 'dispute-reason' },
    { label: 'Evidence due by:', value: formatDateTime(dispute.evidenceDueAt), id: 'dispute-evidence-due-date' },
  )
  return rows
}

export function DisputeDetails({ dispute }: { dispute: DisputeRecord }) {
  return (
    <>
      <h2 className="govuk-heading-m govuk-!-margin-top-8" id="dispute-details">
        Dispute details
      </h2>
      <DetailTable rows={disputeRows(dispute)} />
    </>
  )
}
