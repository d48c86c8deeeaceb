// What an admin page shows while its data loads, and when reading it failed.
import { describeError } from '../../lib/describe-error.ts'
import { pageTitle } from '../../lib/page-title.ts'

export function AdminLoading({ what }: { what: string }) {
  return (
    <p className="govuk-body" role="status">
      Loading {what}…
    </p>
  )
}

export function AdminProblem({ error }: { error: unknown }) {
  return (
    <>
      <title>{pageTitle('Sorry, there is a problem')}</title>
      <h1 className="govuk-heading-l">Sorry, there is a problem</h1>
      <p className="govuk-body">The playground could not read its data for this page. The error was:</p>
      <div className="govuk-inset-text">{describeError(error)}</div>
      <p className="govuk-body">Reload the page to try again.</p>
    </>
  )
}
