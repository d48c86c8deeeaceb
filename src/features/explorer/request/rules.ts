// Checks one value against the rules the API description gives for it, and says what is wrong in a
// sentence. The explorer shows these beside the field before sending, but still lets you send:
// seeing the API's own error is part of learning it.
import { isValidReturnUrl } from '../../../simulator/rules/return-url.ts'
import { isLocalDate, parseZonedDateTime } from '../../../simulator/rules/zoned-date-time.ts'
import type { Schema } from '../../../simulator/operations/openapi/types.ts'

const PATTERN_MESSAGES: Record<string, string> = {
  '^[0-9a-v]{26}$': 'must be 26 characters: digits and the letters a to v',
  '^\\d{6}$': 'must be exactly 6 digits',
  '^\\d{4}$': 'must be exactly 4 digits',
  '^[a-zA-Z0-9-]+$': 'can only contain letters, digits and hyphens',
  '^[^<>|]*$': 'must not contain <, > or |',
}

function rangeText(schema: Schema): string {
  if (schema.minimum !== undefined && schema.maximum !== undefined) return ` from ${schema.minimum} to ${schema.maximum}`
  if (schema.minimum !== undefined) return ` of ${schema.minimum} or more`
  if (schema.maximum !== undefined) return ` of ${schema.maximum} or less`
  return ''
}

/** Problems with a string value (a parameter, a header, or a string in the body). */
export function stringProblem(schema: Schema, value: string): string | undefined {
  if (schema.enum && !schema.enum.includes(value)) return `must be one of ${schema.enum.join(', ')}`
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return `must be ${schema.maxLength} characters or fewer`
  if (schema.minLength !== undefined && value.length < schema.minLength && schema.pattern === undefined) {
    return `must be at least ${schema.minLength} characters`
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) {
    return PATTERN_MESSAGES[schema.pattern] ?? `must match ${schema.pattern}`
  }
  if (schema.format === 'date-time' && parseZonedDateTime(value) === undefined) {
    return 'must be a date and time with a time zone, like 2026-01-31T13:00:00Z'
  }
  if (schema.format === 'date' && !isLocalDate(value)) return 'must be a date like 2026-01-31'
  if (schema.format === 'uri' && !isValidReturnUrl(value)) return 'must be a full http or https address, like https://your.service.gov.uk/completed'
  return undefined
}

/** Problems with a parameter typed as text: integers are checked as whole numbers in range. */
export function textValueProblem(schema: Schema, value: string): string | undefined {
  if (schema.type === 'integer') {
    if (!/^\d+$/.test(value)) return `must be a whole number${rangeText(schema)}`
    return numberProblem(schema, Number(value))
  }
  return stringProblem(schema, value)
}

export function numberProblem(schema: Schema, value: number): string | undefined {
  if (schema.type === 'integer' && !Number.isInteger(value)) return `must be a whole number${rangeText(schema)}`
  if ((schema.minimum !== undefined && value < schema.minimum) || (schema.maximum !== undefined && value > schema.maximum)) {
    return `must be a whole number${rangeText(schema)}`
  }
  return undefined
}
