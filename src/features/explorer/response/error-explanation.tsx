// Says what an error response means, beside the body: the Pay error code from the API description
// (its meaning, and the case that matches), which field or header it is about, and what a 401 or
// a framework error means.
import { InlineCode } from '../catalogue/inline-code.tsx'
import { findErrorCode } from '../openapi/error-catalogue.ts'
import type { ExplorerOperation } from '../catalogue/operations.ts'
import type { Example } from '../openapi/types.ts'

interface PayError {
  code: string
  description?: string
  field?: string
  header?: string
}

function payError(body: unknown): PayError | undefined {
  if (typeof body !== 'object' || body === null) return undefined
  const { code, description, field, header } = body as Record<string, unknown>
  if (typeof code !== 'string' || !/^P\d{4}$/.test(code)) return undefined
  return {
    code,
    description: typeof description === 'string' ? description : undefined,
    field: typeof field === 'string' ? field : undefined,
    header: typeof header === 'string' ? header : undefined,
  }
}

/** The documented example for this code and status, preferring one about the same field. */
function documentedExample(operation: ExplorerOperation | undefined, status: number, error: PayError): Example | undefined {
  const media = Object.values(operation?.operation.responses[String(status)]?.content ?? {})
  const examples = media.flatMap((entry) => Object.values(entry.examples ?? {}))
  const sameCode = examples.filter((example) => (example.value as PayError).code === error.code)
  return (
    sameCode.find((example) => (example.value as PayError).description === error.description) ??
    sameCode.find((example) => (example.value as PayError).field === error.field && error.field !== undefined) ??
    sameCode[0]
  )
}

export function ErrorExplanation({ operation, status, body }: { operation?: ExplorerOperation; status: number; body: string }) {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    parsed = undefined
  }
  const error = payError(parsed)
  if (error) {
    const example = documentedExample(operation, status, error)
    const meaning = example?.description ?? findErrorCode(error.code, operation?.operationId)?.meaning
    const when = example?.summary?.replace(/^P\d{4}: /, '')
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
