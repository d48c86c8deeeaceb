// Expiry through the simulator clock (pay-api-contract.md §6.4): an unfinished payment fails with
// P0020 90 minutes after it was created; a capturable one after 120 hours.
import { describe, expect, it } from 'vitest'
import { advanceClock, now } from '../../../../src/simulator/services/clock.ts'
import { paymentsExpiringBy, sweepExpired } from '../../../../src/simulator/services/expiry.ts'
import { authorisePayment, beginCardEntry } from '../../../../src/simulator/services/hosted-session.ts'
import { card, VISA_4242, paymentIn } from '../../../support/payment-fixtures.ts'
import { api, newKey, useSimulator, validPayment } from '../../../support/simulator.ts'
import { storedStatuses } from '../../../support/stored-history.ts'

const sim = useSimulator()

const EXPIRED_STATE = { status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' }

async function createViaApi(key: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await api('POST', '/v1/payments', { key, body: validPayment(overrides) })
  expect(created.status).toBe(201)
  return created.json.payment_id as string
}

async function stateOf(key: string, paymentId: string) {
  const read = await api('GET', `/v1/payments/${paymentId}`, { key })
  expect(read.status).toBe(200)
  return read.json
}

describe('expiry of an unfinished payment', () => {
  it('is still created after 89 minutes', async () => {
    const key = await newKey()
    const id = await createViaApi(key)
    await advanceClock({ minutes: 89 })
    const payment = await stateOf(key, id)
    expect(payment.state).toStrictEqual({ status: 'created', finished: false })
    expect(payment._links.next_url).toBeDefined()
  })

  it('is failed P0020 "Payment expired" after 91 minutes, with no cancel or next_url link', async () => {
    const key = await newKey()
    const id = await createViaApi(key)
    await advanceClock({ minutes: 91 })
    const payment = await stateOf(key, id)
    expect(payment.state).toStrictEqual(EXPIRED_STATE)
    expect(payment._links.next_url).toBeUndefined()
    expect(payment._links.cancel).toBeUndefined()
    expect(payment.refund_summary.status).toBe('unavailable')
  })

  it('expires a started payment (card details page open) after 90 minutes', async () => {
    const payment = await paymentIn('started')
    await advanceClock({ minutes: 91 })
    const key = await newKey()
    expect((await stateOf(key, payment.id)).state).toStrictEqual(EXPIRED_STATE)
  })

  it('expires an authorised (submitted) payment after 90 minutes, cancelling it at the provider first', async () => {
    const payment = await paymentIn('submitted')
    await advanceClock({ minutes: 91 })
    const key = await newKey()
    expect((await stateOf(key, payment.id)).state).toStrictEqual(EXPIRED_STATE)
    const statuses = await storedStatuses(payment.id)
    expect(statuses.slice(-2)).toEqual(['EXPIRE CANCEL READY', 'EXPIRED'])
  })

  it('counts the 90 minutes from creation, not from the last change', async () => {
    const key = await newKey()
    const id = await createViaApi(key)
    await advanceClock({ minutes: 60 })
    await beginCardEntry(id)
    await authorisePayment(id, card(VISA_4242))
    await advanceClock({ minutes: 29 })
    expect((await stateOf(key, id)).state.status).toBe('submitted')
    await advanceClock({ minutes: 2 })
    expect((await stateOf(key, id)).state).toStrictEqual(EXPIRED_STATE)
  })

  it('shows the expiry in the search too', async () => {
    const key = await newKey()
    const id = await createViaApi(key)
    await advanceClock({ minutes: 91 })
    const search = await api('GET', '/v1/payments', { key })
    expect(search.status).toBe(200)
    const found = search.json.results.find((result: { payment_id: string }) => result.payment_id === id)
    expect(found.state).toStrictEqual(EXPIRED_STATE)
  })

  it('cannot be undone: cancel after expiry is refused with P0501', async () => {
    const key = await newKey()
    const id = await createViaApi(key)
    await advanceClock({ minutes: 91 })
    const cancelled = await api('POST', `/v1/payments/${id}/cancel`, { key })
    expect(cancelled.status).toBe(400)
    expect(cancelled.json).toStrictEqual({ code: 'P0501', description: 'Cancellation of payment failed' })
  })
})

describe('expiry of a capturable payment', () => {
  it('is not after 90 minutes, nor after 119 hours', async () => {
    const payment = await paymentIn('capturable')
    const key = await newKey()
    await advanceClock({ minutes: 91 })
    expect((await stateOf(key, payment.id)).state).toStrictEqual({ status: 'capturable', finished: false })
    await advanceClock({ hours: 119 - 1.5 })
    expect((await stateOf(key, payment.id)).state.status).toBe('capturable')
  })

  it('is after 5 days (120 hours), failed P0020, and it can no longer be captured', async () => {
    const payment = await paymentIn('capturable')
    const key = await newKey()
    await advanceClock({ hours: 120, minutes: 1 })
    expect((await stateOf(key, payment.id)).state).toStrictEqual(EXPIRED_STATE)
    const capture = await api('POST', `/v1/payments/${payment.id}/capture`, { key })
    expect(capture.status).toBe(409)
    expect(capture.json).toStrictEqual({ code: 'P1003', description: 'Payment cannot be captured' })
  })
})

describe('payments that never expire', () => {
  it.each(['success', 'declined', 'error', 'cancelled', 'user-cancelled'] as const)(
    'a %s payment keeps its state after 30 days',
    async (state) => {
      const payment = await paymentIn(state)
      const key = await newKey()
      const before = (await stateOf(key, payment.id)).state
      await advanceClock({ days: 30 })
      expect((await stateOf(key, payment.id)).state).toStrictEqual(before)
      expect(before.code).not.toBe('P0020')
    },
  )
})

describe('sweepExpired', () => {
  it('expires every payment whose time has come, without anyone reading them, and counts them', async () => {
    const due1 = await paymentIn('created')
    const due2 = await paymentIn('submitted')
    const capturable = await paymentIn('capturable')
    const success = await paymentIn('success')
    await advanceClock({ minutes: 91 })
    expect(await sweepExpired()).toBe(2)
    const stored = await sim.db().payments.bulkGet([due1.id, due2.id, capturable.id, success.id])
    expect(stored.map((p) => p?.status)).toEqual(['EXPIRED', 'EXPIRED', 'AWAITING CAPTURE REQUEST', 'CAPTURED'])
    expect(stored.map((p) => p?.state)).toEqual(['failed', 'failed', 'capturable', 'success'])
    expect(await sweepExpired()).toBe(0)
  })

  it('does nothing before any expiry time', async () => {
    await paymentIn('created')
    await advanceClock({ minutes: 89 })
    expect(await sweepExpired()).toBe(0)
  })
})

describe('paymentsExpiringBy', () => {
  it('previews which payments would expire if the clock moved to a time, without changing them', async () => {
    const created = await paymentIn('created')
    const capturable = await paymentIn('capturable')
    await paymentIn('success')
    const at = await now()
    expect((await paymentsExpiringBy(at + 89 * 60_000)).map((p) => p.id)).toEqual([])
    expect((await paymentsExpiringBy(at + 91 * 60_000)).map((p) => p.id)).toEqual([created.id])
    const in6days = (await paymentsExpiringBy(at + 6 * 24 * 3_600_000)).map((p) => p.id).sort()
    expect(in6days).toEqual([created.id, capturable.id].sort())
    expect((await sim.db().payments.get(created.id))?.status).toBe('CREATED')
  })
})
