// The library's fault options as the simulator's fault settings (services/faults.ts), which check
// the ranges themselves.
import type { FaultSettings } from '../simulator/services/faults.ts'
import type { FaultOptions } from './types.ts'

const KNOWN = new Set(['failWith', 'failNext', 'failPercent', 'operation', 'latencyMs'])

export function faultSettingsOf(options: FaultOptions): FaultSettings {
  const unknown = Object.keys(options).filter((name) => !KNOWN.has(name))
  if (unknown.length > 0) throw new TypeError(`setFaults does not know ${unknown.join(', ')}: use failWith, failNext, failPercent, operation and latencyMs`)
  const { failNext, failPercent } = options
  if (failNext !== undefined && failPercent !== undefined) throw new TypeError('setFaults takes failNext or failPercent, not both')
  const failures: FaultSettings['failures'] =
    failNext !== undefined
      ? { kind: 'next', remaining: failNext }
      : failPercent !== undefined
        ? { kind: 'percentage', percent: failPercent }
        : { kind: 'none' }
  return { failures, failWith: options.failWith ?? 'downstream', operation: options.operation ?? null, latencyMs: options.latencyMs ?? 0 }
}
