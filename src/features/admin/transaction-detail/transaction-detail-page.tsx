// #/admin/transactions/:paymentId — one payment of the current service: its details, dispute,
// payment method, metadata and history, with a refund (or, while the user is still paying, cancel) panel.
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import type { DisputeRecord } from '../../../simulator/model/dispute-types.ts'
import type { PaymentEvent, PaymentRecord, ServiceRecord } from '../../../simulator/model/types.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { AdminLayout } from '../admin-layout.tsx'
import { AdminProblem, AdminLoading } from '../admin-states.tsx'
import { useCurrentService } from '../use-current-service.ts'
import { CancelPanel } from './cancel-panel.tsx'
import { EventsTable } from './events-table.tsx'
import { loadTransaction } from './load-transaction.ts'
import { OutcomeMessage, type Outcome } from './outcome.tsx'
import { PaymentSummary } from './payment-summary.tsx'
import { RefundPanel } from './refund-panel.tsx'
import { TransactionNotFound, TransactionOfAnotherService } from './transaction-not-found.tsx'

interface DetailProps {
  service: ServiceRecord
  payment: PaymentRecord
  events: PaymentEvent[]
  dispute: DisputeRecord | undefined
}

function TransactionDetail({ service, payment, events, dispute }: DetailProps) {
  const [outcome, setOutcome] = useState<Outcome>()
  const amountError = outcome?.kind === 'refund-failed' && outcome.fieldId ? outcome.message : undefined
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <OutcomeMessage outcome={outcome} />
        <h1 className="govuk-heading-l">Transaction details</h1>
        <PaymentSummary payment={payment} motoEnabled={service.settings.moto} dispute={dispute} />
        <EventsTable payment={payment} events={events} dispute={dispute} />
      </div>
      <div className="govuk-grid-column-one-third">
        <RefundPanel serviceId={service.id} payment={payment} amountError={amountError} onOutcome={setOutcome} />
        <CancelPanel serviceId={service.id} payment={payment} onOutcome={setOutcome} />
      </div>
    </div>
  )
}

function TransactionFor({ service, paymentId }: { service: ServiceRecord; paymentId: string }) {
  const transaction = useQuery({
    queryKey: queryKeys.transaction(service.id, paymentId),
    queryFn: () => loadTransaction(service.id, paymentId),
  })
  if (transaction.isPending) return <AdminLoading what="the transaction" />
  if (transaction.isError) return <AdminProblem error={transaction.error} />
  const found = transaction.data
  if (found.kind === 'not-found') return <TransactionNotFound paymentId={paymentId} serviceName={service.name} />
  if (found.kind === 'other-service') return <TransactionOfAnotherService paymentId={paymentId} owner={found.owner} />
  return (
    <>
      <title>{pageTitle(`Transaction details ${found.payment.id}`)}</title>
      <TransactionDetail key={found.payment.id} service={service} payment={found.payment} events={found.events} dispute={found.dispute} />
    </>
  )
}

export function TransactionDetailPage() {
  const { paymentId = '' } = useParams()
  const service = useCurrentService()
  return (
    <AdminLayout>
      <BackLink to={appPaths.transactions()}>Transactions list</BackLink>
      {service.isPending ? <AdminLoading what="the transaction" /> : null}
      {service.isError ? <AdminProblem error={service.error} /> : null}
      {service.data ? <TransactionFor service={service.data} paymentId={paymentId} /> : null}
    </AdminLayout>
  )
}
