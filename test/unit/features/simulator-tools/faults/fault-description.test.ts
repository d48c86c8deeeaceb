import { describe, expect, it } from 'vitest'
import { describeFaults } from '../../../../../src/features/simulator-tools/faults/fault-description.ts'
import { NO_FAULTS } from '../../../../../src/simulator/services/faults.ts'

describe('describeFaults', () => {
  it('says nothing when no faults are on', () => {
    expect(describeFaults(NO_FAULTS)).toEqual([])
  })

  it('names the endpoint and its code when one endpoint fails', () => {
    expect(describeFaults({ failWith: 'downstream', failures: { kind: 'next', remaining: 1 }, operation: 'createRefund', latencyMs: 0 })).toEqual([
      'The next request to Submit a refund for a payment (POST /v1/payments/{paymentId}/refunds) will fail with a 500 error, code P0698 “Downstream system error”.',
    ])
  })

  it('describes a percentage for every endpoint and a delay', () => {
    expect(describeFaults({ failWith: 'downstream', failures: { kind: 'percentage', percent: 5 }, operation: null, latencyMs: 1 })).toEqual([
      '5% of API requests, chosen at random, will fail with a 500 error and the endpoint’s “Downstream system error” code, such as P0198 for Create a payment.',
      'Every API response is delayed by 1 millisecond.',
    ])
  })
})
