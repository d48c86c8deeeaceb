// The one transformation from schema version 1 (an `events` table) to version 2 (histories in the
// records), shared by the storage upgrade and the import of a version-1 export.
import { describe, expect, it } from 'vitest'
import { historiesFromV1Events, type V1EventRecord, type V1PaymentRecord, type V1RefundRecord } from '../../../../src/simulator/store/migrate-v1-events.ts'

const payment = (id: string): V1PaymentRecord => ({
  id,
  serviceId: 's1',
  amount: 1000,
  description: 'd',
  reference: 'R',
  referenceKey: 'r',
  language: 'en',
  returnUrl: 'https://x.gov.uk',
  delayedCapture: false,
  moto: false,
  status: 'CAPTURED',
  state: 'success',
  createdAt: 1,
  updatedAt: 9,
  refundedAmount: 300,
})
const refundRecord = (id: string, createdAt: number, amount = 100): V1RefundRecord => ({ id, paymentId: 'a', serviceId: 's1', amount, status: 'success', createdAt })

describe('historiesFromV1Events', () => {
  it('gives each payment its payment events and each refund its refund events, in seq order, keeping every other field', () => {
    const events: V1EventRecord[] = [
      { seq: 5, paymentId: 'a', kind: 'refund', refundId: 'r1', status: 'success', amount: 100, at: 8 },
      { seq: 1, paymentId: 'a', kind: 'payment', status: 'CREATED', at: 1 },
      { seq: 2, paymentId: 'b', kind: 'payment', status: 'CREATED', at: 1 },
      { seq: 3, paymentId: 'a', kind: 'payment', status: 'CAPTURED', at: 3 },
      { seq: 4, paymentId: 'a', kind: 'refund', refundId: 'r1', status: 'submitted', amount: 100, at: 8 },
    ]
    const moved = historiesFromV1Events([payment('a'), payment('b')], [refundRecord('r1', 8)], events)
    expect(moved.payments).toEqual([
      { ...payment('a'), history: [{ status: 'CREATED', at: 1 }, { status: 'CAPTURED', at: 3 }] },
      { ...payment('b'), history: [{ status: 'CREATED', at: 1 }] },
    ])
    expect(moved.refunds).toEqual([{ ...refundRecord('r1', 8), history: [{ status: 'submitted', at: 8 }, { status: 'success', at: 8 }] }])
  })

  it('keeps events of equal seq in the order given, and never changes the records it was given', () => {
    const given = [payment('a')]
    const events: V1EventRecord[] = [
      { paymentId: 'a', kind: 'payment', status: 'CREATED', at: 1 },
      { paymentId: 'a', kind: 'payment', status: 'ENTERING CARD DETAILS', at: 2 },
    ]
    expect(historiesFromV1Events(given, [], events).payments[0]!.history.map((step) => step.status)).toEqual(['CREATED', 'ENTERING CARD DETAILS'])
    expect(given[0]).not.toHaveProperty('history')
  })

  it('leaves a payment without events with an empty history, and gives a refund without events its status at its creation', () => {
    const moved = historiesFromV1Events([payment('a')], [refundRecord('r1', 7, 300)], [])
    expect(moved.payments[0]!.history).toEqual([])
    expect(moved.refunds[0]!.history).toEqual([{ status: 'success', at: 7 }])
  })

  it('drops events whose payment or refund it was not given', () => {
    const moved = historiesFromV1Events([payment('a')], [], [
      { seq: 1, paymentId: 'gone', kind: 'payment', status: 'CREATED', at: 1 },
      { seq: 2, paymentId: 'a', kind: 'refund', refundId: 'gone', status: 'success', amount: 1, at: 2 },
    ])
    expect(moved.payments[0]!.history).toEqual([])
  })
})
