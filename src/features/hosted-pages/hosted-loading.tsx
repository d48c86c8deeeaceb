// Shown while a hosted page's code or its payment is still loading.
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
    <p className="govuk-body" role="status">
      Loading…
    </p>
  )
}
