// Says what an error response means, beside the body: the case of the operation registry that the
// answer is (the code's meaning and the typical cause of exactly this answer), which field or
// header it is about, and what a 401 or a framework error means.
import { InlineCode } from '../catalogue/inline-code.tsx'
import type { ExplorerOperation } from '../catalogue/operations.ts'
import { findOperationSpec, OPERATIONS } from '../../../simulator/operations/index.ts'
import { asErrorBody, matchError } from '../../../simulator/operations/errors/match.ts'

export function ErrorExplanation({ operation, status, body }: { operation?: ExplorerOperation; status: number; body: string }) {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    parsed = undefined
  }
  const error = asErrorBody(parsed)
  if (error) {
    // Without a known operation (an address typed by hand), the first operation with this answer explains it.
    const specs = operation ? [findOperationSpec(operation.operationId)] : OPERATIONS
    const matched = specs.map((spec) => spec && matchError(spec, status, error)).find(Boolean)
    const meaning = matched?.spec.meaning
    const when = matched?.variant.cause
    return (
      <div className="govuk-inset-text app-explorer-explanation" aria-labelledby="error-explanation-heading">
        <h3 className="govuk-heading-s" id="error-explanation-heading">
          What {error.code} means
        </h3>
        {meaning && (
          <p className="govuk-body">
            <InlineCode text={meaning} />
          </p>
        )}
        {when && (
          <p className="govuk-body">
            Typical cause: <InlineCode text={when} />
          </p>
        )}
        {error.field && (
          <p className="govuk-body">
            The problem is with <code className="app-code">{error.field}</code> in the request body.
          </p>
        )}
        {error.header && (
          <p className="govuk-body">
            The problem is with the <code className="app-code">{error.header}</code> header.
          </p>
        )}
        {!meaning && <p className="govuk-body">This code is not in the playground’s API description.</p>}
      </div>
    )
  }
  if (status === 401) {
    return (
      <div className="govuk-inset-text app-explorer-explanation">
        <h3 className="govuk-heading-s">What 401 means</h3>
        <p className="govuk-body">
          The API key was not accepted. A missing key, or one that fails its checksum, gets the web server’s error page;
          a well-formed key that was revoked or belongs to no service gets “Credentials are required to access this
          resource.” Choose or create a key of the current service under “Your API key”.
        </p>
      </div>
    )
  }
  const framework = parsed as { code?: unknown; message?: unknown } | undefined
  if (typeof framework?.code === 'number' && typeof framework.message === 'string') {
    return (
      <div className="govuk-inset-text app-explorer-explanation">
        <h3 className="govuk-heading-s">What this error means</h3>
        <p className="govuk-body">
          This is the web framework’s own error, not a Pay error code: {framework.message}. The path, the method or the
          content type does not match any endpoint.
        </p>
      </div>
    )
  }
  return null
}
