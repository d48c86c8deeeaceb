// A parameter's rules as a short hint under its field ("Up to 255 characters").
import type { Schema } from '../../../simulator/operations/openapi/types.ts'

const PATTERN_HINTS: Record<string, string> = {
  '^[0-9a-v]{26}$': '26 characters: digits and the letters a to v',
  '^\\d{6}$': 'Exactly 6 digits',
  '^\\d{4}$': 'Exactly 4 digits',
  '^[a-zA-Z0-9-]+$': 'Letters, digits and hyphens',
}

export function ruleText(schema: Schema): string {
  const rules: string[] = []
  if (schema.pattern && PATTERN_HINTS[schema.pattern]) rules.push(PATTERN_HINTS[schema.pattern]!)
  if (schema.format === 'date-time') rules.push('A date and time with a zone, like 2026-01-31T13:00:00Z')
  if (schema.format === 'date') rules.push('A date, like 2026-01-31')
  if (schema.type === 'integer') {
    if (schema.minimum !== undefined && schema.maximum !== undefined) rules.push(`A whole number from ${schema.minimum} to ${schema.maximum}`)
    else if (schema.minimum !== undefined) rules.push(`A whole number, ${schema.minimum} or more`)
  }
  if (schema.maxLength !== undefined && !(schema.pattern && PATTERN_HINTS[schema.pattern])) {
    rules.push(schema.minLength ? `${schema.minLength} to ${schema.maxLength} characters` : `Up to ${schema.maxLength} characters`)
  }
  if (schema.default !== undefined) rules.push(`Default ${String(schema.default)}`)
  return rules.join('. ')
}
