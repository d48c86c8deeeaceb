// A failure that belongs to no one field (an action that could not be done, an answer that could
// not be read): GOV.UK's error message, announced as soon as it shows. Nothing without a message.
export function FailureMessage({ message }: { message: string | undefined }) {
  if (!message) return null
  return (
    <p className="govuk-error-message" role="alert">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  )
}
