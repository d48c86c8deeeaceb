// What the user has typed into the request builder for one operation. Everything the explorer shows
// (the request it sends, every code snippet, the share link) is derived from this one value.
import type { ExplorerOperation } from '../catalogue/operations.ts'

export interface HeaderInput {
  name: string
  value: string
}

export interface RequestInput {
  pathParams: Record<string, string>
  query: Record<string, string>
  /** The JSON body exactly as typed; '' for none. */
  body: string
  /** Extra request headers, such as Idempotency-Key. Rows without a name or a value are not sent. */
  headers: HeaderInput[]
}

export const prettyJson = (value: unknown): string => JSON.stringify(value, null, 2)

/** The first example body of the operation, pretty-printed; '' when it takes no body. */
export function exampleBody(operation: ExplorerOperation): string {
  const first = Object.values(operation.bodyExamples)[0]
  return first ? prettyJson(first.value) : ''
}

/** A fresh form: empty parameters, the example body, and a row for each header the operation documents. */
export function defaultInput(operation: ExplorerOperation): RequestInput {
  return {
    pathParams: Object.fromEntries(operation.pathParameters.map((parameter) => [parameter.name, ''])),
    query: {},
    body: exampleBody(operation),
    headers: operation.headerParameters.map((parameter) => ({ name: parameter.name, value: '' })),
  }
}
