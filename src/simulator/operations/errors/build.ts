// Builds the error an operation answers with from its description in the registry, so that a
// handler names a code and never writes its status or words a second time.
import { PayApiError } from '../../model/errors.ts'
import type { ErrorCodeSpec, ErrorRole, ErrorVariant, OperationSpec } from '../operation.ts'
import { COMMON_ERRORS } from './shared.ts'

/** Every error code the operation can answer with: its own and the ones all operations share. */
export const errorsOf = (operation: OperationSpec): readonly ErrorCodeSpec[] => [...operation.errors, ...COMMON_ERRORS]

/** Fills a description's `{name}` parts; `{field}` is the field named. */
export function fillDescription(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}

function variantOf(spec: ErrorCodeSpec, name: string | undefined): ErrorVariant {
  const variant = name === undefined ? spec.variants.find((v) => !v.liveOnly) : spec.variants.find((v) => v.name === name)
  if (!variant) throw new Error(`${spec.code} has no case called ${String(name)}`)
  return variant
}

/** The error a code's case describes, with its `{…}` parts filled from `values`. */
export function errorFrom(spec: ErrorCodeSpec, name?: string, values: Readonly<Record<string, string>> = {}): PayApiError {
  const variant = variantOf(spec, name)
  const field = variant.fields ? values.field : undefined
  if (variant.fields && (field === undefined || !variant.fields.includes(field))) {
    throw new Error(`${spec.code} (${variant.description}) names one of ${variant.fields.join(', ')}, not ${String(field)}`)
  }
  return new PayApiError(variant.status, spec.code, fillDescription(variant.description, values), field, variant.header)
}

/** The operation's error with that code (and case name, where the code has several). */
export function operationError(
  operation: OperationSpec,
  code: string,
  name?: string,
  values?: Readonly<Record<string, string>>,
): PayApiError {
  const spec = errorsOf(operation).find((entry) => entry.code === code)
  if (!spec) throw new Error(`${operation.id} has no error ${code} in the registry`)
  return errorFrom(spec, name, values)
}

/** The operation's code for a role every operation has (its "Downstream system error", say). */
export function roleSpec(operation: OperationSpec, role: ErrorRole): ErrorCodeSpec | undefined {
  return operation.errors.find((entry) => entry.role === role)
}

export function roleError(operation: OperationSpec, role: ErrorRole): PayApiError {
  const spec = roleSpec(operation, role)
  if (!spec) throw new Error(`${operation.id} has no error for ${role} in the registry`)
  return errorFrom(spec)
}
