// What the agreements list says when it has nothing to list: a service with recurring payments off,
// and a service that has not made an agreement yet.
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'

export function RecurringPaymentsOff({ serviceName }: { serviceName: string }) {
  return (
    <div className="govuk-inset-text" id="recurring-payments-off">
      <p className="govuk-body">Recurring payments are off for {serviceName}, so it cannot create agreements.</p>
      <p className="govuk-body">
        Turn recurring payments on in{' '}
        <Link className="govuk-link" to={appPaths.settings()}>
          Settings
        </Link>{' '}
        to create agreements through the API and take later payments with the card a user saved.
      </p>
    </div>
  )
}

export function NoAgreementsYet() {
  return (
    <div id="results-empty">
      <p className="govuk-body">This service has no agreements yet.</p>
      <p className="govuk-body">
        Your service creates an agreement with <code className="app-code">POST /v1/agreements</code>, then sets it up with
        a payment created with <code className="app-code">set_up_agreement</code>: the card the user pays with is saved for
        the agreement’s later payments.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={appPaths.explorer('create-agreement')}>
          Create an agreement in the API explorer
        </Link>
      </p>
    </div>
  )
}
