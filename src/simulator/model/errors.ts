// The real API's error body `{ field?, header?, code, description }` (pay-api-contract.md §1.3 and
// §12), and builders for its generic wordings. Which codes each operation answers with, and why,
// is in the operation registry (operations/).

export class PayApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly description: string,
    readonly field?: string,
    readonly header?: string,
  ) {
    super(`${code} ${description}`)
    this.name = 'PayApiError'
  }

  toJSON(): Record<string, string> {
    const body: Record<string, string> = {}
    if (this.field !== undefined) body.field = this.field
    if (this.header !== undefined) body.header = this.header
    body.code = this.code
    body.description = this.description
    return body
  }
}

export function missingAttribute(status: number, code: string, field: string, withField = true): PayApiError {
  return new PayApiError(status, code, `Missing mandatory attribute: ${field}`, withField ? field : undefined)
}

export function invalidAttribute(status: number, code: string, field: string, message: string): PayApiError {
  return new PayApiError(status, code, `Invalid attribute value: ${field}. ${message}`, field)
}

export function unexpectedAttribute(field: string): PayApiError {
  return new PayApiError(400, 'P0104', `Unexpected attribute: ${field}`)
}

export function invalidSearchParameters(code: string, names: string[]): PayApiError {
  return new PayApiError(
    422,
    code,
    `Invalid parameters: ${names.join(', ')}. See Public API documentation for the correct data formats`,
  )
}
