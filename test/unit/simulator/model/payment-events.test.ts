// A payment's events composed from the histories kept in the payment and refund records: the
// payment's steps and each refund's, in time order, the payment's first when times are equal.
import { describe, expect, it } from 'vitest'
import { composePaymentEvents } from '../../../../src/simulator/model/payment-events.ts'
import type { PaymentRecord, RefundRecord } from '../../../../src/simulator/model/types.ts'

const T = Date.UTC(2026, 0, 15, 10, 0)
const payment: Pick<PaymentRecord, 'id' | 'history'> = {
  id: 'p1',
  history: [
    { status: 'CREATED', at: T },
    { status: 'ENTERING CARD DETAILS', at: T + 1000 },
    { status: 'AUTHORISATION READY', at: T + 2000 },
    { status: 'AUTHORISATION SUCCESS', at: T + 2000 },
    { status: 'CAPTURE APPROVED', at: T + 3000 },
    { status: 'CAPTURE READY', at: T + 3000 },
    { status: 'CAPTURED', at: T + 3000 },
  ],
}
const refund = (id: string, amount: number, at: number): Pick<RefundRecord, 'id' | 'amount' | 'history'> => ({
  id,
  amount,
  history: [
    { status: 'submitted', at },
    { status: 'success', at },
  ],
})

describe('composePaymentEvents', () => {
  it('lists the payment’s steps, then each refund’s submitted and success with its amount', () => {
    const events = composePaymentEvents(payment, [refund('r1', 100, T + 60_000), refund('r2', 250, T + 120_000)])
    expect(events.map((event) => (event.kind === 'payment' ? event.status : `${event.refundId} ${event.status} ${event.amount}`))).toEqual([
      'CREATED',
      'ENTERING CARD DETAILS',
      'AUTHORISATION READY',
      'AUTHORISATION SUCCESS',
      'CAPTURE APPROVED',
      'CAPTURE READY',
      'CAPTURED',
      'r1 submitted 100',
      'r1 success 100',
      'r2 submitted 250',
      'r2 success 250',
    ])
    expect(events.every((event) => event.paymentId === 'p1')).toBe(true)
    expect(events.at(-1)).toEqual({ paymentId: 'p1', kind: 'refund', refundId: 'r2', status: 'success', amount: 250, at: T + 120_000 })
  })

  it('puts the payment’s change first when a refund happens in the same millisecond, and keeps each history’s order', () => {
    const events = composePaymentEvents(payment, [refund('r1', 100, T + 3000)])
    expect(events.slice(-3).map((event) => `${event.kind} ${event.status}`)).toEqual(['payment CAPTURED', 'refund submitted', 'refund success'])
  })

  it('orders by time across histories, whatever order the refunds come in', () => {
    const events = composePaymentEvents(payment, [refund('late', 1, T + 9000), refund('early', 2, T + 5000)])
    expect(events.slice(-4).map((event) => event.kind === 'refund' && `${event.refundId} ${event.status}`)).toEqual([
      'early submitted',
      'early success',
      'late submitted',
      'late success',
    ])
  })

  it('gives nothing for a payment with no history and no refunds, and leaves the records alone', () => {
    expect(composePaymentEvents({ id: 'p2', history: [] }, [])).toEqual([])
    const before = structuredClone(payment)
    composePaymentEvents(payment, [])
    expect(payment).toEqual(before)
  })
})
