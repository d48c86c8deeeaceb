// The first page of "Make a test payment": the payment's description and amount, which the user
// can change, and "Continue" to the mock card number.
import { Link } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { formatPence } from '../../../lib/money.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { SummaryCard, SummaryList } from '../../../ui/summary-list.tsx'
import type { TestPaymentDetails } from './test-payment-details.ts'

export const TEST_PAYMENT_INTRO =
  'Try the payment experience as a user. Then view the completed payment as an administrator on GOV.UK Pay.'

export function TestPaymentSummaryPage({ details }: { details: TestPaymentDetails }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle('Make a test payment')}</title>
        <h1 className="govuk-heading-l">Make a test payment</h1>
        <p className="govuk-body">{TEST_PAYMENT_INTRO}</p>
        <SummaryCard
          title="Test payment details"
          actions={[{ text: 'Change', to: appPaths.testPayment('edit'), visuallyHiddenText: 'payment details' }]}
        >
          <SummaryList
            rows={[
              { key: 'Payment description', value: details.description },
              { key: 'Payment amount', value: formatPence(details.amount) },
            ]}
          />
        </SummaryCard>
        <Link className="govuk-button" data-module="govuk-button" role="button" draggable={false} to={appPaths.testPayment('mock-card')}>
          Continue
        </Link>
      </div>
    </div>
  )
}
