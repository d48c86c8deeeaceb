// "Return to your service": shown instead of leaving for a return URL on another site. It shows
// where a real integration would land now, and links there, to the payment in the admin site, and to
// getting the payment with the API in the explorer, the learner's next step.
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { externalState } from '../../../simulator/model/payment-status.ts'
import type { PaymentRecord } from '../../../simulator/model/types.ts'
import { InsetText } from '../../../ui/inset-text.tsx'
import { PageMain } from '../page-main.tsx'

function stateText(payment: PaymentRecord): string {
  const state = externalState(payment.status)
  return state.code ? `${state.status} (${state.code}: ${state.message})` : state.status
}

export function ReturnToServicePage({ payment, returnUrl }: { payment: PaymentRecord; returnUrl: string }) {
  return (
    <PageMain>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <title>{pageTitle('Return to your service')}</title>
          <h1 className="govuk-heading-l">Return to your service</h1>
          <p className="govuk-body">
            The paying user has finished on the payment pages. On GOV.UK Pay they would now land on the return URL your
            service gave when it created the payment:
          </p>
          <p className="govuk-body">
            <span className="app-code app-return-url" id="return-url">
              {returnUrl}
            </span>
          </p>
          <p className="govuk-body">
            The playground stops here rather than send you to another site. A real integration would now look the payment
            up with the API to find out what happened, and tell the user.
          </p>
          <InsetText>
            The payment’s state is now <strong>{stateText(payment)}</strong>.
          </InsetText>
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href={returnUrl} rel="noreferrer">
                Go to the return URL
              </a>
            </li>
            <li>
              <Link className="govuk-link" to={appPaths.explorerGetPayment(payment.id)}>
                Get this payment with the API, in the explorer
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={appPaths.transaction(payment.id)}>
                View this payment in the admin site
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </PageMain>
  )
}
