import { describe, expect, it } from 'vitest'
import { eventRows } from '../../../../../src/features/admin/transaction-detail/event-rows.ts'
import type { DisputeRecord } from '../../../../../src/simulator/model/dispute-types.ts'
import type { PaymentEvent, PaymentRecord } from '../../../../../src/simulator/model/types.ts'

const payment = { amount: 2500 } as PaymentRecord
const at = Date.UTC(2026, 2, 1, 12, 0, 0)

describe('eventRows', () => {
  it('lists the first time each state was reached, newest first, with refunds as negative amounts', () => {
    const events: PaymentEvent[] = [
      { paymentId: 'p', kind: 'payment', status: 'CREATED', at },
      { paymentId: 'p', kind: 'payment', status: 'ENTERING CARD DETAILS', at: at + 1000 },
      { paymentId: 'p', kind: 'payment', status: 'AUTHORISATION READY', at: at + 2000 },
      { paymentId: 'p', kind: 'payment', status: 'AUTHORISATION SUCCESS', at: at + 3000 },
      { paymentId: 'p', kind: 'payment', status: 'CAPTURE APPROVED', at: at + 4000 },
      { paymentId: 'p', kind: 'payment', status: 'CAPTURED', at: at + 4000 },
      { paymentId: 'p', kind: 'refund', refundId: 'r1', status: 'submitted', amount: 500, at: at + 5000 },
      { paymentId: 'p', kind: 'refund', refundId: 'r1', status: 'success', amount: 500, at: at + 5000 },
    ]
    expect(eventRows(payment, events).map(({ name, amount, failure }) => [name, amount, failure])).toEqual([
      ['Refund success', '–£5.00', undefined],
      ['Refund submitted', '–£5.00', undefined],
      ['Success', '£25.00', undefined],
      ['Submitted', '£25.00', undefined],
      ['Started', '£25.00', undefined],
      ['Created', '£25.00', undefined],
    ])
    expect(eventRows(payment, events).at(-1)?.date).toBe('01 Mar 2026 — 12:00:00')
  })

  it.each([
    ['AUTHORISATION REJECTED', 'Declined', 'P0010 - Payment method rejected'],
    ['EXPIRED', 'Timed out', 'P0020 - Payment expired'],
    ['USER CANCELLED', 'Cancelled', 'P0030 - Payment was cancelled by the user'],
    ['SYSTEM CANCELLED', 'Cancelled', 'P0040 - Payment was cancelled by the service'],
    ['AUTHORISATION ERROR', 'Error', 'P0050 - Payment provider returned an error'],
  ] as const)('names %s "%s" with "%s"', (status, name, failure) => {
    const [row] = eventRows(payment, [{ paymentId: 'p', kind: 'payment', status, at }])
    expect(row).toMatchObject({ name, failure })
  })

  it('adds each step of the dispute in time order, taken back with a minus except once won', () => {
    const paid: PaymentEvent[] = [
      { paymentId: 'p', kind: 'payment', status: 'CREATED', at },
      { paymentId: 'p', kind: 'payment', status: 'CAPTURED', at: at + 1000 },
      { paymentId: 'p', kind: 'refund', refundId: 'r1', status: 'success', amount: 500, at: at + 9000 },
    ]
    const history = [
      { status: 'needs_response', at: at + 2000 },
      { status: 'under_review', at: at + 3000 },
      { status: 'won', at: at + 8000 },
    ] as const
    const dispute = { amount: 2500, history: [...history] } as unknown as DisputeRecord
    expect(eventRows(payment, paid, dispute).map(({ name, amount }) => [name, amount])).toEqual([
      ['Refund success', '–£5.00'],
      ['Dispute won in your favour', '£25.00'],
      ['Dispute under review', '–£25.00'],
      ['Dispute awaiting evidence', '–£25.00'],
      ['Success', '£25.00'],
      ['Created', '£25.00'],
    ])
  })
})
