// Reading payments and their history (pay-api-contract.md §3.2, §5, §6.4 and §7): every read of an
// unfinished payment issues a new next_url token; another service's payment counts as unknown.
import { describe, expect, it } from 'vitest'
import { advanceClock } from '../../../../src/simulator/services/clock.ts'
import { exchangeToken } from '../../../../src/simulator/services/hosted-session.ts'
import { cancelPayment, getPayment, getPaymentEvents, needsNextUrl } from '../../../../src/simulator/services/payments.ts'
import { useSimulator } from '../../../support/simulator.ts'
import { authorise, currentServiceId, DECLINED_CARD, makePayment, otherService, pay, refund } from '../../../support/payment-scenarios.ts'

const { db } = useSimulator()

describe('getPayment', () => {
  it('issues and stores a new unused token on every read of an unfinished payment', async () => {
    const serviceId = await currentServiceId()
    const payment = await makePayment()
    const first = await getPayment(serviceId, payment.id)
    const second = await getPayment(serviceId, payment.id)
    expect(first?.token).toBeDefined()
    expect(second?.token).toBeDefined()
    expect(first!.token).not.toBe(second!.token)
    const stored = await db().tokens.where('paymentId').equals(payment.id).toArray()
    // the token made at creation plus one per read
    expect(stored).toHaveLength(3)
    expect(stored.every((token) => !token.used)).toBe(true)
    expect(await exchangeToken(second!.token!)).toEqual({ kind: 'fresh', paymentId: payment.id })
  })

  it('issues tokens while started and submitted', async () => {
    const serviceId = await currentServiceId()
    const payment = await makePayment()
    await authorise(payment.id)
    const found = await getPayment(serviceId, payment.id)
    expect(found?.payment.state).toBe('submitted')
    expect(found?.token).toBeDefined()
  })

  it('issues no token for a finished or capturable payment', async () => {
    const serviceId = await currentServiceId()
    const success = await makePayment()
    await pay(success.id)
    const capturable = await makePayment({ delayedCapture: true })
    await pay(capturable.id)
    const declined = await makePayment()
    await authorise(declined.id, { cardNumber: DECLINED_CARD })
    const cancelled = await makePayment()
    await cancelPayment(serviceId, cancelled.id)
    for (const payment of [success, capturable, declined, cancelled]) {
      const found = await getPayment(serviceId, payment.id)
      expect(found?.payment.id).toBe(payment.id)
      expect(found?.token).toBeUndefined()
    }
    expect((await getPayment(serviceId, capturable.id))?.payment.state).toBe('capturable')
  })

  it('expires a payment when it is read past its time, and then issues no token', async () => {
    const serviceId = await currentServiceId()
    const payment = await makePayment()
    await advanceClock({ minutes: 90 })
    const found = await getPayment(serviceId, payment.id)
    expect(found?.payment.status).toBe('EXPIRED')
    expect(found?.payment.state).toBe('failed')
    expect(found?.token).toBeUndefined()
    expect((await db().payments.get(payment.id))?.status).toBe('EXPIRED')
  })

  it("answers undefined for an unknown payment or another service's", async () => {
    const other = await otherService()
    const theirs = await makePayment({}, other.serviceId)
    const serviceId = await currentServiceId()
    expect(await getPayment(serviceId, 'abcdefghijklmnopqrstuv0123')).toBeUndefined()
    expect(await getPayment(serviceId, theirs.id)).toBeUndefined()
    expect(await db().tokens.where('paymentId').equals(theirs.id).count()).toBe(1)
  })
})

describe('needsNextUrl', () => {
  it('is true for created, started and submitted only', async () => {
    const payment = await makePayment()
    expect(needsNextUrl(payment)).toBe(true)
    for (const state of ['started', 'submitted'] as const) expect(needsNextUrl({ ...payment, state })).toBe(true)
    for (const state of ['capturable', 'success', 'failed', 'cancelled', 'error'] as const) {
      expect(needsNextUrl({ ...payment, state })).toBe(false)
    }
  })
})

describe('getPaymentEvents', () => {
  it('returns the payment and its history oldest first, refunds included', async () => {
    const serviceId = await currentServiceId()
    const payment = await makePayment()
    await pay(payment.id)
    const made = await refund(payment.id, 100)
    const found = await getPaymentEvents(serviceId, payment.id)
    expect(found?.payment.id).toBe(payment.id)
    const events = found!.events
    const labels = events.map((event) => (event.kind === 'payment' ? event.status : `refund ${event.status}`))
    expect(labels.slice(0, 4)).toEqual(['CREATED', 'ENTERING CARD DETAILS', 'AUTHORISATION READY', 'AUTHORISATION SUCCESS'])
    expect(labels.slice(-3)).toEqual(['CAPTURED', 'refund submitted', 'refund success'])
    const times = events.map((event) => event.at)
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(events.at(-3)?.at).toBeLessThanOrEqual(made.createdAt)
    expect(found?.events.at(-1)).toMatchObject({ kind: 'refund', refundId: made.id, amount: 100 })
  })

  it('applies expiry before reading the history', async () => {
    const serviceId = await currentServiceId()
    const payment = await makePayment()
    await advanceClock({ minutes: 91 })
    const found = await getPaymentEvents(serviceId, payment.id)
    expect(found?.events.map((event) => event.kind === 'payment' && event.status)).toEqual(['CREATED', 'EXPIRED'])
  })

  it("answers undefined for an unknown payment or another service's", async () => {
    const other = await otherService()
    const theirs = await makePayment({}, other.serviceId)
    const serviceId = await currentServiceId()
    expect(await getPaymentEvents(serviceId, 'abcdefghijklmnopqrstuv0123')).toBeUndefined()
    expect(await getPaymentEvents(serviceId, theirs.id)).toBeUndefined()
  })
})
