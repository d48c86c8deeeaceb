// Shown while a hosted page's code or its payment is still loading. The playground's own words,
// in English whatever the payment's language (the real pages never show such a message).
import { useEnglishPart } from './i18n/language.tsx'
import { PageMain } from './page-main.tsx'

export function HostedLoading() {
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper">
        <p className="govuk-body" role="status">
          Loading…
        </p>
      </main>
    </div>
  )
}

/** The same message inside the layout, while a page waits for its payment. */
export function LoadingMessage() {
  return (
    <PageMain>
      <p className="govuk-body" role="status" {...useEnglishPart()}>
        Loading…
      </p>
    </PageMain>
  )
}
