// The building blocks of the export checks: each takes a value and says what is wrong with it in
// a short phrase ("must be a whole number"), or nothing when it is acceptable.

/** Returns what is wrong with a value, or undefined when it is acceptable. */
export type Check = (value: unknown) => string | undefined

export interface FieldRule {
  required: boolean
  check: Check
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const text: Check = (value) => (typeof value === 'string' ? undefined : 'must be text')
export const nonEmptyText: Check = (value) => (typeof value === 'string' && value !== '' ? undefined : 'must be text that is not empty')
export const bool: Check = (value) => (typeof value === 'boolean' ? undefined : 'must be true or false')
export const time: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a time in milliseconds'
export const wholeNumber =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? undefined
      : `must be a whole number from ${min} to ${max}`
export const oneOf =
  (...allowed: readonly unknown[]): Check =>
  (value) =>
    allowed.includes(value) ? undefined : `must be one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}`
export const nullable =
  (check: Check): Check =>
  (value) =>
    value === null ? undefined : check(value)
export const textMatching =
  (pattern: RegExp, what: string): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? undefined : `must be ${what}`
export const objectWith =
  (rules: Record<string, FieldRule>): Check =>
  (value) => {
    if (!isObject(value)) return 'must be an object'
    const problem = checkFields(value, rules)
    return problem && `has a problem: ${problem}`
  }
export const listOf =
  (check: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return 'must be a list'
    for (const item of value) {
      const problem = check(item)
      if (problem) return `has an item that ${problem}`
    }
    return undefined
  }
export const metadata: Check = (value) => {
  if (!isObject(value)) return 'must be an object'
  const bad = Object.values(value).some((item) => !['string', 'number', 'boolean'].includes(typeof item))
  return bad ? 'must have only text, number or true/false values' : undefined
}

export const required = (check: Check): FieldRule => ({ required: true, check })
export const optional = (check: Check): FieldRule => ({ required: false, check })

/**
 * The first problem with a record's fields, as "“field” must be …", or undefined. Fields the rules
 * do not name are kept as they are, so an export still imports after a record type gains a field.
 */
export function checkFields(record: Record<string, unknown>, rules: Record<string, FieldRule>): string | undefined {
  for (const [name, rule] of Object.entries(rules)) {
    if (!(name in record) || record[name] === undefined) {
      if (rule.required) return `“${name}” is missing`
      continue
    }
    const problem = rule.check(record[name])
    if (problem) return `“${name}” ${problem}`
  }
  return undefined
}
