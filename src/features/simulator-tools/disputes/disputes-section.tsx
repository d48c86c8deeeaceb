// The disputes tool: raise a dispute on one of the current service's successful payments, then
// move it on as the payment provider would (evidence submitted, won or lost), and see it in the
// admin site and in GET /v1/disputes.
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'
import { ensureCurrentService } from '../../../simulator/services/service-accounts.ts'
import { NotificationBanner } from '../../../ui/notification-banner.tsx'
import { useOutcome } from '../outcome.tsx'
import { DisputeList } from './dispute-list.tsx'
import { raisedMessage } from './dispute-words.ts'
import { RaiseDisputeForm } from './raise-dispute-form.tsx'

export function DisputesSection() {
  const service = useQuery({ queryKey: queryKeys.currentService, queryFn: ensureCurrentService })
  const { message, show, banner } = useOutcome('disputes')
  return (
    <section aria-labelledby="disputes-heading" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="disputes-heading">
        Disputes
      </h2>
      <p className="govuk-body">
        The real sandbox cannot raise disputes, so raise them here to see what services whose payments go through
        Stripe see when a paying user’s bank disputes a payment: in{' '}
        <Link className="govuk-link" to={appPaths.explorer('search-disputes')}>
          GET /v1/disputes
        </Link>{' '}
        and on the payment’s page in the admin site.
      </p>
      {message && (
        <NotificationBanner type="success" ref={banner}>
          <p className="govuk-notification-banner__heading">{message}</p>
        </NotificationBanner>
      )}
      {service.data ? (
        <>
          <RaiseDisputeForm serviceId={service.data.id} onRaised={(dispute) => show(raisedMessage(dispute))} />
          <DisputeList serviceId={service.data.id} serviceName={service.data.name} onMoved={show} />
        </>
      ) : null}
    </section>
  )
}
