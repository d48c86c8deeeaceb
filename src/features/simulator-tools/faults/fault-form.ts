// The fault settings form: its fields as typed, filled from saved settings, and read back into
// settings with a specific message for each field that is wrong.
import type { OperationId } from '../../../simulator/operations/index.ts'
import { FAULT_KINDS, FAULT_OPERATIONS, type FaultKind, type FaultSettings, MAX_FAILING_REQUESTS, MAX_LATENCY_MS } from '../../../simulator/services/faults.ts'

export interface FaultFormFields {
  /** the service the settings are for: a service's id, or ALL_SERVICES */
  service: string
  failures: 'none' | 'next' | 'percentage'
  remaining: string
  percent: string
  failWith: FaultKind
  operation: string
  latencyMs: string
}

export type FaultFormErrors = Partial<Record<'remaining' | 'percent' | 'latencyMs', string>>

export const ALL_OPERATIONS = 'all'
export const ALL_SERVICES = 'all'

export function fieldsFrom(settings: FaultSettings, service: string = ALL_SERVICES): FaultFormFields {
  const { failures } = settings
  return {
    service,
    failures: failures.kind,
    remaining: failures.kind === 'next' ? String(failures.remaining) : '',
    percent: failures.kind === 'percentage' ? String(failures.percent) : '',
    failWith: settings.failWith,
    operation: settings.operation ?? ALL_OPERATIONS,
    latencyMs: settings.latencyMs > 0 ? String(settings.latencyMs) : '',
  }
}

function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/,/g, '')
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined
}

export type FaultFormResult = { ok: true; settings: FaultSettings } | { ok: false; errors: FaultFormErrors }

export function readFaultForm(fields: FaultFormFields): FaultFormResult {
  const errors: FaultFormErrors = {}
  let failures: FaultSettings['failures'] = { kind: 'none' }
  if (fields.failures === 'next') {
    const remaining = wholeNumber(fields.remaining)
    if (fields.remaining.trim() === '') errors.remaining = 'Enter how many requests should fail'
    else if (remaining === undefined || remaining < 1 || remaining > MAX_FAILING_REQUESTS) {
      errors.remaining = `Number of requests must be a whole number from 1 to ${MAX_FAILING_REQUESTS.toLocaleString('en-GB')}`
    } else failures = { kind: 'next', remaining }
  }
  if (fields.failures === 'percentage') {
    const percent = wholeNumber(fields.percent.replace(/%\s*$/, ''))
    if (fields.percent.trim() === '') errors.percent = 'Enter the percentage of requests that should fail'
    else if (percent === undefined || percent < 1 || percent > 100) {
      errors.percent = 'Percentage of requests must be a whole number from 1 to 100'
    } else failures = { kind: 'percentage', percent }
  }
  let latencyMs = 0
  if (fields.latencyMs.trim() !== '') {
    const value = wholeNumber(fields.latencyMs.replace(/\s*ms$/i, ''))
    if (value === undefined || value > MAX_LATENCY_MS) {
      errors.latencyMs = `Delay must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS.toLocaleString('en-GB')}`
    } else latencyMs = value
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const operation = FAULT_OPERATIONS.includes(fields.operation as OperationId) ? (fields.operation as OperationId) : null
  const failWith = FAULT_KINDS.includes(fields.failWith) ? fields.failWith : 'downstream'
  return { ok: true, settings: { failures, failWith, operation, latencyMs } }
}
