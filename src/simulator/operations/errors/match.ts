// Finds which documented case an error answer is: the same status and code, the same field or
// header, and the description the case's words make. The explorer explains an answer with it, and
// the pipeline uses it to notice an answer the registry does not describe.
import type { ErrorCodeSpec, ErrorVariant, OperationSpec } from '../operation.ts'
import { errorsOf } from './build.ts'

export interface ErrorBody {
  code: string
  description?: string
  field?: string
  header?: string
}

export interface MatchedError {
  spec: ErrorCodeSpec
  variant: ErrorVariant
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function describes(variant: ErrorVariant, body: ErrorBody): boolean {
  if (variant.fields ? body.field === undefined || !variant.fields.includes(body.field) : body.field !== undefined) return false
  if (variant.header !== body.header) return false
  const pattern = variant.description
    .split(/(\{\w+\})/)
    .map((part) => {
      if (part === '{field}') return escape(body.field ?? '')
      return /^\{\w+\}$/.test(part) ? '.*?' : escape(part)
    })
    .join('')
  return new RegExp(`^${pattern}$`, 's').test(body.description ?? '')
}

/** The registry's case for this answer of the operation, or undefined when it describes none. */
export function matchError(operation: OperationSpec, status: number, body: ErrorBody): MatchedError | undefined {
  for (const spec of errorsOf(operation)) {
    if (spec.code !== body.code) continue
    const variant = spec.variants.find((candidate) => !candidate.liveOnly && candidate.status === status && describes(candidate, body))
    if (variant) return { spec, variant }
  }
  return undefined
}

/** Reads a Pay error body (`{ code: "P…", description, field?, header? }`) from any JSON value. */
export function asErrorBody(value: unknown): ErrorBody | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { code, description, field, header } = value as Record<string, unknown>
  if (typeof code !== 'string' || !/^P\d{4}$/.test(code)) return undefined
  return {
    code,
    ...(typeof description === 'string' ? { description } : {}),
    ...(typeof field === 'string' ? { field } : {}),
    ...(typeof header === 'string' ? { header } : {}),
  }
}
