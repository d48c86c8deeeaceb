// Everything wrong with the form, field by field, for the messages shown beside each field as you
// type; and the path parameters still empty, which are shown only when you try to send.
import type { ExplorerOperation } from '../catalogue/operations.ts'
import type { RequestInput } from './request-input.ts'
import { textValueProblem } from './rules.ts'
import { validateBody, type BodyIssue } from './validate-body.ts'

export interface InputIssues {
  pathParams: Record<string, string>
  query: Record<string, string>
  /** By header row index. */
  headers: Record<number, string>
  body: BodyIssue[]
}

// The characters an HTTP header name may have (RFC 9110 "token"); the browser refuses others.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

export function validateInput(operation: ExplorerOperation, input: RequestInput): InputIssues {
  const issues: InputIssues = { pathParams: {}, query: {}, headers: {}, body: [] }
  for (const parameter of operation.pathParameters) {
    const value = input.pathParams[parameter.name] ?? ''
    const problem = value === '' ? undefined : textValueProblem(parameter.schema, value)
    if (problem) issues.pathParams[parameter.name] = `${parameter.name} ${problem}`
  }
  for (const parameter of operation.queryParameters) {
    const value = input.query[parameter.name] ?? ''
    const problem = value === '' ? undefined : textValueProblem(parameter.schema, value)
    if (problem) issues.query[parameter.name] = `${parameter.name} ${problem}`
  }
  input.headers.forEach(({ name, value }, index) => {
    const trimmed = name.trim()
    if (trimmed === '') {
      if (value !== '') issues.headers[index] = 'Enter a header name, or clear the value'
      return
    }
    if (!HEADER_NAME.test(trimmed)) {
      issues.headers[index] = `${trimmed} is not a valid header name: use letters, digits and hyphens`
      return
    }
    const documented = operation.headerParameters.find((parameter) => parameter.name.toLowerCase() === trimmed.toLowerCase())
    const problem = documented && value !== '' ? textValueProblem(documented.schema, value) : undefined
    if (problem) issues.headers[index] = `${trimmed} ${problem}`
  })
  issues.body = validateBody(operation.bodySchema, input.body)
  return issues
}

/**
 * The path parameters left empty, by name, with the message for each: without them the request has
 * no address to go to, so it is not sent. Shown when the person tries to send, not before.
 */
export function missingPathParameters(operation: ExplorerOperation, input: RequestInput): Record<string, string> {
  const missing: Record<string, string> = {}
  for (const { name } of operation.pathParameters) if ((input.pathParams[name] ?? '') === '') missing[name] = `Enter a ${name}`
  return missing
}

export function issueCount(issues: InputIssues): number {
  return (
    Object.keys(issues.pathParams).length +
    Object.keys(issues.query).length +
    Object.keys(issues.headers).length +
    issues.body.filter((issue) => issue.severity === 'error').length
  )
}
