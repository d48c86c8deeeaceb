import { describe, expect, it } from 'vitest'
import { fieldsFrom, readFaultForm, type FaultFormFields } from '../../../../../src/features/simulator-tools/faults/fault-form.ts'
import { NO_FAULTS } from '../../../../../src/simulator/services/faults.ts'

const form = (change: Partial<FaultFormFields>): FaultFormFields => ({ ...fieldsFrom(NO_FAULTS), ...change })

describe('the fault form', () => {
  it('starts empty with no failures and every endpoint', () => {
    expect(fieldsFrom(NO_FAULTS)).toEqual({ service: 'all', failWith: 'downstream', failures: 'none', remaining: '', percent: '', operation: 'all', latencyMs: '' })
  })

  it('reads back what fieldsFrom wrote', () => {
    const settings = { failWith: 'downstream', failures: { kind: 'next', remaining: 3 }, operation: 'getRefund', latencyMs: 250 } as const
    expect(readFaultForm(fieldsFrom(settings))).toEqual({ ok: true, settings })
  })

  it('ignores the number of the option not chosen, and accepts "%" and "ms"', () => {
    expect(readFaultForm(form({ failWith: 'downstream', failures: 'percentage', percent: '40%', remaining: 'junk', latencyMs: '500 ms' }))).toEqual({
      ok: true,
      settings: { failWith: 'downstream', failures: { kind: 'percentage', percent: 40 }, operation: null, latencyMs: 500 },
    })
  })

  it('reports each wrong field', () => {
    expect(readFaultForm(form({ failWith: 'downstream', failures: 'next', remaining: '0', latencyMs: '40000' }))).toEqual({
      ok: false,
      errors: {
        remaining: 'Number of requests must be a whole number from 1 to 1,000',
        latencyMs: 'Delay must be a whole number of milliseconds from 0 to 30,000',
      },
    })
  })
})
