// The body of a "Sorry, there is a problem" page: what went wrong, in the error's own words.
import { describeError } from '../../lib/describe-error.ts'
import { InsetText } from '../../ui/inset-text.tsx'

export function ProblemDetails({ error }: { error: unknown }) {
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the playground</h1>
      <p className="govuk-body">Something went wrong while showing this page. The error was:</p>
      <InsetText>{describeError(error)}</InsetText>
      <p className="govuk-body">Reload the page to try again. Your data in the playground has not been changed.</p>
    </>
  )
}
