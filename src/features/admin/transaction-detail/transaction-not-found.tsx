// What the detail page says when the payment id is not one of the current service's payments.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { switchService } from '../../../simulator/services/service-accounts.ts'
import { Button } from '../../../ui/button.tsx'
import { RecordNotFound } from '../record-not-found.tsx'

export function TransactionNotFound({ paymentId, serviceName }: { paymentId: string; serviceName: string }) {
  return <RecordNotFound title="Transaction" noun="payment" id={paymentId} serviceName={serviceName} list={{ to: appPaths.transactions(), name: 'transactions list' }} />
}

export function TransactionOfAnotherService({ paymentId, owner }: { paymentId: string; owner: ServiceRecord }) {
  const queryClient = useQueryClient()
  const change = useMutation({
    mutationFn: () => switchService(owner.id),
    onSuccess: () => queryClient.invalidateQueries(),
  })
  return (
    <>
      <title>{pageTitle('This payment belongs to another service')}</title>
      <h1 className="govuk-heading-l">This payment belongs to another service</h1>
      <p className="govuk-body">
        The payment <code className="app-code">{paymentId}</code> was taken by {owner.name}. The admin site shows one
        service at a time.
      </p>
      <Button onClick={() => change.mutate()} disabled={change.isPending}>
        Switch to {owner.name}
      </Button>
    </>
  )
}
