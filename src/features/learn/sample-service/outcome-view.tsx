// The sample service's page for each way a payment can end, as the documentation recommends: a
// confirmation for success, and for a failure what happened and a way to try again.
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { formatPence } from '../../../lib/money.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import type { Application } from './journeys.ts'
import type { Outcome } from './steps/check-payment.ts'

const HEADINGS: Record<Exclude<Outcome, 'success'>, { heading: string; body: string }> = {
  declined: { heading: 'Your payment was declined', body: 'Your bank declined the payment. No money has been taken. You can try again with another card.' },
  'cancelled-by-user': { heading: 'You cancelled your payment', body: 'No money has been taken. Your application has not been sent.' },
  expired: { heading: 'Your payment session timed out', body: 'You did not finish paying in time, so no money has been taken.' },
  error: { heading: 'Sorry, there is a problem with the payment service', body: 'No money has been taken. Try again later.' },
  'cancelled-by-service': { heading: 'Your payment was cancelled', body: 'We cancelled your payment. No money has been taken.' },
  'not-finished': { heading: 'Your payment is not finished', body: 'GOV.UK Pay has not finished your payment yet. Check again in a moment.' },
  problem: { heading: 'Sorry, there is a problem with the service', body: 'We could not find out how your payment went. Try again later.' },
}

export function OutcomeView({ outcome, application }: { outcome: Outcome; application: Application }) {
  if (outcome === 'success') {
    return (
      <>
        <title>{pageTitle('Application complete – sample service')}</title>
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">Application complete</h1>
          <div className="govuk-panel__body">
            Your reference
            <br />
            <strong>{application.reference}</strong>
          </div>
        </div>
        <p className="govuk-body">
          You paid {formatPence(application.amount)} for a {application.licence}. We have sent a confirmation to you, {application.name}.
        </p>
      </>
    )
  }
  const { heading, body } = HEADINGS[outcome]
  return (
    <>
      <title>{pageTitle(`${heading} – sample service`)}</title>
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">{body}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={appPaths.sampleService()}>
          Apply again
        </Link>
      </p>
    </>
  )
}
