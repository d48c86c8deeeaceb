// A payment's events as GET /v1/payments/{id}/events shows them (pay-api-contract.md §5): the first
// time each external status was reached, refund history merged in, one entry per refund and status.
import { describe, expect, it } from 'vitest'
import { eventsJson } from '../../../../../src/simulator/http/present/events-json.ts'
import type { InternalStatus } from '../../../../../src/simulator/model/payment-status.ts'
import type { PaymentEvent, RefundStatus } from '../../../../../src/simulator/model/types.ts'

const ID = 'abcdefghijklmnopqrstuv0123'
const BASE = 'https://publicapi.payments.service.gov.uk'
const T0 = Date.parse('2026-01-15T10:00:00.000Z')

const paymentEvent = (status: InternalStatus, at: number): PaymentEvent => ({ paymentId: ID, kind: 'payment', status, at })
const refundEvent = (refundId: string, status: RefundStatus, at: number, amount = 500): PaymentEvent => ({
  paymentId: ID,
  kind: 'refund',
  refundId,
  status,
  amount,
  at,
})

const states = (body: ReturnType<typeof eventsJson>) => body.events.map((event) => event.state)

describe('eventsJson', () => {
  it('shows a successful payment as created, started, submitted, success with the first time of each', () => {
    const body = eventsJson(ID, [
      paymentEvent('CREATED', T0),
      paymentEvent('ENTERING CARD DETAILS', T0 + 1000),
      paymentEvent('AUTHORISATION READY', T0 + 2000),
      paymentEvent('AUTHORISATION SUCCESS', T0 + 2000),
      paymentEvent('CAPTURE APPROVED', T0 + 3456),
      paymentEvent('CAPTURED', T0 + 4000),
    ])
    expect(body).toEqual({
      payment_id: ID,
      events: [
        { payment_id: ID, state: { status: 'created', finished: false }, updated: '2026-01-15T10:00:00.000Z', _links: { payment_url: { href: `${BASE}/v1/payments/${ID}`, method: 'GET' } } },
        { payment_id: ID, state: { status: 'started', finished: false }, updated: '2026-01-15T10:00:01.000Z', _links: { payment_url: { href: `${BASE}/v1/payments/${ID}`, method: 'GET' } } },
        { payment_id: ID, state: { status: 'submitted', finished: false }, updated: '2026-01-15T10:00:02.000Z', _links: { payment_url: { href: `${BASE}/v1/payments/${ID}`, method: 'GET' } } },
        { payment_id: ID, state: { status: 'success', finished: true }, updated: '2026-01-15T10:00:03.456Z', _links: { payment_url: { href: `${BASE}/v1/payments/${ID}`, method: 'GET' } } },
      ],
      _links: { self: { href: `${BASE}/v1/payments/${ID}/events`, method: 'GET' } },
    })
  })

  it('ends a declined payment with failed P0010 "Payment method rejected"', () => {
    const body = eventsJson(ID, [
      paymentEvent('CREATED', T0),
      paymentEvent('ENTERING CARD DETAILS', T0 + 1),
      paymentEvent('AUTHORISATION READY', T0 + 2),
      paymentEvent('AUTHORISATION REJECTED', T0 + 2),
    ])
    expect(states(body)).toEqual([
      { status: 'created', finished: false },
      { status: 'started', finished: false },
      { status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected' },
    ])
  })

  it('ends a payment the provider errored with error P0050', () => {
    const body = eventsJson(ID, [
      paymentEvent('CREATED', T0),
      paymentEvent('ENTERING CARD DETAILS', T0 + 1),
      paymentEvent('AUTHORISATION READY', T0 + 2),
      paymentEvent('AUTHORISATION ERROR', T0 + 2),
    ])
    expect(states(body).at(-1)).toEqual({ status: 'error', finished: true, code: 'P0050', message: 'Payment provider returned an error' })
  })

  it('shows an expiry after authorisation once, as failed P0020, at the time it started', () => {
    const body = eventsJson(ID, [
      paymentEvent('CREATED', T0),
      paymentEvent('ENTERING CARD DETAILS', T0 + 1),
      paymentEvent('AUTHORISATION READY', T0 + 2),
      paymentEvent('AUTHORISATION SUCCESS', T0 + 2),
      paymentEvent('EXPIRE CANCEL READY', T0 + 5_400_000),
      paymentEvent('EXPIRED', T0 + 5_400_001),
    ])
    expect(body.events).toHaveLength(4)
    expect(body.events[3]!.state).toEqual({ status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' })
    expect(body.events[3]!.updated).toBe('2026-01-15T11:30:00.000Z')
  })

  it('shows a service cancellation once, as cancelled P0040', () => {
    const body = eventsJson(ID, [
      paymentEvent('CREATED', T0),
      paymentEvent('SYSTEM CANCELLED', T0 + 10),
    ])
    expect(states(body)).toEqual([
      { status: 'created', finished: false },
      { status: 'cancelled', finished: true, code: 'P0040', message: 'Payment was cancelled by the service' },
    ])
  })

  it('merges refund history as extra submitted and success entries, one per refund and status', () => {
    const body = eventsJson(ID, [
      paymentEvent('CREATED', T0),
      paymentEvent('ENTERING CARD DETAILS', T0 + 1),
      paymentEvent('AUTHORISATION READY', T0 + 2),
      paymentEvent('AUTHORISATION SUCCESS', T0 + 2),
      paymentEvent('CAPTURE APPROVED', T0 + 3),
      paymentEvent('CAPTURED', T0 + 3),
      refundEvent('refund-one', 'submitted', T0 + 60_000),
      refundEvent('refund-one', 'success', T0 + 60_000),
      refundEvent('refund-two', 'submitted', T0 + 120_000),
      refundEvent('refund-two', 'success', T0 + 120_000),
    ])
    expect(states(body)).toEqual([
      { status: 'created', finished: false },
      { status: 'started', finished: false },
      { status: 'submitted', finished: false },
      { status: 'success', finished: true },
      { status: 'submitted', finished: false },
      { status: 'success', finished: true },
      { status: 'submitted', finished: false },
      { status: 'success', finished: true },
    ])
    expect(body.events.slice(4).map((event) => event.updated)).toEqual([
      '2026-01-15T10:01:00.000Z',
      '2026-01-15T10:01:00.000Z',
      '2026-01-15T10:02:00.000Z',
      '2026-01-15T10:02:00.000Z',
    ])
  })

  it('gives a refund entry no code or message, and finished true for a refund error', () => {
    const body = eventsJson(ID, [paymentEvent('CREATED', T0), refundEvent('r', 'submitted', T0 + 1), refundEvent('r', 'error', T0 + 2)])
    expect(states(body).slice(1)).toEqual([
      { status: 'submitted', finished: false },
      { status: 'error', finished: true },
    ])
    for (const state of states(body)) {
      expect(state).not.toHaveProperty('code')
      expect(state).not.toHaveProperty('message')
    }
  })

  it('keeps only the first entry when the same refund reports the same status twice', () => {
    const body = eventsJson(ID, [refundEvent('r', 'submitted', T0), refundEvent('r', 'submitted', T0 + 5)])
    expect(body.events).toHaveLength(1)
    expect(body.events[0]!.updated).toBe('2026-01-15T10:00:00.000Z')
  })

  it('gives each event only payment_id, state, updated and _links', () => {
    const body = eventsJson(ID, [paymentEvent('CREATED', T0)])
    expect(Object.keys(body)).toEqual(['payment_id', 'events', '_links'])
    expect(Object.keys(body.events[0]!)).toEqual(['payment_id', 'state', 'updated', '_links'])
  })

  it('answers an empty list when there is no history', () => {
    expect(eventsJson(ID, []).events).toEqual([])
  })
})
