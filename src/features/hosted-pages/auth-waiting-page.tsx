// "Checking card details": shown in place of the card form when authorising the card takes longer
// than a second, as the real pages' auth_waiting page is, until the payment moves on.
import { pageTitle } from '../../lib/page-title.ts'
import { useMessages } from './i18n/language.tsx'
import { PageMain } from './page-main.tsx'

/** How long authorisation may take before the waiting page is shown (the real service's 1000 ms). */
export const AUTH_WAITING_AFTER_MS = 1000

export function AuthWaitingPage() {
  const { authorisation } = useMessages()
  return (
    <PageMain>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <title>{pageTitle(authorisation.processingPayment)}</title>
          <h1 className="govuk-heading-l form-title">{authorisation.checkingDetails}</h1>
          <p className="govuk-body-l lede">{authorisation.checkingDetailsDescription}</p>
          <div id="spinner">
            <span className="app-spinner" role="img" aria-label={authorisation.spinnerAltText} />
          </div>
        </div>
      </div>
    </PageMain>
  )
}
