// Which events of GET /v1/payments/{paymentId}/events are the payment's and which a refund's. The
// API lists both with the same state names; a payment does not change once finished, and only a
// finished, successful payment is refunded, so every event after its first finished one is a refund's.
import { describe, expect, it } from 'vitest'
import { eventOwners } from '../../../../../src/features/explorer/response/event-owners.ts'

const event = (status: string, finished: boolean, updated = '2026-01-01T10:00:00.000Z') => ({
  payment_id: 'p1',
  state: { status, finished },
  updated,
  _links: { payment_url: { href: 'https://publicapi.payments.service.gov.uk/v1/payments/p1', method: 'GET' } },
})

describe('eventOwners', () => {
  it('marks the events after the payment’s finished state as the refund’s', () => {
    const body = {
      payment_id: 'p1',
      events: [
        event('created', false),
        event('started', false),
        event('submitted', false),
        event('success', true),
        event('submitted', false, '2026-01-02T10:00:00.000Z'),
        event('success', true, '2026-01-02T10:00:01.000Z'),
      ],
    }
    expect(eventOwners(body)?.map(({ status, owner }) => `${status}:${owner}`)).toEqual([
      'created:payment',
      'started:payment',
      'submitted:payment',
      'success:payment',
      'submitted:refund',
      'success:refund',
    ])
    expect(eventOwners(body)?.[4]).toEqual({ index: 4, status: 'submitted', updated: '2026-01-02T10:00:00.000Z', owner: 'refund' })
  })

  it('says nothing for a payment with no refund events, or for a body that is not a list of events', () => {
    expect(eventOwners({ events: [event('created', false), event('success', true)] })).toBeUndefined()
    expect(eventOwners({ payment_id: 'p1', amount: 100 })).toBeUndefined()
    expect(eventOwners({ events: [{ nothing: true }] })).toBeUndefined()
    expect(eventOwners(null)).toBeUndefined()
  })
})
