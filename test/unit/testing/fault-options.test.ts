import { describe, expect, it } from 'vitest'
import { faultSettingsOf } from '../../../src/testing/fault-options.ts'
import type { FaultOptions } from '../../../src/testing/types.ts'

describe('faultSettingsOf', () => {
  it('turns the options into the simulator’s settings', () => {
    expect(faultSettingsOf({ failNext: 3, operation: 'createRefund' })).toStrictEqual({
      failures: { kind: 'next', remaining: 3 },
      failWith: 'downstream',
      operation: 'createRefund',
      latencyMs: 0,
    })
    expect(faultSettingsOf({ failPercent: 25, latencyMs: 200, failWith: 'timeout' })).toStrictEqual({
      failures: { kind: 'percentage', percent: 25 },
      failWith: 'timeout',
      operation: null,
      latencyMs: 200,
    })
  })

  it('makes {} mean no faults at all', () => {
    expect(faultSettingsOf({})).toStrictEqual({ failures: { kind: 'none' }, failWith: 'downstream', operation: null, latencyMs: 0 })
  })

  it('refuses both kinds of failure at once, and an option it does not know', () => {
    expect(() => faultSettingsOf({ failNext: 1, failPercent: 50 })).toThrow('setFaults takes failNext or failPercent, not both')
    expect(() => faultSettingsOf({ failnext: 1 } as FaultOptions)).toThrow('setFaults does not know failnext')
  })
})
