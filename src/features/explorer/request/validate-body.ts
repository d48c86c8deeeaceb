// Checks the JSON body against the operation's schema: broken JSON first, then missing, mistyped
// and out-of-range fields. Unknown fields are only noted: the API ignores them.
import { resolveSchema } from '../catalogue/operations.ts'
import type { Schema } from '../../../simulator/operations/openapi/types.ts'
import { jsonSyntaxProblem } from './json-text.ts'
import { numberProblem, stringProblem } from './rules.ts'

export interface BodyIssue {
  /** Where in the body, e.g. `amount` or `prefilled_cardholder_details.billing_address.postcode`. */
  path: string
  message: string
  /** A note is worth knowing but will not make the request fail. */
  severity: 'error' | 'note'
}

const typeName = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number'
  return `a ${typeof value}`
}

const expected: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string in double quotes',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
}

function matchesType(schema: Schema, value: unknown): boolean {
  switch (schema.type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'number':
      return typeof value === 'number'
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    case 'array':
      return Array.isArray(value)
    default:
      return true
  }
}

function check(schemaOrRef: Schema | undefined, value: unknown, path: string, issues: BodyIssue[]): void {
  const schema = resolveSchema(schemaOrRef)
  if (!schema) return
  const error = (message: string): void => {
    issues.push({ path, message: `${path} ${message}`, severity: 'error' })
  }
  if (schema.oneOf) {
    const option = schema.oneOf.find((candidate) => matchesType(candidate, value))
    if (!option) return error(`must be ${schema.oneOf.map((candidate) => expected[candidate.type ?? ''] ?? 'valid').join(', or ')}`)
    return check(option, value, path, issues)
  }
  if (!matchesType(schema, value)) return error(`must be ${expected[schema.type ?? ''] ?? 'valid'}, not ${typeName(value)}`)
  if (typeof value === 'string') {
    const problem = stringProblem(schema, value)
    if (problem) error(problem)
  } else if (typeof value === 'number') {
    const problem = numberProblem(schema, value)
    if (problem) error(problem)
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    checkObject(schema, value as Record<string, unknown>, path, issues)
  }
}

function checkObject(schema: Schema, value: Record<string, unknown>, path: string, issues: BodyIssue[]): void {
  const prefix = path === '' ? '' : `${path}.`
  for (const name of schema.required ?? []) {
    if (value[name] === undefined || value[name] === null) {
      issues.push({ path: `${prefix}${name}`, message: `${prefix}${name} is required`, severity: 'error' })
    }
  }
  const entries = Object.entries(value)
  if (schema.maxProperties !== undefined && entries.length > schema.maxProperties) {
    issues.push({ path, message: `${path} can have at most ${schema.maxProperties} entries`, severity: 'error' })
  }
  for (const [name, child] of entries) {
    const property = schema.properties?.[name]
    if (property) {
      if (child !== null) check(property, child, `${prefix}${name}`, issues)
    } else if (typeof schema.additionalProperties === 'object') {
      check(schema.additionalProperties, child, `${prefix}${name}`, issues)
    } else if (schema.properties) {
      issues.push({ path: `${prefix}${name}`, message: `${prefix}${name} is not a field the API knows: it will be ignored`, severity: 'note' })
    }
  }
}

export function validateBody(schema: Schema | undefined, text: string): BodyIssue[] {
  if (!schema) return []
  const syntax = jsonSyntaxProblem(text)
  if (syntax) return [{ path: '', message: syntax, severity: 'error' }]
  const issues: BodyIssue[] = []
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // The API's parser stops after the first complete value; JavaScript's does not.
    return [{ path: '', message: 'The API reads only the first JSON value: anything after it is ignored', severity: 'note' }]
  }
  if (!matchesType(schema, value)) return [{ path: '', message: `The body must be a JSON object, not ${typeName(value)}`, severity: 'error' }]
  check(schema, value, '', issues)
  return issues
}
