// Fault settings in words, for the simulator tools page and the site-wide banner.
import { roleSpec } from '../../../simulator/operations/errors/build.ts'
import { findOperationSpec, type OperationId } from '../../../simulator/operations/index.ts'
import type { FaultSettings } from '../../../simulator/services/faults.ts'

/** An operation by the name the API reference gives it, with its method and path. */
export function operationLabel(operation: OperationId): { name: string; route: string; downstreamCode: string } {
  const spec = findOperationSpec(operation)!
  return { name: spec.summary, route: `${spec.method} ${spec.path}`, downstreamCode: roleSpec(spec, 'downstream')?.code ?? '' }
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`

const named = (operation: OperationId) => `${operationLabel(operation).name} (${operationLabel(operation).route})`

function target(operation: OperationId | null): string {
  return operation === null ? 'API requests' : `requests to ${named(operation)}`
}

function failsWith(operation: OperationId | null): string {
  if (operation === null) return 'fail with a 500 error and the endpoint’s “Downstream system error” code, such as P0198 for Create a payment'
  return `fail with a 500 error, code ${operationLabel(operation).downstreamCode} “Downstream system error”`
}

/** One sentence per active fault; empty when there are none. */
export function describeFaults(settings: FaultSettings): string[] {
  const lines: string[] = []
  const { failures, operation, latencyMs } = settings
  if (failures.kind === 'next') {
    const which = failures.remaining === 1 ? `The next request` : `The next ${failures.remaining.toLocaleString('en-GB')} requests`
    const to = operation === null ? ' to the API' : ` to ${named(operation)}`
    lines.push(`${which}${to} will ${failsWith(operation)}.`)
  }
  if (failures.kind === 'percentage') {
    lines.push(`${failures.percent}% of ${target(operation)}, chosen at random, ${failsWith(operation)}.`)
  }
  if (latencyMs > 0) lines.push(`Every API response is delayed by ${plural(latencyMs, 'millisecond', 'milliseconds')}.`)
  return lines
}
