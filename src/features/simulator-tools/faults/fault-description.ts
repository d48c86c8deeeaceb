// Fault settings in words, for the simulator tools page and the site-wide banner.
import { roleSpec } from '../../../simulator/operations/errors/build.ts'
import { findOperationSpec, type OperationId } from '../../../simulator/operations/index.ts'
import type { FaultKind, FaultSettings } from '../../../simulator/services/faults.ts'

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

/** How a failing request fails, as an option of the form. */
export const FAULT_KIND_LABELS: Record<FaultKind, string> = {
  downstream: 'A 500 “Downstream system error” with the endpoint’s own code',
  'rate-limited': 'Rate limited: 429, code P0900 “Too many requests”',
  unauthorised: 'Refused as if the API key had been revoked: 401',
  unavailable: 'Service unavailable: 503, with no body',
  network: 'A network failure: the request fails in your client, with no answer',
  timeout: 'A timeout: no answer at all, until your client gives up',
}

function failsWith(kind: FaultKind, operation: OperationId | null): string {
  switch (kind) {
    case 'downstream':
      if (operation === null) return 'fail with a 500 error and the endpoint’s “Downstream system error” code, such as P0198 for Create a payment'
      return `fail with a 500 error, code ${operationLabel(operation).downstreamCode} “Downstream system error”`
    case 'rate-limited':
      return 'fail with 429, code P0900 “Too many requests”, as when the rate limit is reached'
    case 'unauthorised':
      return 'be refused with 401, as if the API key had been revoked'
    case 'unavailable':
      return 'fail with 503 Service Unavailable and no body'
    case 'network':
      return 'fail in the network: fetch rejects, with no answer'
    case 'timeout':
      return 'get no answer at all until the client gives up (up to 5 minutes)'
  }
}

/** One sentence per active fault; empty when there are none. */
export function describeFaults(settings: FaultSettings): string[] {
  const lines: string[] = []
  const { failures, failWith, operation, latencyMs } = settings
  if (failures.kind === 'next') {
    const which = failures.remaining === 1 ? `The next request` : `The next ${failures.remaining.toLocaleString('en-GB')} requests`
    const to = operation === null ? ' to the API' : ` to ${named(operation)}`
    lines.push(`${which}${to} will ${failsWith(failWith, operation)}.`)
  }
  if (failures.kind === 'percentage') {
    lines.push(`${failures.percent}% of ${target(operation)}, chosen at random, will ${failsWith(failWith, operation)}.`)
  }
  if (latencyMs > 0) lines.push(`Every API response is delayed by ${plural(latencyMs, 'millisecond', 'milliseconds')}.`)
  return lines
}
