// What the detail page says when the payment id is not one of the current service's payments.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import type { ServiceRecord } from '../../../simulator/model/types.ts'
import { switchService } from '../../../simulator/services/service-accounts.ts'
import { Button } from '../../../ui/button.tsx'

export function TransactionNotFound({ paymentId, serviceName }: { paymentId: string; serviceName: string }) {
  return (
    <>
      <title>{pageTitle('Transaction not found')}</title>
      <h1 className="govuk-heading-l">Transaction not found</h1>
      <p className="govuk-body">
        There is no payment with the ID <code className="app-code">{paymentId}</code> in {serviceName}.
      </p>
      <p className="govuk-body">
        Check the payment ID, or find the payment in the{' '}
        <Link className="govuk-link" to={appPaths.transactions()}>
          transactions list
        </Link>
        .
      </p>
    </>
  )
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
