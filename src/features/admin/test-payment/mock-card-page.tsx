// "Mock card number": the sandbox card that pays successfully, then "Make a test payment", which
// creates the payment and opens the hosted payment pages for it.
import { useMutation } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { appPaths } from '../../../lib/app-paths.ts'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { Button } from '../../../ui/button.tsx'
import { startTestPayment } from './start-test-payment.ts'
import type { TestPaymentDetails } from './test-payment-details.ts'

export const MOCK_CARD_NUMBER = '4000 0566 5566 5556'
const MOCK_CARDS_DOCS = 'https://docs.payments.service.gov.uk/testing_govuk_pay/#mock-card-numbers-for-testing-purposes'

export function MockCardPage({ details }: { details: TestPaymentDetails }) {
  const navigate = useNavigate()
  const start = useMutation({
    mutationFn: () => startTestPayment(details, window.location.href),
    onSuccess: (path) => navigate(path),
  })
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <title>{pageTitle('Mock card number')}</title>
        <BackLink to={appPaths.testPayment()} />
        <h1 className="govuk-heading-l">Mock card number</h1>
        <div className="govuk-inset-text">
          <p className="govuk-!-font-size-24 govuk-!-font-weight-bold govuk-!-margin-0 app-mock-card-number" id="mock-card-number">
            {MOCK_CARD_NUMBER}
          </p>
        </div>
        <p className="govuk-body">Use this card number to test a successful payment. Don’t use real card numbers.</p>
        <p className="govuk-body">
          You can enter any valid value for the other details. For example, it doesn’t matter what expiry date you enter, but it
          must be in the future.
        </p>
        <p className="govuk-body">
          You can also use other card types and see errors.{' '}
          <a className="govuk-link" href={MOCK_CARDS_DOCS} rel="noreferrer noopener" target="_blank">
            See more card types in the GOV.UK Pay documentation (opens in new tab)
          </a>
          .
        </p>
        {start.isError && (
          <div className="govuk-error-summary" role="alert" tabIndex={-1}>
            <h2 className="govuk-error-summary__title">The payment could not be started</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{describeError(start.error)}</p>
            </div>
          </div>
        )}
        <Button
          onClick={() => {
            if (!start.isPending) start.mutate()
          }}
          disabled={start.isPending}
          aria-disabled={start.isPending}
        >
          Make a test payment
        </Button>
      </div>
    </div>
  )
}
