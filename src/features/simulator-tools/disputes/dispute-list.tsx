// The service's disputes, newest first, one summary card each: what the admin site and the API show
// of it, and a button for each move it can make next (submit evidence, mark as won or lost).
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { formatDateTime } from '../../../lib/dates.ts'
import { describeError } from '../../../lib/describe-error.ts'
import { formatPence } from '../../../lib/money.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { nextStatuses } from '../../../simulator/model/dispute-lifecycle.ts'
import type { DisputeRecord, DisputeStatus } from '../../../simulator/model/dispute-types.ts'
import { disputeStatusName } from '../../../simulator/rules/dispute-display-names.ts'
import { type DisputeWithPayment, listDisputes } from '../../../simulator/services/dispute-queries.ts'
import { DisputeRefusedError, moveDispute } from '../../../simulator/services/disputes.ts'
import { Button } from '../../../ui/button.tsx'
import { FailureMessage } from '../../../ui/failure-message.tsx'
import { SummaryCard, SummaryList, type SummaryRow } from '../../../ui/summary-list.tsx'
import { MOVE_BUTTONS, movedMessage, reasonLabel } from './dispute-words.ts'

type Move = Exclude<DisputeStatus, 'needs_response'>

function rows({ dispute, payment }: DisputeWithPayment): SummaryRow[] {
  const list: SummaryRow[] = [
    { key: 'Status', value: `${disputeStatusName(dispute.status)} (${dispute.status})` },
    {
      key: 'Payment',
      value: payment ? <Link className="govuk-link" to={appPaths.transaction(payment.id)}>{dispute.paymentId}</Link> : dispute.paymentId,
    },
    { key: 'Disputed amount', value: formatPence(dispute.amount) },
    { key: 'Reason', value: reasonLabel(dispute.reason) },
    { key: 'Date disputed', value: formatDateTime(dispute.createdAt) },
    { key: 'Evidence due by', value: formatDateTime(dispute.evidenceDueAt) },
  ]
  if (dispute.fee !== undefined) list.push({ key: 'Dispute fee', value: formatPence(dispute.fee) })
  if (dispute.netAmount !== undefined) list.push({ key: 'Net amount', value: formatPence(dispute.netAmount) })
  return list
}

interface CardProps {
  entry: DisputeWithPayment
  busy: boolean
  onMove: (dispute: DisputeRecord, to: Move) => void
}

function DisputeCard({ entry, busy, onMove }: CardProps) {
  const { dispute, payment } = entry
  const reference = payment?.reference ?? dispute.paymentId
  const moves = nextStatuses(dispute.status).filter((to): to is Move => to !== 'needs_response')
  return (
    <SummaryCard title={`Payment ${reference}`} headingLevel={4}>
      <SummaryList rows={rows(entry)} />
      {moves.length > 0 ? (
        <div className="govuk-button-group">
          {moves.map((to) => (
            <Button key={to} variant={to === 'lost' ? 'warning' : 'secondary'} disabled={busy} onClick={() => onMove(dispute, to)}>
              {MOVE_BUTTONS[to]}
              <span className="govuk-visually-hidden"> for the dispute on payment {reference}</span>
            </Button>
          ))}
        </div>
      ) : null}
    </SummaryCard>
  )
}

export function DisputeList({ serviceId, serviceName, onMoved }: { serviceId: string; serviceName: string; onMoved: (message: string) => void }) {
  const queryClient = useQueryClient()
  const disputes = useQuery({ queryKey: queryKeys.disputes(serviceId), queryFn: () => listDisputes(serviceId) })
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string>()

  const move = async (dispute: DisputeRecord, to: Move) => {
    setBusy(true)
    setFailure(undefined)
    try {
      const moved = await moveDispute(serviceId, dispute.id, to)
      await queryClient.invalidateQueries({ queryKey: queryKeys.disputes(serviceId) })
      const reference = disputes.data?.find((entry) => entry.dispute.id === dispute.id)?.payment?.reference ?? dispute.paymentId
      onMoved(movedMessage(moved, reference))
    } catch (error) {
      setFailure(error instanceof DisputeRefusedError ? error.message : `The dispute could not be changed: ${describeError(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <h3 className="govuk-heading-m govuk-!-margin-top-7">Disputes of {serviceName}</h3>
      <FailureMessage message={failure ?? (disputes.isError ? `The disputes could not be read: ${describeError(disputes.error)}` : undefined)} />
      {disputes.data?.length === 0 ? <p className="govuk-body">No payment of this service has been disputed yet.</p> : null}
      {disputes.data?.map((entry) => (
        <DisputeCard key={entry.dispute.id} entry={entry} busy={busy} onMove={(dispute, to) => void move(dispute, to)} />
      ))}
    </>
  )
}
