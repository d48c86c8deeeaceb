// refund_summary (pay-api-contract.md §8.5): only four statuses; the amount available is the amount
// less what was refunded, whatever the status.
import { describe, expect, it } from 'vitest'
import type { InternalStatus } from '../../../../src/simulator/model/payment-status.ts'
import { refundSummary } from '../../../../src/simulator/model/refund-availability.ts'

const summary = (status: InternalStatus, amount = 1000, refundedAmount = 0) =>
  refundSummary({ status, amount, refundedAmount })

describe('refundSummary', () => {
  it.each([
    'CREATED',
    'ENTERING CARD DETAILS',
    'AUTHORISATION READY',
    'AUTHORISATION SUCCESS',
    'CAPTURE APPROVED',
    'CAPTURE READY',
  ] as InternalStatus[])('is pending in %s, with the whole amount available', (status) => {
    expect(summary(status)).toStrictEqual({ status: 'pending', amount_available: 1000, amount_submitted: 0 })
  })

  it.each([
    'AWAITING CAPTURE REQUEST',
    'AUTHORISATION REJECTED',
    'AUTHORISATION ERROR',
    'EXPIRE CANCEL READY',
    'EXPIRED',
    'USER CANCEL READY',
    'USER CANCELLED',
    'SYSTEM CANCEL READY',
    'SYSTEM CANCELLED',
  ] as InternalStatus[])('is unavailable in %s', (status) => {
    expect(summary(status).status).toBe('unavailable')
    expect(summary(status).amount_available).toBe(1000)
  })

  it('is available for a captured payment with nothing refunded', () => {
    expect(summary('CAPTURED')).toStrictEqual({ status: 'available', amount_available: 1000, amount_submitted: 0 })
  })

  it('is available after a partial refund, with the rest available and the refunds submitted', () => {
    expect(summary('CAPTURED', 1000, 999)).toStrictEqual({
      status: 'available',
      amount_available: 1,
      amount_submitted: 999,
    })
  })

  it('is full once everything is refunded', () => {
    expect(summary('CAPTURED', 1000, 1000)).toStrictEqual({ status: 'full', amount_available: 0, amount_submitted: 1000 })
  })

  it('has only the three keys of the API, in order', () => {
    expect(Object.keys(summary('CAPTURED'))).toEqual(['status', 'amount_available', 'amount_submitted'])
  })

  it('never says "error" or anything outside the four values', () => {
    const seen = new Set<string>()
    for (const status of ['CREATED', 'CAPTURED', 'EXPIRED', 'AUTHORISATION ERROR'] as InternalStatus[]) {
      seen.add(summary(status).status)
      seen.add(summary(status, 1000, 1000).status)
    }
    for (const value of seen) expect(['pending', 'available', 'full', 'unavailable']).toContain(value)
  })
})
