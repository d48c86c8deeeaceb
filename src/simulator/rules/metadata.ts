// Metadata constraints as the real service enforces them (pay-api-contract.md §3.1, "Metadata
// constraints"). The code limits are 15 pairs and 100-character values, not the documented 10/50.
import { invalidAttribute, type PayApiError } from '../model/errors.ts'
import type { MetadataValue } from '../model/types.ts'
import type { JsonNode } from './json/json-node.ts'

export const MAX_METADATA_PAIRS = 15
export const MAX_METADATA_KEY_LENGTH = 30
export const MAX_METADATA_VALUE_LENGTH = 100

const metadataError = (message: string): PayApiError => invalidAttribute(422, 'P0102', 'metadata', message)

/** Validates a `metadata` node; returns the metadata, or undefined for `{}` (stored as none). */
export function parseMetadata(node: JsonNode): Record<string, MetadataValue> | undefined {
  if (node.kind === 'null') throw metadataError('Value must not be null')
  if (node.kind !== 'object') throw metadataError('Must be an object of JSON key-value pairs')

  const entries = [...node.fields]
  const broken = new Set<string>()
  if (entries.length > MAX_METADATA_PAIRS) broken.add(`Cannot have more than ${MAX_METADATA_PAIRS} key-value pairs`)
  if (entries.some(([key]) => key.length < 1 || key.length > MAX_METADATA_KEY_LENGTH)) {
    broken.add(`Keys must be between 1 and ${MAX_METADATA_KEY_LENGTH} characters long`)
  }
  const present = entries.filter(([, value]) => value.kind !== 'null')
  if (present.some(([, value]) => value.kind === 'object' || value.kind === 'array')) {
    broken.add('Values must be of type String, Boolean or Number')
  }
  if (present.some(([, value]) => valueText(value).length > MAX_METADATA_VALUE_LENGTH)) {
    broken.add(`Values must be no greater than ${MAX_METADATA_VALUE_LENGTH} characters long`)
  }
  if (present.length !== entries.length) broken.add('Must not have null values')
  const lowered = new Set(entries.map(([key]) => key.toLowerCase()))
  if (lowered.size !== entries.length) broken.add('Must have case insensitive unique keys')
  if (broken.size > 0) throw metadataError([...broken].join('. '))

  if (entries.length === 0) return undefined
  // Built with fromEntries, which defines each key as the object's own: assigning `__proto__` would
  // change the object's prototype instead and silently drop the key, which the real API keeps.
  return Object.fromEntries(
    entries.flatMap(([key, value]): Array<[string, MetadataValue]> =>
      value.kind === 'string' || value.kind === 'boolean' || value.kind === 'number' ? [[key, value.value]] : [],
    ),
  )
}

/**
 * The value's Java `toString()`, whose length the real check measures: metadata is converted to
 * plain Java objects first, so nested objects and arrays read as `{key=value, …}` and `[a, b]`.
 */
function valueText(node: JsonNode): string {
  switch (node.kind) {
    case 'string':
      return node.value
    case 'number':
      return node.integral ? BigInt(node.raw).toString() : javaDouble(node.value)
    case 'boolean':
      return String(node.value)
    case 'object':
      return `{${[...node.fields].map(([key, value]) => `${key}=${valueText(value)}`).join(', ')}}`
    case 'array':
      return `[${node.items.map(valueText).join(', ')}]`
    default:
      return 'null'
  }
}

/** Java's `Double.toString`: plain between 10^-3 and 10^7 (always with a fraction), otherwise `d.dddE±n`. */
function javaDouble(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0'
  const size = Math.abs(value)
  if (size >= 1e-3 && size < 1e7) {
    const text = String(value)
    return text.includes('.') ? text : `${text}.0`
  }
  const [mantissa = '', exponent = ''] = value.toExponential().split('e')
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`
}
