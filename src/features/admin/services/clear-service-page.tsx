// #/admin/services/:serviceId/reset and …/delete: says exactly what a reset or a delete of one
// service will remove, then does it. Other services are never touched.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useNavigate, useParams } from 'react-router'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { getService } from '../../../simulator/services/service-accounts.ts'
import { countServiceData, deleteService, resetService } from '../../../simulator/services/service-data.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { Button } from '../../../ui/button.tsx'
import { Checkboxes } from '../../../ui/checkboxes.tsx'
import { FailureMessage } from '../../../ui/failure-message.tsx'
import { AdminLoading, AdminProblem } from '../admin-states.tsx'
import { withFlash } from '../flash.tsx'
import { servicePaths } from './service-paths.ts'

const plural = (count: number, one: string) => `${count.toLocaleString('en-GB')} ${one}${count === 1 ? '' : 's'}`

export function ClearServicePage({ mode }: { mode: 'reset' | 'delete' }) {
  const { serviceId = '' } = useParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const found = useQuery({
    queryKey: ['services', 'clear', serviceId],
    queryFn: async () => {
      const service = await getService(serviceId)
      return service ? { service, counts: await countServiceData(serviceId) } : null
    },
  })
  const [keepKeys, setKeepKeys] = useState<string[]>([])
  const [failure, setFailure] = useState<string>()
  if (found.isPending) return <AdminLoading what="the service" />
  if (found.isError) return <AdminProblem error={found.error} />
  if (!found.data) {
    return (
      <>
        <title>{pageTitle('Service not found')}</title>
        <BackLink to={servicePaths.index()} />
        <h1 className="govuk-heading-l">Service not found</h1>
        <p className="govuk-body">There is no service with that ID. It may have been deleted already.</p>
      </>
    )
  }
  const { service, counts } = found.data
  const what = `${plural(counts.payments, 'payment')}, ${plural(counts.refunds, 'refund')} and ${plural(counts.apiKeys, 'API key')}`
  const confirm = async (event: FormEvent) => {
    event.preventDefault()
    try {
      if (mode === 'reset') await resetService(service.id, { keepApiKeys: keepKeys.length > 0 })
      else await deleteService(service.id)
      await queryClient.invalidateQueries()
      await navigate(servicePaths.index(), withFlash(mode === 'reset' ? `${service.name} was reset` : `${service.name} was deleted`))
    } catch (error) {
      setFailure(describeError(error))
    }
  }
  const heading = mode === 'reset' ? `Reset ${service.name}?` : `Delete ${service.name}?`
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle(heading)}</title>
        <BackLink to={servicePaths.index()} />
        <form noValidate onSubmit={(event) => void confirm(event)}>
          <h1 className="govuk-heading-l">{heading}</h1>
          <p className="govuk-body">
            {mode === 'reset'
              ? `This deletes its ${what}, its request history, its lesson progress and its own fault settings, and puts its settings back to a new test account’s. Its name stays.`
              : `This deletes the service with its ${what}, its request history, its lesson progress and its own fault settings.`}{' '}
            Other services are not changed. This cannot be undone.
          </p>
          <FailureMessage message={failure} />
          {mode === 'reset' && counts.apiKeys > 0 ? (
            <Checkboxes
              idPrefix="keep-keys"
              legend="API keys"
              legendSize="s"
              small
              items={[{ value: 'keep', label: 'Keep its API keys working', hint: 'For example, keys already handed out to trainees' }]}
              values={keepKeys}
              onChange={setKeepKeys}
            />
          ) : null}
          <Button type="submit" variant="warning">
            {mode === 'reset' ? 'Yes, reset this service' : 'Yes, delete this service'}
          </Button>
        </form>
      </div>
    </div>
  )
}
